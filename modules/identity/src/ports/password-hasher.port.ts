export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Constant-time comparison. */
  verify(password: string, stored: string): Promise<boolean>;
  /** True when the stored hash uses weaker parameters than today's. */
  needsRehash(stored: string): boolean;
}
