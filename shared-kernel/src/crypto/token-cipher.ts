import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts a credential (a page access token, a TOTP secret) for storage at rest:
 * AES-256-GCM with a random 96-bit IV; the key is HKDF-SHA256 of one of the
 * server's session secrets, with a salt and `purpose` of its own, so the
 * stored token is useless without the secret and the cookie key is never
 * used directly. `context` (clinic, channel, account) is bound as additional
 * authenticated data: a ciphertext copied into another record does not open.
 *
 * Sealed form: `v1.<base64url(iv | tag | ciphertext)>`.
 *
 * Rotation: `secrets[0]` seals; opening tries each secret in order and says
 * when an older one was needed (`stale`), so the caller can seal again with
 * the current one. Drop an old secret only once every token was resealed
 * (or reconnected).
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'frontdesk/credential-at-rest/v1';

export class TokenCipher {
  private readonly keys: Buffer[];

  constructor(secrets: readonly string[], purpose: string) {
    const usable = secrets.map((s) => s.trim()).filter((s) => s.length > 0);
    if (usable.length === 0) throw new TypeError('TokenCipher needs at least one secret');
    if (!purpose) throw new TypeError('TokenCipher needs a purpose');
    this.keys = usable.map((secret) => Buffer.from(hkdfSync('sha256', secret, SALT, `${purpose}/aes-256-gcm`, 32)));
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0]!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
  }

  /** The plaintext, or null when no secret opens it (wrong secret, other context, tampered, not ours). */
  open(sealed: string, context: string): { plaintext: string; stale: boolean } | null {
    const [version, data, ...rest] = sealed.split('.');
    if (version !== VERSION || !data || rest.length > 0) return null;
    const bytes = Buffer.from(data, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) return null;
    const iv = bytes.subarray(0, IV_BYTES);
    const tag = bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const ciphertext = bytes.subarray(IV_BYTES + TAG_BYTES);
    for (const [index, key] of this.keys.entries()) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tag);
        const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
        return { plaintext, stale: index > 0 };
      } catch {
        // Not this key: try the next.
      }
    }
    return null;
  }
}
