import { describe, expect, it } from 'vitest';
import { loadCommonPasswords } from '../adapters/file/common-password-list';
import { assertAcceptablePassword } from './password-policy';

const isCommon = loadCommonPasswords();
const check = (password: string, email?: string) => () => assertAcceptablePassword(password, isCommon, email);

describe('the password policy', () => {
  it('ships a list of at least 3,000 common passwords', () => {
    expect(isCommon('password')).toBe(true);
    expect(isCommon('qwerty')).toBe(true);
    expect(isCommon('a long and unusual passphrase')).toBe(false);
  });

  it('wants 12 to 128 characters and allows at least 64', () => {
    expect(check('elevenchars')).toThrow(/at least 12/);
    expect(check('x'.repeat(40) + 'y'.repeat(24))).not.toThrow();
    expect(check('ab'.repeat(65))).toThrow(/at most 128/);
  });

  it('refuses common passwords, also with digits around them or repeated', () => {
    for (const password of ['password1234', '123456789012', 'Football2026!', 'qwertyqwerty', 'aaaaaaaaaaaa', 'letmein!!!!!!']) {
      expect(check(password), password).toThrow(/too common/);
    }
  });

  it('refuses a password built on the e-mail name', () => {
    expect(check('salma.farouk-2026!', 'salma.farouk@clinic.test')).toThrow(/e-mail/);
  });

  it('accepts a long phrase', () => {
    expect(check('nile river clinic at dawn')).not.toThrow();
  });
});
