import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  codePointLength,
  loadCommonPasswords,
  parseCommonPasswords,
  passwordProblemMessageKey,
} from '../../../electron/services/auth/password-policy';

const user = { username: 'dana.levi' };

describe('password length', () => {
  it('refuses fewer than 10 characters and accepts exactly 10', () => {
    expect(checkPassword('k7#mQ2vx9', user)).toBe('too_short');
    expect(checkPassword('k7#mQ2vx9p', user)).toBeNull();
  });

  it('counts Hebrew letters and emoji as one character each, not by UTF-16 units', () => {
    expect(codePointLength('שלום')).toBe(4);
    expect(codePointLength('🔐🔐')).toBe(2);
    expect(checkPassword('גלידה ירוקה', user)).toBeNull(); // 11 code points
    expect(checkPassword('גלידהירוק', user)).toBe('too_short'); // 9
    // 9 emoji are 18 UTF-16 units but still too short.
    expect(checkPassword('🐪🌵🏜🐪🌵🏜🐪🌵🏜', user)).toBe('too_short');
  });

  it('counts a composed letter once however it was typed (measured after NFC)', () => {
    const decomposed = 'résumé!!!'.normalize('NFD'); // 11 code points as typed, 9 after NFC
    expect(codePointLength(decomposed)).toBe(11);
    expect(checkPassword(decomposed, user)).toBe('too_short');
  });

  it('refuses more than 256 characters', () => {
    expect(checkPassword('a quiet river '.repeat(19).slice(0, 256), user)).toBeNull();
    expect(checkPassword('a quiet river '.repeat(19).slice(0, 257), user)).toBe('too_long');
  });

  it('has no composition rules: a long all-lower-case phrase passes', () => {
    expect(checkPassword('the camel drinks slowly', user)).toBeNull();
  });
});

describe('common passwords', () => {
  it('refuses well-known passwords whatever their case', () => {
    for (const common of ['1234567890', 'password123', 'PASSWORD123', 'Qwertyuiop', 'iloveyou123', 'Shalom12345']) {
      expect(checkPassword(common, user)).toBe('too_common');
    }
  });

  it('refuses common Hebrew-script words with digits', () => {
    expect(checkPassword('סיסמה123456', user)).toBe('too_common');
  });

  it('loads a list of several thousand entries, all stored in lower case', () => {
    const list = loadCommonPasswords();
    expect(list.size).toBeGreaterThan(5000);
    expect([...list].every((p) => p === p.toLowerCase())).toBe(true);
  });

  it('ignores comment and blank lines in the list file', () => {
    const parsed = parseCommonPasswords('# heading\nHunter2\n\nletmein\r\n');
    expect([...parsed]).toEqual(['hunter2', 'letmein']);
  });
});

describe('passwords and the username', () => {
  it('refuses the username itself, in any case, padded to length or not', () => {
    const longName = { username: 'Avraham.Cohen' };
    expect(checkPassword('avraham.cohen', longName)).toBe('contains_username');
    expect(checkPassword('AVRAHAM.COHEN', longName)).toBe('contains_username');
  });

  it('refuses a password that contains the username', () => {
    expect(checkPassword('dana.levi2024!', user)).toBe('contains_username');
    expect(checkPassword('my name is DANA.LEVI', user)).toBe('contains_username');
    expect(checkPassword('ברוכה הבאה רבקה', { username: 'רבקה' })).toBe('contains_username');
  });

  it('does not refuse by containment for usernames of one or two characters', () => {
    expect(checkPassword('a quiet river at dawn', { username: 'a' })).toBeNull();
    expect(checkPassword('a quiet river at dawn', { username: 'at' })).toBeNull();
  });
});

describe('problem messages', () => {
  it('map to validation.password.<code> i18n keys', () => {
    expect(passwordProblemMessageKey('too_common')).toBe('validation.password.too_common');
  });
});
