import { List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordRuleStates, type RuleState } from '../forms/password-rules';

const MARK: Record<RuleState, string> = { met: '✓', unmet: '✗', unknown: '•' };
const COLOR: Record<RuleState, string> = { met: 'teal.8', unmet: 'red.8', unknown: 'dimmed' };

interface PasswordHintsProps {
  id: string;
  password: string;
  username: string;
  /** The i18n key of the server's last password problem, if any. */
  serverProblem: string | null;
}

/** Live hints under a new-password field; the field points at them with aria-describedby. */
export function PasswordHints({ id, password, username, serverProblem }: PasswordHintsProps) {
  const { t } = useTranslation();
  const states = passwordRuleStates(password, username, serverProblem);
  const rules = [
    { key: 'length', state: states.length, text: t('passwordHints.length', { count: 10 }) },
    { key: 'notUsername', state: states.notUsername, text: t('passwordHints.notUsername') },
    { key: 'notCommon', state: states.notCommon, text: t('passwordHints.notCommon') },
  ];
  return (
    <div id={id}>
      <Text fz="sm" fw={500} mb={4}>
        {t('passwordHints.title')}
      </Text>
      <List size="sm" spacing={2} listStyleType="none" data-testid="password-hints">
        {rules.map((rule) => (
          <List.Item key={rule.key} data-rule={rule.key} data-state={rule.state}>
            <Text span fz="sm" c={COLOR[rule.state]}>
              <span aria-hidden="true">{MARK[rule.state]} </span>
              {rule.text}
              {rule.state !== 'unknown' && <VisuallyHidden> ({t(`passwordHints.${rule.state}`)})</VisuallyHidden>}
            </Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
