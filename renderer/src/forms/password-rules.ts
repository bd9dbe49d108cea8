/**
 * The renderer's preview of the server's password policy (electron/services/auth/password-policy.ts),
 * for live hints only: the server decides. The common-password list stays on the server, so
 * that rule is only known once the server has answered.
 */
export const MIN_PASSWORD_LENGTH = 10;
const MIN_USERNAME_FOR_CONTAINMENT = 3;

export type RuleState = 'met' | 'unmet' | 'unknown';

export interface PasswordRuleStates {
  length: RuleState;
  notUsername: RuleState;
  notCommon: RuleState;
}

const fold = (text: string) => text.normalize('NFC').toLowerCase();
const codePoints = (text: string) => [...text.normalize('NFC')].length;

export function passwordRuleStates(
  password: string,
  username: string,
  serverProblem: string | null,
): PasswordRuleStates {
  const folded = fold(password);
  const user = fold(username.trim());
  const containsUser =
    user !== '' && (folded === user || (codePoints(user) >= MIN_USERNAME_FOR_CONTAINMENT && folded.includes(user)));
  return {
    length: password === '' ? 'unknown' : codePoints(password) >= MIN_PASSWORD_LENGTH ? 'met' : 'unmet',
    notUsername: password === '' || user === '' ? 'unknown' : containsUser ? 'unmet' : 'met',
    notCommon: serverProblem === 'validation.password.too_common' ? 'unmet' : 'unknown',
  };
}

/** i18n keys of what is wrong with a new password and its confirmation before asking the server. */
export function newPasswordProblems(
  password: string,
  confirm: string,
  username: string,
): { password?: string; confirm?: string } {
  const states = passwordRuleStates(password, username, null);
  const problems: { password?: string; confirm?: string } = {};
  if (password === '') problems.password = 'validation.required';
  else if (states.length === 'unmet') problems.password = 'validation.password.too_short';
  else if (states.notUsername === 'unmet') problems.password = 'validation.password.contains_username';
  if (confirm !== password) problems.confirm = 'validation.passwordMismatch';
  return problems;
}
