import type { z } from 'zod';

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

/**
 * The object-level check of a form that sets a password: the policy preview above, then the
 * contract's own schema for the password field (its length cap), each reason on its field.
 */
export function newPasswordRule<V>(
  read: (values: V) => { password: string; confirm?: string; username: string },
  paths: { password: string; confirm?: string },
  field: z.ZodType,
) {
  return (values: V, ctx: z.RefinementCtx) => {
    const { password, confirm, username } = read(values);
    const problems = newPasswordProblems(password, confirm ?? password, username);
    const checked = field.safeParse(password);
    const problem = problems.password ?? (checked.success ? undefined : checked.error.issues[0]?.message);
    if (problem) ctx.addIssue({ code: 'custom', path: [paths.password], message: problem });
    if (paths.confirm && problems.confirm)
      ctx.addIssue({ code: 'custom', path: [paths.confirm], message: problems.confirm });
  };
}
