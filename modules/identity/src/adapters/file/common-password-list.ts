import { readFileSync } from 'node:fs';

/** The 10,000 most common passwords (modules/identity/data, MIT licensed list), lower-cased. */
export function loadCommonPasswords(): (candidate: string) => boolean {
  const text = readFileSync(new URL('../../../data/common-passwords.txt', import.meta.url), 'utf8');
  const set = new Set(text.split('\n').map((line) => line.trim().toLowerCase()).filter(Boolean));
  return (candidate) => set.has(candidate.toLowerCase());
}
