import { Redis } from 'ioredis';
import { inject } from 'vitest';
import type { Actor } from '../actor';
import type { AuditLog } from '../audit';
import type { HttpExchange } from '../trpc/trpc';
import { FakeClock } from '../clock';
import { clinicId, RandomIdGenerator, type ClinicId } from '../ids';
import { silentLogger, type Logger } from '../logger';
import { TenantGuard, type TenantMode } from '../tenant-context';
import { RedisAuditLog } from '../adapters/redis/redis-audit-log';

/** A clinic id no other test uses, so tests share one Redis without flushing it. */
const ids = new RandomIdGenerator();
export function uniqueClinicId(label = 'test'): ClinicId {
  return clinicId(ids.next(label));
}

/** A client for the run's private redis-server (never the machine's shared one). */
export function connectTestRedis(): Redis {
  return new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
}

export interface TenancyKit {
  redis: Redis;
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
