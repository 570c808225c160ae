import { existsSync, readdirSync } from 'node:fs';
import { Cluster, Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createRedisClient } from './redis-client';
import { startEmbeddedRedisCluster } from './embedded-redis-cluster';

describe('the embedded Redis Cluster', () => {
  it('starts 3 diskless masters that cover every slot, and stop() removes everything', async () => {
    const cluster = await startEmbeddedRedisCluster();
    const client = createRedisClient({ clusterNodes: cluster.clusterNodes });
    try {
      expect(client).toBeInstanceOf(Cluster);
      expect(cluster.urls).toHaveLength(3);
      expect(cluster.urls.some((url) => url.endsWith(':6379'))).toBe(false);
      expect(readdirSync(cluster.dir).filter((f) => f.startsWith('nodes-'))).toHaveLength(3);
      // Clinics hash to different slots: 30 of them land on every master.
      for (let i = 0; i < 30; i++) await client.set(`t:{cluster-test-${i}}:k`, String(i));
      for (const url of cluster.urls) {
        const node = new Redis(url);
        try {
          expect(await node.cluster('INFO')).toMatch(/cluster_state:ok[\s\S]*cluster_slots_ok:16384/);
          expect(await node.config('GET', 'save')).toEqual(['save', '']);
          expect(await node.config('GET', 'appendonly')).toEqual(['appendonly', 'no']);
          expect(await node.dbsize()).toBeGreaterThan(0);
          await node.flushall();
        } finally {
          node.disconnect();
        }
      }
    } finally {
      client.disconnect();
      await cluster.stop();
    }
    expect(existsSync(cluster.dir)).toBe(false);
    const probe = new Redis(cluster.urls[0]!, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    await expect(probe.connect()).rejects.toThrow();
    probe.disconnect();
  }, 60_000);
});
