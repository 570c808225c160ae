import { describe, expect, it } from 'vitest';
import { DomainError } from '@frontdesk/shared-kernel';
import { fixedPhoneRegion, normalizePhone, parsePhone } from './phone';

function failureOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('normalizePhone', () => {
  it.each([
    ['010 1234 5678', 'local Egyptian mobile with the trunk 0'],
    ['01012345678', 'local, no spaces'],
    ['010-1234-5678', 'dashes'],
    ['(010) 1234.5678', 'brackets and dots'],
    ['+20 10 1234 5678', 'international with +'],
    ['+201012345678', 'E.164 already'],
    ['0020 10 1234 5678', 'international with 00'],
    ['٠١٠١٢٣٤٥٦٧٨', 'Arabic-Indic digits'],
    ['٠١٠ ١٢٣٤ ٥٦٧٨', 'Arabic-Indic digits with spaces'],
    ['+٢٠ ١٠ ١٢٣٤ ٥٦٧٨', 'Arabic-Indic digits with +'],
    ['۰۱۰۱۲۳۴۵۶۷۸', 'Persian digits'],
    ['\u200F010 1234 5678\u200E', 'bidi marks pasted from Arabic text'],
    ['  010 1234 5678  ', 'surrounding spaces'],
  ])('reads %j (%s) as +201012345678', (raw) => {
    expect(normalizePhone(raw, 'EG')).toBe('+201012345678');
  });

  it('reads other Egyptian ranges and other countries', () => {
    expect(normalizePhone('02 2735 0000', 'EG')).toBe('+20227350000'); // Cairo landline
    expect(normalizePhone('0155 123 4567', 'EG')).toBe('+201551234567');
    expect(normalizePhone('050 123 4567', 'SA')).toBe('+966501234567');
    expect(normalizePhone('+966 50 123 4567', 'EG')).toBe('+966501234567');
    expect(normalizePhone('00966501234567', 'EG')).toBe('+966501234567');
    // 00 works whatever the region's own international prefix is.
    expect(normalizePhone('0020 10 1234 5678', 'US')).toBe('+201012345678');
  });

  it('gives the national number for the search index', () => {
    expect(parsePhone('010 1234 5678', 'EG')).toEqual({ e164: '+201012345678', nationalNumber: '1012345678', countryCallingCode: '20' });
  });

  it.each([
    ['12345', 'too short'],
    ['0101234567', 'one digit missing'],
    ['010123456789', 'one digit too many'],
    ['0131234567', 'not an Egyptian range'],
    ['+20 10 1234 5678 9', 'too long'],
    ['call me', 'letters'],
    ['010 1234 5678 ext 5', 'an extension'],
    ['010 1234 5678#', 'a symbol'],
    ['+', 'a lone +'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['0'.repeat(60), 'absurdly long'],
    ['1+201012345678', 'a + in the middle'],
  ])('refuses %j (%s) with SCHEDULING.INVALID_PHONE on field phone', (raw) => {
    const error = failureOf(() => normalizePhone(raw, 'EG'));
    expect(error.code).toBe('SCHEDULING.INVALID_PHONE');
    expect(error.kind).toBe('invalid');
    expect(error.details).toEqual({ field: 'phone' });
    expect(error.message).toMatch(/phone number/);
  });

  it('refuses an unknown default region as a programming error', () => {
    expect(() => normalizePhone('010 1234 5678', 'XX')).toThrow(TypeError);
    expect(() => fixedPhoneRegion('XX')).toThrow(TypeError);
  });
});
