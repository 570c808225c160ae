import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AppConfig } from './config';

/**
 * A secret for development: random at the first start and kept in DATA_DIR, so
 * cookies and the simulator's signatures survive a restart; tests get a fresh one.
 */
export function devSecret(config: AppConfig, name: string): string {
  if (config.env === 'test') return randomBytes(32).toString('base64url');
  const file = resolve(config.dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Cookie-signing and credential-sealing secrets: SESSION_SECRETS (required in production), else a development one. */
export function sessionSecrets(config: AppConfig): string[] {
  return config.sessionSecrets ?? [devSecret(config, 'session-secret')];
}
