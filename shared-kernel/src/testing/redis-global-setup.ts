import type { TestProject } from 'vitest/node';
import { Redis } from 'ioredis';
import { startEmbeddedRedis } from '../adapters/redis/embedded-redis';
import { isAllowedKey } from '../keys';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's private single-node redis-server (redis-global-setup.ts). */
    redisUrl: string;
    /**
     * Set only in projects whose global setup is redis-cluster-global-setup.ts:
     * `127.0.0.1:p1,127.0.0.1:p2,...` of a private Redis Cluster. `connectTestRedis()`
     * then returns a Cluster client.
     */
    redisClusterNodes?: string;
  }
}

/** SCAN each server (every master of a cluster) and return every key outside our layout. */
export async function findStrayKeys(urls: string | readonly string[]): Promise<string[]> {
  const stray: string[] = [];
  for (const url of typeof urls === 'string' ? [urls] : urls) {
    const client = new Redis(url, { maxRetriesPerRequest: 1 });
    try {
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'COUNT', 1000);
        cursor = next;
        for (const key of keys) if (!isAllowedKey(key)) stray.push(key);
      } while (cursor !== '0');
    } finally {
      client.disconnect();
    }
  }
  return stray.sort();
}

/** Fails the run (vitest reports a teardown error but would still exit 0) when stray keys are left. */
export async function failOnStrayKeys(urls: string | readonly string[], where: string): Promise<void> {
  const stray = await findStrayKeys(urls);
  if (stray.length > 0) {
    process.exitCode = 1;
    throw new Error(`Keys outside the tenant layout and the global allow-list (${where}): ${stray.slice(0, 20).join(', ')}`);
  }
}

/**
 * Vitest global setup: one private, diskless redis-server for the whole run.
 * Tests isolate themselves by clinic id; nothing flushes. After the run every
 * key must be a tenant key or on the documented global allow-list.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = await startEmbeddedRedis();
  project.provide('redisUrl', redis.url);
  return async () => {
    try {
      await failOnStrayKeys(redis.url, redis.url);
    } finally {
      await redis.stop();
    }
  };
}
