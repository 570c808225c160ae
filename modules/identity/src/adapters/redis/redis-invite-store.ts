import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { Invite, InviteStore } from '../../ports/invite-store.port';

/**
 * `t:{clinic}:invite:<sha256(token)>`; only the hash is stored, and GETDEL makes it single use.
 * `t:{clinic}:invites` indexes the hashes so owners can list and revoke; expired entries drop out on read.
 */
export class RedisInviteStore implements InviteStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  async save(tokenHash: string, invite: Invite, ttlSeconds: number): Promise<void> {
    await this.redis
      .multi()
      .set(this.guard.key(invite.clinicId, 'invite', tokenHash), JSON.stringify(invite), 'EX', ttlSeconds)
      .sadd(this.guard.key(invite.clinicId, 'invites'), tokenHash)
      .exec();
  }

  async listPending(clinicId: ClinicId): Promise<{ id: string; invite: Invite }[]> {
    const hashes = await this.redis.smembers(this.guard.key(clinicId, 'invites'));
    const found = await Promise.all(hashes.map(async (id) => ({ id, invite: await this.peek(clinicId, id) })));
    const gone = found.filter((f) => !f.invite).map((f) => f.id);
    if (gone.length > 0) await this.redis.srem(this.guard.key(clinicId, 'invites'), ...gone);
    return found.filter((f): f is { id: string; invite: Invite } => f.invite !== undefined);
  }

  async revoke(clinicId: ClinicId, tokenHash: string): Promise<boolean> {
    const [deleted] = (await this.redis
      .multi()
      .del(this.guard.key(clinicId, 'invite', tokenHash))
      .srem(this.guard.key(clinicId, 'invites'), tokenHash)
      .exec()) as [[Error | null, number]];
    return deleted[1] === 1;
  }

  async peek(clinicId: ClinicId, tokenHash: string): Promise<Invite | undefined> {
    return parse(await this.redis.get(this.guard.key(clinicId, 'invite', tokenHash)));
  }

  async take(clinicId: ClinicId, tokenHash: string): Promise<Invite | undefined> {
    const invite = parse(await this.redis.getdel(this.guard.key(clinicId, 'invite', tokenHash)));
    await this.redis.srem(this.guard.key(clinicId, 'invites'), tokenHash);
    return invite;
  }
}

function parse(raw: string | null): Invite | undefined {
  if (!raw) return undefined;
  const value = JSON.parse(raw) as Invite & { expiresAt: string };
  return { ...value, expiresAt: new Date(value.expiresAt) };
}
