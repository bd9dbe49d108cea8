import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Length and a list of known-common passwords, nothing else (NIST SP 800-63B): composition rules
 * ("one capital, one digit") push people to Password1! and add nothing an attacker's rules lack.
 */

export const MIN_PASSWORD_LENGTH = 10;
/** Far above any passphrase; only stops a pasted document from becoming a password. */
export const MAX_PASSWORD_LENGTH = 256;
/** Shorter usernames ("al", "ד") would forbid too many ordinary passwords by containment alone. */
const MIN_USERNAME_FOR_CONTAINMENT = 3;

export const passwordProblems = ['too_short', 'too_long', 'contains_username', 'too_common'] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

export function passwordProblemMessageKey(problem: PasswordProblem): string {
  return `validation.password.${problem}`;
}

/** Code points, not UTF-16 units: "סיסמה" is five characters, an emoji is one. Measured after NFC. */
export function codePointLength(text: string): number {
  return [...text].length;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

const LIST_NAME = 'common-passwords.txt';

/** Beside this file in the source tree and tests, copied next to the bundles in dist/ by the build. */
export function defaultCommonPasswordsFile(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    for (const candidate of [path.join(dir, LIST_NAME), path.join(dir, 'electron', 'services', 'auth', LIST_NAME)]) {
      if (existsSync(candidate)) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error('common password list not found');
}

export function parseCommonPasswords(text: string): Set<string> {
  const entries = text
    .split(/\r?\n/)
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map(fold);
  return new Set(entries);
}

let commonPasswords: Set<string> | undefined;

/** Read on first use and kept: about 10,000 entries, looked up on every password set. */
export function loadCommonPasswords(file = defaultCommonPasswordsFile()): Set<string> {
  commonPasswords ??= parseCommonPasswords(readFileSync(file, 'utf8'));
  return commonPasswords;
}

export interface PasswordContext {
  username: string;
}

/** The first problem found, or null when the password is acceptable. */
export function checkPassword(password: string, context: PasswordContext): PasswordProblem | null {
  const length = codePointLength(password.normalize('NFC'));
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'too_long';

  const folded = fold(password);
  const username = fold(context.username.trim());
  if (username && folded === username) return 'contains_username';
  if (codePointLength(username) >= MIN_USERNAME_FOR_CONTAINMENT && folded.includes(username)) {
    return 'contains_username';
  }
  if (loadCommonPasswords().has(folded)) return 'too_common';
  return null;
}
