import { Button, CopyButton, Group, SimpleGrid, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fingerprintGroups } from './lan-format';

/**
 * The host certificate's fingerprint in numbered groups staff can read aloud and compare one
 * by one, left to right whatever the page's direction, with a copy button for the whole.
 */
export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing={4} dir="ltr" data-testid={testId}>
        {fingerprintGroups(value).map((group, index) => (
          <Text key={index} className="kesher-mono" fz="sm">
            <Text span c="dimmed" fz="xs" aria-hidden>
              {index + 1}.{' '}
            </Text>
            {group}
          </Text>
        ))}
      </SimpleGrid>
      <CopyText value={value} what={t('lan.host.fingerprint')} />
    </Group>
  );
}

/** A copy button: its visible word, then (for screen readers) what it copies; "Copied" once it has. */
export function CopyText({ value, what }: { value: string; what: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="compact-sm" variant="light" color={copied ? 'teal' : 'indigo'} onClick={copy}>
          {copied ? t('lan.host.copied') : t('lan.host.copy')}
          <VisuallyHidden>: {what}</VisuallyHidden>
        </Button>
      )}
    </CopyButton>
  );
}
