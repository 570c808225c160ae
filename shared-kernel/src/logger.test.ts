import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPhone } from './logger';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ destination, level: 'debug' }), lines };
}

describe('the logger', () => {
  it('never prints passwords, secrets, tokens or verification codes', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'hunter2-hunter2',
        user: { email: 'a@b.c', passwordHash: 'scrypt$abc', apiKey: 'sk_live_123' },
        headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=xyz' },
        verificationCode: '482913',
        otp: 123456,
        error: { code: 'SCHEDULING.SLOT_TAKEN' },
        stripe: { webhookSecret: 'whsec_1' },
      },
      'login attempt',
    );
    const out = lines.join('');
    for (const secret of ['hunter2', 'scrypt$abc', 'sk_live_123', 'abc.def.ghi', 'sid=xyz', '482913', '123456', 'whsec_1']) {
      expect(out).not.toContain(secret);
    }
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.error.code).toBe('SCHEDULING.SLOT_TAKEN');
    expect(parsed.user.email).toBe('a@b.c');
  });

  it('masks phone numbers to their last three digits, in fields and in text', () => {
    const { logger, lines } = capture();
    logger.info({ patient: { phone: '+20 100 123 4567' }, from: 'message from +201001234567 about booking' }, 'patient +201001234567 wrote');
    const out = lines.join('');
    expect(out).not.toMatch(/1001234567|100 123 4567/);
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.patient.phone).toBe('*********567');
    expect(parsed.from).toBe('message from *********567 about booking');
    expect(parsed.msg).toBe('patient *********567 wrote');
  });

  it('keeps short numbers such as counts and times readable', () => {
    const { logger, lines } = capture();
    logger.info({ slots: 12, note: 'booked for 2026-12-01 10:30', ref: 'apt_12345678' }, 'ok');
    expect(JSON.parse(lines[0]!)).toMatchObject({ slots: 12, note: 'booked for 2026-12-01 10:30', ref: 'apt_12345678' });
  });

  it('masks phones inside error messages', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error('WhatsApp send to 201001234567 failed') }, 'send failed');
    expect(lines.join('')).not.toContain('201001234567');
  });

  it('masks everything but the last three digits', () => {
    expect(maskPhone('+44 7700 900123')).toBe('*********123');
    expect(maskPhone('12')).toBe('***');
  });
});
