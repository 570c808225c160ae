import { randomBytes } from 'node:crypto';

/** A nominal type: a ClinicId cannot be passed where a PatientId is expected. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };

export type ClinicId = Brand<string, 'ClinicId'>;
export type RequestId = Brand<string, 'RequestId'>;

/** Ids are lowercase base32 so they are safe inside Redis keys and URLs. */
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{1,63}$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function clinicId(value: string): ClinicId {
  if (!isValidId(value)) throw new TypeError(`Not a valid clinic id: ${JSON.stringify(value)}`);
  return value as ClinicId;
}

/** Port: where new ids come from, so tests can make them predictable. */
export interface IdGenerator {
  next(prefix: string): string;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** 80 random bits in base32 behind a readable prefix, e.g. `cln_4k2w...`. */
export class RandomIdGenerator implements IdGenerator {
  next(prefix: string): string {
    const bytes = randomBytes(16);
    let out = '';
    for (let i = 0; i < 16; i++) out += ALPHABET[bytes[i]! % 32];
    return `${prefix}_${out}`;
  }
}

/** Deterministic ids for tests: `cln_1`, `cln_2`, ... */
export class SequentialIdGenerator implements IdGenerator {
  private counter = 0;
  next(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${this.counter}`;
  }
}
