import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The key in its groups of four, left to right in either language, each group numbered so
 * two people dictating it can say "group five" and agree. Screen readers get each group
 * spelled out symbol by symbol instead of a made-up word.
 */
export function RecoveryKeyGroups({ recoveryKey, labelledBy }: { recoveryKey: string; labelledBy?: string }) {
  const { t } = useTranslation();
  const groups = recoveryKey.split('-');
  return (
    <ol className="kesher-key-groups" dir="ltr" aria-labelledby={labelledBy}>
      {groups.map((group, index) => (
        <li key={index} className="kesher-key-group">
          <span className="kesher-key-symbols" aria-hidden="true">
            {group}
          </span>
          <Text component="span" fz="xs" c="dimmed" aria-hidden="true">
            {index + 1}
          </Text>
          <VisuallyHidden>
            {t('setup.recovery.groupLabel', { n: index + 1, group: [...group].join(' ') })}
          </VisuallyHidden>
        </li>
      ))}
    </ol>
  );
}
