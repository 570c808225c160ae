import { globalKey, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { SessionOwner, SessionRecord, SessionStore } from '../../ports/session-store.port';

/**
 * Staff sessions: `t:{clinic}:session:<sha256(token)>` (hash, TTL = time left)
 * and `t:{clinic}:user-sessions:<userId>` (set). Operators: `g:opsession:` and `g:opsessions:`.
 */
export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  private sessionKey(owner: { kind: 'staff' | 'operator'; clinicId?: ClinicId }, id: string) {
    return owner.kind === 'staff' ? this.guard.key(owner.clinicId!, 'session', id) : globalKey('operatorSession', id);
  }

  private indexKey(owner: SessionOwner) {
    return owner.kind === 'staff' ? this.guard.key(owner.clinicId, 'user-sessions', owner.userId) : globalKey('operatorSessions', owner.userId);
  }

  async save(session: SessionRecord, ttlSeconds: number): Promise<void> {
    const key = this.sessionKey(session.owner, session.id);
    await this.redis
      .multi()
      .hset(key, {
        id: session.id,
        owner: JSON.stringify(session.owner),
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        absoluteMinutes: String(session.absoluteMinutes),
        idleMinutes: String(session.idleMinutes),
        ip: session.ip,
        userAgent: session.userAgent,
      })
      .expire(key, ttlSeconds)
      .exec();
    await this.redis.sadd(this.indexKey(session.owner), session.id);
  }

  async get(owner: { kind: 'staff' | 'operator'; clinicId?: ClinicId }, id: string): Promise<SessionRecord | undefined> {
    const f = await this.redis.hgetall(this.sessionKey(owner, id));
    if (!f.id) return undefined;
    return {
      id: f.id,
      owner: JSON.parse(f.owner!) as SessionOwner,
      createdAt: new Date(f.createdAt!),
      lastSeenAt: new Date(f.lastSeenAt!),
      absoluteMinutes: Number(f.absoluteMinutes),
      idleMinutes: Number(f.idleMinutes),
      ip: f.ip ?? '',
      userAgent: f.userAgent ?? '',
    };
  }

  async touch(session: SessionRecord, lastSeenAt: Date, ttlSeconds: number): Promise<void> {
    const key = this.sessionKey(session.owner, session.id);
    await this.redis.multi().hset(key, 'lastSeenAt', lastSeenAt.toISOString()).expire(key, ttlSeconds).exec();
  }

  async delete(session: Pick<SessionRecord, 'id' | 'owner'>): Promise<void> {
    await this.redis.del(this.sessionKey(session.owner, session.id));
    await this.redis.srem(this.indexKey(session.owner), session.id);
  }

  async listFor(owner: SessionOwner): Promise<SessionRecord[]> {
    const ids = await this.redis.smembers(this.indexKey(owner));
    const sessions = await Promise.all(ids.map((id) => this.get(owner, id)));
    const gone = ids.filter((_, i) => sessions[i] === undefined);
    if (gone.length > 0) await this.redis.srem(this.indexKey(owner), ...gone);
    return sessions.filter((s): s is SessionRecord => s !== undefined);
  }

  async deleteAllFor(owner: SessionOwner, keepId?: string): Promise<number> {
    const ids = (await this.redis.smembers(this.indexKey(owner))).filter((id) => id !== keepId);
    for (const id of ids) await this.delete({ id, owner });
    return ids.length;
  }
}
