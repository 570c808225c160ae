import { describe, expect, it } from 'vitest';
import { OWASP_SCRYPT, ScryptPasswordHasher } from './scrypt-password-hasher';

describe('the scrypt password hasher', () => {
  it('uses N=2^14, r=8, p=5 with a 16-byte salt, stored with the hash', async () => {
    const stored = await new ScryptPasswordHasher().hash('a long and unusual passphrase');
    const [scheme, N, r, p, salt, key] = stored.split('$');
    expect([scheme, Number(N), Number(r), Number(p)]).toEqual(['scrypt', 16384, 8, 5]);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
    expect(OWASP_SCRYPT).toEqual({ N: 16384, r: 8, p: 5 });
  });

  it('verifies the right password only, with a new salt every time', async () => {
    const hasher = new ScryptPasswordHasher({ N: 1024, r: 8, p: 1 });
    const a = await hasher.hash('correct horse battery');
    const b = await hasher.hash('correct horse battery');
    expect(a).not.toBe(b);
    expect(await hasher.verify('correct horse battery', a)).toBe(true);
    expect(await hasher.verify('correct horse batterY', a)).toBe(false);
    expect(await hasher.verify('anything', 'not-a-hash')).toBe(false);
  });

  it('asks for a rehash when the stored parameters are weaker', async () => {
    const weak = await new ScryptPasswordHasher({ N: 1024, r: 8, p: 1 }).hash('x'.repeat(12));
    expect(new ScryptPasswordHasher().needsRehash(weak)).toBe(true);
    expect(new ScryptPasswordHasher({ N: 1024, r: 8, p: 1 }).needsRehash(weak)).toBe(false);
  });
});
