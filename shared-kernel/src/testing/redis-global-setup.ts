import type { TestProject } from 'vitest/node';
import { Redis } from 'ioredis';
import { startEmbeddedRedis } from '../adapters/redis/embedded-redis';
import { isAllowedKey } from '../keys';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** SCAN the whole server and return every key outside our layout. */
export async function findStrayKeys(url: string): Promise<string[]> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const stray: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) if (!isAllowedKey(key)) stray.push(key);
    } while (cursor !== '0');
    return stray.sort();
  } finally {
    client.disconnect();
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
      const stray = await findStrayKeys(redis.url);
      if (stray.length > 0) {
        // vitest reports a teardown error but still exits 0; make the run fail.
        process.exitCode = 1;
        throw new Error(`Keys outside the tenant layout and the global allow-list: ${stray.slice(0, 20).join(', ')}`);
      }
    } finally {
      await redis.stop();
    }
  };
}
