import { Cluster, Redis } from 'ioredis';

export type RedisClient = Redis | Cluster;

export interface RedisConnectionConfig {
  /** redis://[user:pass@]host:port[/db] for one node. */
  url?: string;
  /** Comma-separated host:port list; when set, a cluster client is made. */
  clusterNodes?: string;
}

/** One place that knows how to connect: a single node or a cluster. */
export function createRedisClient(config: RedisConnectionConfig): RedisClient {
  if (config.clusterNodes) {
    const nodes = config.clusterNodes.split(',').map((entry) => {
      const [host, port] = entry.trim().split(':');
      return { host: host!, port: Number(port) };
    });
    return new Cluster(nodes, { redisOptions: { maxRetriesPerRequest: 3 } });
  }
  if (!config.url) throw new Error('Redis needs REDIS_URL or REDIS_CLUSTER_NODES');
  // Commands issued in the same tick (concurrent webhooks, say) go out in one write and one read on the server.
  return new Redis(config.url, { maxRetriesPerRequest: 3, enableAutoPipelining: true });
}

export interface RedisServerFacts {
  version: string;
  maxmemoryPolicy: string;
}

function infoField(info: string, field: string): string | undefined {
  const line = info.split('\r\n').find((l) => l.startsWith(`${field}:`));
  return line?.slice(field.length + 1).trim();
}

/** Read version and eviction policy from INFO (works where CONFIG is disabled). */
export async function readServerFacts(client: RedisClient): Promise<RedisServerFacts[]> {
  const nodes = client instanceof Cluster ? client.nodes('master') : [client];
  return Promise.all(
    nodes.map(async (node) => {
      const info = await node.info();
      return {
        version: infoField(info, 'redis_version') ?? '0.0.0',
        maxmemoryPolicy: infoField(info, 'maxmemory_policy') ?? 'unknown',
      };
    }),
  );
}

export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export const MIN_REDIS_VERSION = '6.2.0';

export interface RedisCheck {
  ok: boolean;
  problems: string[];
}

/** Is this Redis fit to be our database? Old versions and evicting policies are not. */
export async function checkRedis(client: RedisClient): Promise<RedisCheck> {
  const facts = await readServerFacts(client);
  const problems: string[] = [];
  for (const fact of facts) {
    if (!versionAtLeast(fact.version, MIN_REDIS_VERSION)) {
      problems.push(`Redis ${fact.version} is older than ${MIN_REDIS_VERSION}`);
    }
    if (fact.maxmemoryPolicy !== 'noeviction') {
      problems.push(
        `Redis maxmemory-policy is ${fact.maxmemoryPolicy}; it must be noeviction or Redis may silently delete clinic data`,
      );
    }
  }
  return { ok: problems.length === 0, problems };
}
