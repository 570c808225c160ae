import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { checkRedis, createRedisClient, versionAtLeast } from './redis-client';
import { RedisServerMissing, startEmbeddedRedis } from './embedded-redis';

describe('the Redis fitness check', () => {
  it('accepts a noeviction server and refuses an evicting one', async () => {
    const server = await startEmbeddedRedis();
    const client = createRedisClient({ url: server.url });
    try {
      expect(await checkRedis(client)).toEqual({ ok: true, problems: [] });
      await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
      const check = await checkRedis(client);
      expect(check.ok).toBe(false);
      expect(check.problems[0]).toMatch(/allkeys-lru.*noeviction/);
    } finally {
      client.disconnect();
      await server.stop();
    }
  });

  it('sends the commands of one tick together (auto-pipelining) and answers each in order', async () => {
    const server = await startEmbeddedRedis();
    const client = createRedisClient({ url: server.url }) as Redis;
    try {
      await client.ping();
      const replies = Promise.all([client.set('t:{pipe}:a', '1'), client.incr('t:{pipe}:n'), client.get('t:{pipe}:a')]);
      expect(client.autoPipelineQueueSize).toBe(3);
      expect(await replies).toEqual(['OK', 1, '1']);
    } finally {
      client.disconnect();
      await server.stop();
    }
  });

  it('compares versions numerically', () => {
    expect(versionAtLeast('7.0.15', '6.2.0')).toBe(true);
    expect(versionAtLeast('6.2.0', '6.2.0')).toBe(true);
    expect(versionAtLeast('6.0.20', '6.2.0')).toBe(false);
    expect(versionAtLeast('10.0.0', '6.2.0')).toBe(true);
  });
});

describe('the embedded redis-server', () => {
  it('persists with an append-only file, fsync every second and no eviction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontdesk-redis-'));
    const server = await startEmbeddedRedis({ dataDir: dir });
    const client = new Redis(server.url);
    try {
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'appendfsync')).toEqual(['appendfsync', 'everysec']);
      expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await client.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
      await client.set('t:{persist-test}:k', 'v');
    } finally {
      client.disconnect();
      await server.stop();
    }
    expect(readdirSync(dir).join(' ')).toMatch(/appendonly/);
    // Started again on the same directory, the data is still there.
    const again = await startEmbeddedRedis({ dataDir: dir });
    const reader = new Redis(again.url);
    try {
      expect(await reader.get('t:{persist-test}:k')).toBe('v');
    } finally {
      reader.disconnect();
      await again.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to install redis-server when it is missing', async () => {
    await expect(startEmbeddedRedis({ binary: 'redis-server-that-does-not-exist' })).rejects.toBeInstanceOf(RedisServerMissing);
    await expect(startEmbeddedRedis({ binary: 'redis-server-that-does-not-exist' })).rejects.toThrow(/apt-get install -y redis-server.*REDIS_URL/);
  });
});
