import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseWhatsAppWebhook } from './whatsapp-webhook-parser';
import { signPayload, verifySignature, verifySubscription } from './webhook-verification';

const SECRET = 'test-app-secret-3f9a';

/** Meta's form: every non-ASCII UTF-16 code unit as lowercase \uXXXX (VENDORS.md 1.2). */
function metaEscaped(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const TEXT = 'مرحبا، أريد حجز موعد مع د. سارة 🦷😊';
const envelope = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'سارة 🌸' }, wa_id: '201001234567' }],
            messages: [{ from: '201001234567', id: 'wamid.HBgM', timestamp: '1749416383', type: 'text', text: { body: TEXT } }],
          },
        },
      ],
    },
  ],
};

function hmacHeader(bytes: Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(bytes).digest('hex')}`;
}

describe('verifySignature', () => {
  const escaped = Buffer.from(metaEscaped(envelope), 'utf8');
  const rawUtf8 = Buffer.from(JSON.stringify(envelope), 'utf8');

  it('the escaped body is pure ASCII and differs from the UTF-8 form (so the bytes matter)', () => {
    expect(escaped.every((b) => b < 0x80)).toBe(true);
    expect(escaped.toString()).toContain('\\u0645'); // م
    expect(escaped.toString()).toContain('\\ud83e\\uddb7'); // 🦷 as a surrogate pair
    expect(escaped.equals(rawUtf8)).toBe(false);
  });

  it('accepts a valid signature over the escaped bytes Meta sends, and the parser decodes them', () => {
    expect(verifySignature(escaped, hmacHeader(escaped, SECRET), SECRET)).toBe(true);
    const [batch] = parseWhatsAppWebhook(escaped);
    expect(batch?.messages[0]?.text).toBe(TEXT);
    expect(batch?.messages[0]?.senderName).toBe('سارة 🌸');
  });

  it('accepts a valid signature over raw UTF-8 bytes too (it signs whatever bytes arrived)', () => {
    expect(verifySignature(rawUtf8, hmacHeader(rawUtf8, SECRET), SECRET)).toBe(true);
    expect(signPayload(rawUtf8, SECRET)).toBe(hmacHeader(rawUtf8, SECRET));
  });

  it('rejects the signature once the body is parsed and re-serialised (why the raw bytes are required)', () => {
    const header = hmacHeader(escaped, SECRET);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(escaped.toString('utf8'))), 'utf8');
    expect(verifySignature(reserialised, header, SECRET)).toBe(false);
  });

  it('rejects when one byte of the body changed', () => {
    const header = hmacHeader(escaped, SECRET);
    for (const index of [0, Math.floor(escaped.length / 2), escaped.length - 1]) {
      const tampered = Buffer.from(escaped);
      tampered[index] = tampered[index]! ^ 0x01;
      expect(verifySignature(tampered, header, SECRET)).toBe(false);
    }
    const tamperedUtf8 = Buffer.from(rawUtf8);
    const arabicAt = tamperedUtf8.indexOf(Buffer.from('م'));
    tamperedUtf8[arabicAt + 1] = tamperedUtf8[arabicAt + 1]! ^ 0x01;
    expect(verifySignature(tamperedUtf8, hmacHeader(rawUtf8, SECRET), SECRET)).toBe(false);
  });

  it('rejects a signature made with another secret', () => {
    expect(verifySignature(escaped, hmacHeader(escaped, 'another-secret'), SECRET)).toBe(false);
  });

  it('rejects a missing or garbled header', () => {
    const good = hmacHeader(escaped, SECRET);
    const hex = good.slice('sha256='.length);
    const garbled: (string | undefined)[] = [
      undefined,
      '',
      hex, // no prefix
      `sha1=${hex}`,
      `SHA256=${hex}`,
      'sha256=',
      `sha256=${hex.slice(0, 63)}`, // too short
      `sha256=${hex}0`, // too long
      `sha256=${hex.slice(0, 62)}zz`, // non-hex (Buffer.from would silently truncate)
      `sha256=${hex.slice(0, 32)}`, // half a digest that Buffer.from would accept
      ` ${good}`,
      `${good},sha256=${hex}`,
    ];
    for (const header of garbled) expect(verifySignature(escaped, header, SECRET), String(header)).toBe(false);
    // Upper-case hex is the same digest.
    expect(verifySignature(escaped, `sha256=${hex.toUpperCase()}`, SECRET)).toBe(true);
  });

  it('fails closed when no app secret is configured', () => {
    const signedWithEmpty = hmacHeader(escaped, '');
    expect(verifySignature(escaped, signedWithEmpty, '')).toBe(false);
    expect(verifySignature(escaped, signedWithEmpty, undefined)).toBe(false);
    expect(verifySignature(escaped, hmacHeader(escaped, SECRET), undefined)).toBe(false);
  });
});

describe('verifySubscription', () => {
  const TOKEN = 'verify-me-7c1e';

  it('echoes the challenge when the mode is subscribe and the token matches', () => {
    expect(verifySubscription({ mode: 'subscribe', verifyToken: TOKEN, challenge: '1158201444' }, TOKEN)).toEqual({
      status: 200,
      body: '1158201444',
      contentType: 'text/plain; charset=utf-8',
    });
  });

  it('refuses a wrong token with 403 and does not echo the challenge', () => {
    for (const verifyToken of ['wrong', `${TOKEN}x`, TOKEN.slice(0, -1), '', undefined, [TOKEN], TOKEN.toUpperCase()]) {
      const result = verifySubscription({ mode: 'subscribe', verifyToken, challenge: 'CHALLENGE-123' }, TOKEN);
      expect(result).toEqual({ status: 403 });
      expect(JSON.stringify(result)).not.toContain('CHALLENGE-123');
    }
  });

  it('refuses another mode, or a missing challenge', () => {
    expect(verifySubscription({ mode: 'unsubscribe', verifyToken: TOKEN, challenge: 'c' }, TOKEN)).toEqual({ status: 403 });
    expect(verifySubscription({ mode: undefined, verifyToken: TOKEN, challenge: 'c' }, TOKEN)).toEqual({ status: 403 });
    expect(verifySubscription({ mode: 'subscribe', verifyToken: TOKEN, challenge: undefined }, TOKEN)).toEqual({ status: 403 });
    expect(verifySubscription({ mode: 'subscribe', verifyToken: TOKEN, challenge: '' }, TOKEN)).toEqual({ status: 403 });
  });

  it('fails closed when no token is configured, even for an empty or missing token', () => {
    for (const configured of [undefined, '']) {
      expect(verifySubscription({ mode: 'subscribe', verifyToken: '', challenge: 'c' }, configured)).toEqual({ status: 403 });
      expect(verifySubscription({ mode: 'subscribe', verifyToken: undefined, challenge: 'c' }, configured)).toEqual({ status: 403 });
      expect(verifySubscription({ mode: 'subscribe', verifyToken: 'anything', challenge: 'c' }, configured)).toEqual({ status: 403 });
    }
  });
});
