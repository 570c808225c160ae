import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { startEmbeddedRedis } from '@frontdesk/shared-kernel/redis';
import { loadAppConfig } from '../src/config';
import { RedisNotFit, startPlatform } from '../src/platform';
import { startTestServer } from './support';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsxBin = join(repoRoot, 'node_modules/.bin/tsx');
const mainTs = join(repoRoot, 'apps/server/src/main.ts');

/** An evicting Redis of our own, so the shared test server is never reconfigured. */
async function evictingRedis() {
  const server = await startEmbeddedRedis();
  const admin = new Redis(server.url);
  await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
  admin.disconnect();
  return server;
}

describe('starting the platform', () => {
  it('refuses an evicting Redis in production', async () => {
    const redis = await evictingRedis();
    try {
      const config = loadAppConfig({
        NODE_ENV: 'production',
        PORT: '0',
        REDIS_URL: redis.url,
        LOG_LEVEL: 'silent',
        PUBLIC_URL: 'https://clinic.example',
        SESSION_SECRETS: 'a-test-secret-that-is-long-enough-1234',
      });
      await expect(startPlatform({ config, logger: silentLogger() })).rejects.toBeInstanceOf(RedisNotFit);
    } finally {
      await redis.stop();
    }
  });

  it('starts on an evicting Redis in development but reports it not ready', async () => {
    const redis = await evictingRedis();
    const config = loadAppConfig({ NODE_ENV: 'development', PORT: '0', REDIS_URL: redis.url, SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
    const platform = await startPlatform({ config, logger: silentLogger() });
    try {
      const ready = await fetch(`${platform.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(await ready.json())).toMatch(/noeviction/);
    } finally {
      await platform.close();
      await redis.stop();
    }
  });

  it('insists on https and session secrets in production', () => {
    const production = () => loadAppConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://clinic.example' });
    expect(production).toThrow(/SESSION_SECRETS: is required in production/);
    expect(production).toThrow(/PUBLIC_URL: plain http is only allowed on localhost/);
    expect(() => loadAppConfig({ SESSION_SECRETS: 'short' })).toThrow(/SESSION_SECRETS: each comma-separated secret needs at least 32 characters/);
  });

  it('keeps the WhatsApp simulator out of production', () => {
    const secure = { NODE_ENV: 'production', PUBLIC_URL: 'https://clinic.example', SESSION_SECRETS: 'x'.repeat(32) };
    expect(() => loadAppConfig({ ...secure, WHATSAPP_SIMULATOR: 'true' })).toThrow(/WHATSAPP_SIMULATOR: the WhatsApp simulator is for development only/);
    expect(loadAppConfig(secure).whatsappSimulator).toBe(false);
    expect(loadAppConfig({ NODE_ENV: 'development' }).whatsappSimulator).toBe(true);
  });

  it('stops with one clear line per bad setting', async () => {
    const child = spawn(tsxBin, ['--no-regexp-tier-up', '--max-semi-space-size=32', mainTs], {
      env: { ...process.env, PORT: 'eighty', REDIS_URL: 'http://not-redis', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Configuration error: PORT: /m);
    expect(stderr).toMatch(/^Configuration error: REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/m);
  });

  it('runs its own redis-server without REDIS_URL and stops everything on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-start-'));
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' };
    delete env.REDIS_URL;
    delete env.REDIS_CLUSTER_NODES;
    const child = spawn(tsxBin, ['--no-regexp-tier-up', '--max-semi-space-size=32', mainTs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    try {
      await expect.poll(() => stdout, { timeout: 30_000, interval: 100 }).toMatch(/Operator console/);
      const base = /Staff dashboard\s+(http:\/\/[^/\s]+)\//.exec(stdout)![1]!;
      const redisUrl = /private redis-server on (redis:\/\/\S+)/.exec(stdout)![1]!;
      expect(stdout).toContain('Nile Dental Care');
      // Started as \`npm start\` starts it, with native code for the guardrail's patterns in both languages.
      expect(stdout).not.toMatch(/without --no-regexp-tier-up/);
      const ready = await fetch(`${base}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready' });

      const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      // The private redis-server went down with the app.
      const probe = new Redis(redisUrl, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined);
      await expect(probe.connect()).rejects.toThrow();
      probe.disconnect();
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('finishes a request that is in flight when shutdown begins', async () => {
    const server = await startTestServer({ resolveActor: () => ({ kind: 'operator', id: 'op_shutdown' }) });
    const clinicId = uniqueClinicId('inflight');
    const url = new URL(`${server.baseUrl}/trpc/admin.tenancy.registerClinic`);
    const body = JSON.stringify({ clinicId, name: 'In Flight Clinic', timezone: 'UTC' });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-frontdesk-csrf': '1' } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      // Half the body now, the rest after shutdown has started.
      req.write(body.slice(0, 5));
      setTimeout(() => {
        closing = server.close();
        setTimeout(() => req.end(body.slice(5)), 100);
      }, 100);
    });
    let closing: Promise<void> | undefined;
    const result = await response;
    await closing;
    expect(result.status).toBe(200);
    expect(result.text).toContain('In Flight Clinic');
    await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow();
  });
});
