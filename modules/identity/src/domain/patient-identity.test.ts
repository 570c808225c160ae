import { describe, expect, it } from 'vitest';
import { clinicId } from '@frontdesk/shared-kernel';
import {
  cookieValueOf,
  extractVerificationCode,
  parseCookieValue,
  PATIENT_SESSION_COOKIE,
  PATIENT_SESSION_IDLE_DAYS,
  PATIENT_SESSION_MAX_DAYS,
  patientActorOf,
  patientSessionExpired,
  patientSessionSecondsLeft,
} from './patient-identity';

const clinic = clinicId('nile-dental');
const token = 'A'.repeat(21) + '_-' + 'z9'.repeat(10);
const DAY = 24 * 60 * 60 * 1000;
const MIN = 60_000;

describe('patient session cookie values', () => {
  it('name the clinic, then the token, and read back', () => {
    expect(token).toHaveLength(43);
    expect(PATIENT_SESSION_COOKIE).toBe('patient_session');
    const value = cookieValueOf(clinic, token);
    expect(value).toBe(`nile-dental.${token}`);
    expect(parseCookieValue(value)).toEqual({ clinicId: clinic, token });
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['nile-dental'],
    [`.${token}`],
    [`Nile.${token}`],
    [`nile-dental.${token}x`],
    [`nile-dental.${token.slice(1)}`],
    [`nile-dental.${token.slice(1)}=`],
    [`a.${token}`],
    [`nile:dental.${token}`],
  ])('refuse %j', (value) => {
    expect(parseCookieValue(value)).toBeNull();
  });
});

describe('patient session lifetime', () => {
  const createdAt = new Date('2026-01-01T09:00:00.000Z');
  const at = (ms: number) => new Date(createdAt.getTime() + ms);

  it('is 30 idle days and 90 days in all', () => {
    expect(PATIENT_SESSION_IDLE_DAYS).toBe(30);
    expect(PATIENT_SESSION_MAX_DAYS).toBe(90);
    expect(patientSessionExpired({ createdAt, lastSeenAt: createdAt }, at(30 * DAY - MIN))).toBe(false);
    expect(patientSessionExpired({ createdAt, lastSeenAt: createdAt }, at(30 * DAY + MIN))).toBe(true);
    expect(patientSessionExpired({ createdAt, lastSeenAt: at(89 * DAY) }, at(90 * DAY - MIN))).toBe(false);
    expect(patientSessionExpired({ createdAt, lastSeenAt: at(89 * DAY) }, at(90 * DAY + MIN))).toBe(true);
  });

  it('keeps the Redis TTL to the idle window, cut at the absolute end', () => {
    expect(patientSessionSecondsLeft({ createdAt }, createdAt)).toBe(30 * 24 * 3600);
    expect(patientSessionSecondsLeft({ createdAt }, at(80 * DAY))).toBe(10 * 24 * 3600);
  });
});

describe('the verification code in a WhatsApp reply', () => {
  it.each([
    ['123456', '123456'],
    ['  123456 ', '123456'],
    ['My code is 654321, thanks', '654321'],
    ['Verification code: 000042', '000042'],
    ['Verification code: 004200', '004200'],
    ['رمز التحقق ١٢٣٤٥٦', '123456'],
    ['كود: ۶۵۴۳۲۱', '654321'],
    ['code 12345', null],
    ['code 1234567', null],
    ['my number is 01012345678', null],
    ['hello', null],
    ['', null],
  ])('reads %j as %j', (text, code) => {
    expect(extractVerificationCode(text)).toBe(code);
  });

  it('ignores codes in long messages', () => {
    expect(extractVerificationCode(`123456 ${'x'.repeat(150)}`)).toBe('123456');
    expect(extractVerificationCode(`123456 ${'x'.repeat(160)}`)).toBeNull();
  });
});

describe('the actor of a patient session', () => {
  it('is the verified phone, and nobody before verification', () => {
    expect(patientActorOf({ clinicId: clinic, phone: null })).toBeNull();
    expect(patientActorOf({ clinicId: clinic, phone: '+201012345678' })).toEqual({ kind: 'patient', id: '+201012345678', clinicId: clinic });
  });
});
