import { InvalidInput } from '@frontdesk/shared-kernel';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * NIST/OWASP-style rules: length, not a known common password, not a common
 * password dressed up with digits or repeated, not digits only. No composition rules.
 */
export function assertAcceptablePassword(password: string, isCommon: (candidate: string) => boolean, email?: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new InvalidInput('IDENTITY.PASSWORD_TOO_SHORT', `Use at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new InvalidInput('IDENTITY.PASSWORD_TOO_LONG', `Use at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  const lower = password.toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  const repeated = /^(.+?)\1+$/u.exec(lower)?.[1];
  if (
    /^\d+$/.test(lower) ||
    isCommon(lower) ||
    (core.length >= 6 && isCommon(core)) ||
    (repeated !== undefined && (isCommon(repeated) || repeated.length <= 3))
  ) {
    throw new InvalidInput('IDENTITY.PASSWORD_COMMON', 'This password is too common; choose a longer phrase nobody would guess');
  }
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    throw new InvalidInput('IDENTITY.PASSWORD_CONTAINS_EMAIL', 'The password must not contain your e-mail name');
  }
}
