import { describe, expect, it } from 'vitest';
import { emailMatchKey, isValidEmail, normaliseEmail } from '../../../electron/domain/email';

describe('normaliseEmail', () => {
  it('accepts ordinary addresses unchanged', () => {
    for (const address of ['dana@example.co.il', 'first.last+tag@mail.example.com', 'a_b-c@x.org', "o'neil@x.ie"]) {
      expect(normaliseEmail(address), address).toBe(address);
    }
  });

  it('lower-cases the domain but keeps the case of the local part', () => {
    expect(normaliseEmail('Dana.Cohen@Gmail.COM')).toBe('Dana.Cohen@gmail.com');
  });

  it('trims surrounding blanks and invisible direction marks copied from Hebrew text', () => {
    expect(normaliseEmail('  dana@example.com\n')).toBe('dana@example.com');
    expect(normaliseEmail('\u200Fdana@example.com\u200E')).toBe('dana@example.com');
  });

  it('accepts internationalised domains', () => {
    expect(normaliseEmail('info@דוגמה.ישראל')).toBe('info@דוגמה.ישראל');
  });

  it('rejects addresses without exactly one @', () => {
    for (const address of ['dana.example.com', 'dana@@example.com', 'a@b@example.com', '@example.com']) {
      expect(normaliseEmail(address), address).toBeNull();
    }
  });

  it('rejects a domain without a dot or with an empty or malformed label', () => {
    for (const address of ['dana@localhost', 'dana@', 'dana@.com', 'dana@example.', 'dana@ex..com', 'dana@-x.com']) {
      expect(normaliseEmail(address), address).toBeNull();
    }
  });

  it('rejects a numeric or one-letter top-level domain', () => {
    expect(normaliseEmail('dana@10.0.0.1')).toBeNull();
    expect(normaliseEmail('dana@example.c')).toBeNull();
  });

  it('rejects spaces and forbidden characters inside the address', () => {
    for (const address of ['dana cohen@example.com', 'dana@exa mple.com', 'dana,c@example.com', '"dana"@example.com']) {
      expect(normaliseEmail(address), address).toBeNull();
    }
  });

  it('rejects dots at the edges of the local part or doubled', () => {
    for (const address of ['.dana@example.com', 'dana.@example.com', 'da..na@example.com']) {
      expect(normaliseEmail(address), address).toBeNull();
    }
  });

  it('rejects over-long addresses and local parts', () => {
    expect(normaliseEmail(`${'a'.repeat(65)}@example.com`)).toBeNull();
    expect(normaliseEmail(`${'a'.repeat(64)}@example.com`)).not.toBeNull();
    const longDomain = `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`;
    expect(normaliseEmail(`abcdef@${longDomain}`)).not.toBeNull(); // 254 characters
    expect(normaliseEmail(`abcdefg@${longDomain}`)).toBeNull();
  });

  it('rejects empty and missing input', () => {
    expect(normaliseEmail('')).toBeNull();
    expect(normaliseEmail('   ')).toBeNull();
    expect(normaliseEmail(null)).toBeNull();
    expect(normaliseEmail(undefined)).toBeNull();
  });
});

describe('isValidEmail', () => {
  it('is true exactly when the address normalises', () => {
    expect(isValidEmail('dana@example.com')).toBe(true);
    expect(isValidEmail('dana@example')).toBe(false);
  });
});

describe('emailMatchKey', () => {
  it('matches addresses that differ only in case', () => {
    expect(emailMatchKey('Dana@Example.com')).toBe(emailMatchKey('dana@EXAMPLE.COM'));
  });

  it('is null for an invalid address', () => {
    expect(emailMatchKey('not an address')).toBeNull();
  });
});
