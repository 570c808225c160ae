import { describe, expect, it } from 'vitest';
import { TokenCipher } from './token-cipher';

const SECRET = 'session-secret-one-0123456789abcdefghijklmn';
const OLDER = 'session-secret-zero-0123456789abcdefghijklm';
const TOKEN = 'EAAGm0PX4ZCpsBATokenValue0123456789';

describe('TokenCipher', () => {
  it('seals to an opaque value that opens to the token, with a fresh IV each time', () => {
    const cipher = new TokenCipher([SECRET], 'meta-page-token');
    const a = cipher.seal(TOKEN, 'ctx');
    const b = cipher.seal(TOKEN, 'ctx');
    expect(a).not.toBe(b);
    expect(a).not.toContain(TOKEN);
    expect(cipher.open(a, 'ctx')).toEqual({ plaintext: TOKEN, stale: false });
  });

  it('does not open with another secret, another purpose, another context, or after tampering', () => {
    const sealed = new TokenCipher([SECRET], 'meta-page-token').seal(TOKEN, 'clinic-a');
    expect(new TokenCipher(['another-secret-0123456789abcdefghijklmnopq'], 'meta-page-token').open(sealed, 'clinic-a')).toBeNull();
    expect(new TokenCipher([SECRET], 'something-else').open(sealed, 'clinic-a')).toBeNull();
    const cipher = new TokenCipher([SECRET], 'meta-page-token');
    expect(cipher.open(sealed, 'clinic-b')).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(cipher.open(`v1.${bytes.toString('base64url')}`, 'clinic-a')).toBeNull();
    for (const garbage of ['', 'v1.', 'v2.AAAA', 'v1.AAAA', TOKEN, `${sealed}.x`]) expect(cipher.open(garbage, 'clinic-a')).toBeNull();
  });

  it('opens what an older secret sealed once that secret follows the current one, and says it is stale', () => {
    const sealed = new TokenCipher([OLDER], 'meta-page-token').seal(TOKEN, 'ctx');
    const rotated = new TokenCipher([SECRET, OLDER], 'meta-page-token');
    expect(rotated.open(sealed, 'ctx')).toEqual({ plaintext: TOKEN, stale: true });
    expect(rotated.open(rotated.seal(TOKEN, 'ctx'), 'ctx')).toEqual({ plaintext: TOKEN, stale: false });
  });

  it('needs a secret', () => {
    expect(() => new TokenCipher([], 'meta-page-token')).toThrow(TypeError);
    expect(() => new TokenCipher(['  '], 'meta-page-token')).toThrow(TypeError);
  });
});
