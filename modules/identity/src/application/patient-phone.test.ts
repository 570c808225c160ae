import { describe, expect, it } from 'vitest';
import { DomainError } from '@frontdesk/shared-kernel';
import { fixedPhoneRegion, normalizePatientPhone, senderPhone } from './patient-phone';

describe('normalizePatientPhone (the same reading as scheduling)', () => {
  it.each([
    ['010 1234 5678'],
    ['01012345678'],
    ['010-1234-5678'],
    ['(010) 1234.5678'],
    ['+20 10 1234 5678'],
    ['+201012345678'],
    ['0020 10 1234 5678'],
    ['٠١٠١٢٣٤٥٦٧٨'],
    ['+٢٠ ١٠ ١٢٣٤ ٥٦٧٨'],
    ['۰۱۰۱۲۳۴۵۶۷۸'],
    ['\u200F010 1234 5678\u200E'],
  ])('reads %j as +201012345678', (raw) => {
    expect(normalizePatientPhone(raw, 'EG')).toBe('+201012345678');
  });

  it('reads other countries with + or 00', () => {
    expect(normalizePatientPhone('+966 50 123 4567', 'EG')).toBe('+966501234567');
    expect(normalizePatientPhone('00966501234567', 'EG')).toBe('+966501234567');
  });

  it.each([['12345'], ['0101234567'], ['0131234567'], ['call me'], ['010 1234 5678 ext 5'], [''], ['0'.repeat(60)]])('refuses %j without echoing it', (raw) => {
    let error: unknown;
    try {
      normalizePatientPhone(raw, 'EG');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'IDENTITY.INVALID_PHONE', kind: 'invalid', details: { field: 'phone' } });
    if (raw.length > 4) expect((error as Error).message).not.toContain(raw);
  });

  it('knows only real regions', async () => {
    expect(await fixedPhoneRegion('EG').defaultRegion('x' as never)).toBe('EG');
    expect(() => fixedPhoneRegion('XX')).toThrow(TypeError);
  });
});

describe('senderPhone', () => {
  it('reads E.164 and WhatsApp wa_ids', () => {
    expect(senderPhone('+201012345678')).toBe('+201012345678');
    expect(senderPhone('201012345678')).toBe('+201012345678');
    expect(senderPhone('01012345678')).toBeNull();
    expect(senderPhone('+20101234567')).toBeNull();
    expect(senderPhone('not a number')).toBeNull();
  });
});
