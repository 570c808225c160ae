import { Cluster } from 'ioredis';
import { expect, inject } from 'vitest';
import type { Actor } from '../actor';
import type { AuditLog } from '../audit';
import type { HttpExchange } from '../trpc/trpc';
import { FakeClock } from '../clock';
import { clinicId, RandomIdGenerator, type ClinicId } from '../ids';
import { silentLogger, type Logger } from '../logger';
import { TenantGuard, type TenantMode } from '../tenant-context';
import { RedisAuditLog } from '../adapters/redis/redis-audit-log';
import { createRedisClient, type RedisClient } from '../adapters/redis/redis-client';

/** A clinic id no other test uses, so tests share one Redis without flushing it. */
const ids = new RandomIdGenerator();
export function uniqueClinicId(label = 'test'): ClinicId {
  return clinicId(ids.next(label));
}

/**
 * A client for the run's private Redis (never the machine's shared one): the
 * single redis-server, or a Cluster client in a project whose global setup
 * started a private Redis Cluster (`redisClusterNodes`, see vitest.workspace.ts).
 */
export function connectTestRedis(): RedisClient {
  const clusterNodes = inject('redisClusterNodes');
  return clusterNodes ? createRedisClient({ clusterNodes }) : createRedisClient({ url: inject('redisUrl') });
}

/** The same choice for a child process: pass these into its env, read them with createRedisClient. */
export function testRedisEnv(): { REDIS_URL: string; REDIS_CLUSTER_NODES: string } {
  const clusterNodes = inject('redisClusterNodes');
  return clusterNodes ? { REDIS_URL: '', REDIS_CLUSTER_NODES: clusterNodes } : { REDIS_URL: inject('redisUrl'), REDIS_CLUSTER_NODES: '' };
}

/** Every key matching `pattern`: SCAN on the server, or on every master of a cluster. */
export async function scanKeys(redis: RedisClient, pattern: string): Promise<string[]> {
  if (redis instanceof Cluster && redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis];
  const found: string[] = [];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      found.push(...keys);
    } while (cursor !== '0');
  }
  return found;
}

export interface TenancyKit {
  redis: RedisClient;
  guard: TenantGuard;
  auditLog: AuditLog;
  clock: FakeClock;
  logger: Logger;
}

export function createTenancyKit(options: { mode?: TenantMode; logger?: Logger } = {}): TenancyKit {
  const redis = connectTestRedis();
  const clock = new FakeClock();
  const logger = options.logger ?? silentLogger();
  const auditLog = new RedisAuditLog(redis);
  const guard = new TenantGuard({ mode: options.mode ?? 'strict', auditLog, logger, clock });
  return { redis, guard, auditLog, clock, logger };
}

export function staffActor(clinic: ClinicId, role: 'owner' | 'doctor' | 'receptionist' = 'owner'): Actor {
  return { kind: 'staff', id: `usr_${role}`, clinicId: clinic, role };
}

/** An in-memory HTTP exchange for calling routers without a server: cookies live in `jar`. */
export function memoryHttpExchange(ip = '203.0.113.7'): HttpExchange & { jar: Map<string, string> } {
  const jar = new Map<string, string>();
  return {
    ip,
    userAgent: 'vitest',
    jar,
    readCookie: (name) => jar.get(name),
    writeCookie: (name, value) => void jar.set(name, value),
    clearCookie: (name) => void jar.delete(name),
  };
}

/** The error `promise` rejects with, checked to be a `type`; fails the test when it resolves. */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error('expected a rejection');
}
