import { describe, expect, it } from 'vitest';
import { maskDisplayDate, parseDisplayDate } from '../../renderer/src/forms/display-date';
import { problemFor, rejectedPasswordOf } from '../../renderer/src/forms/field-errors';
import { newPasswordProblems, passwordRuleStates } from '../../renderer/src/forms/password-rules';
import {
  emptySetupForm,
  firstStepWith,
  setupInput,
  typedCentreCode,
  validateStep,
} from '../../renderer/src/pages/setup/setup-form';
import { backupProblemLabel } from '../../renderer/src/pages/settings/backup-problems';

describe('the live password hints', () => {
  it('count code points, so a Hebrew passphrase is measured by its letters', () => {
    expect(passwordRuleStates('סיסמהארוכה', 'dana', null).length).toBe('met');
    expect(passwordRuleStates('סיסמה', 'dana', null).length).toBe('unmet');
  });

  it('refuse a password holding the username, ignoring case', () => {
    expect(passwordRuleStates('my-DANA-password', 'dana', null).notUsername).toBe('unmet');
    // Usernames under three characters are only refused when the whole password equals them.
    expect(passwordRuleStates('al-the-long-password', 'al', null).notUsername).toBe('met');
  });

  it('leave "not common" to the server and mark it once the server refused the password', () => {
    expect(passwordRuleStates('1234567890', 'dana', null).notCommon).toBe('unknown');
    expect(passwordRuleStates('1234567890', 'dana', 'validation.password.too_common').notCommon).toBe('unmet');
  });

  it('report the confirmation mismatch and the first policy problem as i18n keys', () => {
    expect(newPasswordProblems('', '', 'dana')).toEqual({ password: 'validation.required' });
    expect(newPasswordProblems('short', 'short', 'dana')).toEqual({ password: 'validation.password.too_short' });
    expect(newPasswordProblems('long-enough-pass', 'long-enough-pasS', 'dana')).toEqual({
      confirm: 'validation.passwordMismatch',
    });
  });

  it("apply the server's verdict only to the password it judged", () => {
    const rejected = rejectedPasswordOf(
      {
        code: 'invalid_input',
        message: 'validation.password.too_common',
        fields: [{ path: 'newPassword', message: 'validation.password.too_common' }],
      },
      'newPassword',
      '1234567890',
    );
    expect(problemFor(rejected, '1234567890')).toBe('validation.password.too_common');
    expect(problemFor(rejected, '1234567890x')).toBeNull();
  });
});

describe('typing a dd/mm/yyyy date', () => {
  it('adds the slashes to digits as they are typed', () => {
    const typed = [...'01112026'].reduce((text, digit) => maskDisplayDate(text + digit), '');
    expect(typed).toBe('01/11/2026');
    expect(parseDisplayDate(typed)).toBe('2026-11-01');
  });

  it('leaves dates typed with their own separators alone', () => {
    expect(maskDisplayDate('1.11.2026')).toBe('1.11.2026');
    expect(maskDisplayDate('1/1/2026')).toBe('1/1/2026');
    expect(maskDisplayDate('01/11/20261')).toBe('01/11/2026');
  });
});

describe('the set-up wizard form', () => {
  it('upper-cases the centre code as it is typed and refuses other characters', () => {
    expect(typedCentreCode('tlv1')).toBe('TLV1');
    expect(typedCentreCode('abcdefghij')).toBe('ABCDEFGH');
    expect(validateStep(0, { ...emptySetupForm, centreCode: 'ת-א', centreName: 'מרכז' }).centreCode?.key).toBe(
      'validation.centreCode',
    );
  });

  it('takes a pasted key with spaces and line breaks, and counts its characters when it is wrong', () => {
    const hex = 'ab'.repeat(32);
    const pasted = { ...emptySetupForm, keyChoice: 'paste' as const, keyHex: `${hex.slice(0, 32)}\n ${hex.slice(32)}` };
    expect(validateStep(2, pasted)).toEqual({});
    expect(setupInput(pasted).pseudonymKeyHex).toBe(hex);
    expect(validateStep(2, { ...pasted, keyHex: 'abc' }).keyHex).toEqual({
      key: 'validation.keyHex',
      values: { count: 3 },
    });
  });

  it('sends no key when a new one is to be generated', () => {
    expect('pseudonymKeyHex' in setupInput({ ...emptySetupForm, keyHex: 'ab'.repeat(32) })).toBe(false);
  });

  it('goes back to the earliest step holding a field the server refused', () => {
    expect(firstStepWith(['keyHex', 'password'])).toBe(1);
    expect(firstStepWith(['centreName'])).toBe(0);
    expect(firstStepWith([])).toBeNull();
  });
});

describe('backup problem codes in words', () => {
  const t = ((key: string, options?: { defaultValue?: string; table?: string; code?: string }) =>
    key === 'backups.problems.ENOSPC'
      ? 'disk full'
      : key === 'backups.problems.row_count_mismatch'
        ? `rows differ in ${options?.table}`
        : key === 'backups.problems.other'
          ? `other (${options?.code})`
          : (options?.defaultValue ?? key)) as unknown as Parameters<typeof backupProblemLabel>[0];

  it('translate known codes, name the table of a row-count mismatch, and show unknown codes as they are', () => {
    expect(backupProblemLabel(t, 'ENOSPC')).toBe('disk full');
    expect(backupProblemLabel(t, 'row_count_mismatch:participants')).toBe('rows differ in participants');
    expect(backupProblemLabel(t, 'EWHATEVER')).toBe('other (EWHATEVER)');
  });
});
