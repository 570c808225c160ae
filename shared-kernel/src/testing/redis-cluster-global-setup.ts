import type { TestProject } from 'vitest/node';
import { startEmbeddedRedisCluster } from '../adapters/redis/embedded-redis-cluster';
import { failOnStrayKeys } from './redis-global-setup';

/**
 * Vitest global setup of a project that runs its tests again on a Redis
 * Cluster: 3 private masters (no replicas, diskless, free loopback ports,
 * node files in a temp dir). Provides `redisClusterNodes`, so
 * `connectTestRedis()` returns a Cluster client in that project. Afterwards
 * every master is SCANned for stray keys, then the nodes are stopped and the
 * temp dir removed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startEmbeddedRedisCluster({ masters: 3 });
  project.provide('redisClusterNodes', cluster.clusterNodes);
  return async () => {
    try {
      await failOnStrayKeys(cluster.urls, `Redis Cluster ${cluster.clusterNodes}`);
    } finally {
      await cluster.stop();
    }
  };
}
