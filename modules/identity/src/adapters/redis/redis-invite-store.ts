import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { Invite, InviteStore } from '../../ports/invite-store.port';

/** `t:{clinic}:invite:<sha256(token)>`; only the hash is stored, and GETDEL makes it single use. */
export class RedisInviteStore implements InviteStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  async save(tokenHash: string, invite: Invite, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.guard.key(invite.clinicId, 'invite', tokenHash), JSON.stringify(invite), 'EX', ttlSeconds);
  }

  async peek(clinicId: ClinicId, tokenHash: string): Promise<Invite | undefined> {
    return parse(await this.redis.get(this.guard.key(clinicId, 'invite', tokenHash)));
  }

  async take(clinicId: ClinicId, tokenHash: string): Promise<Invite | undefined> {
    return parse(await this.redis.getdel(this.guard.key(clinicId, 'invite', tokenHash)));
  }
}

function parse(raw: string | null): Invite | undefined {
  if (!raw) return undefined;
  const value = JSON.parse(raw) as Invite & { expiresAt: string };
  return { ...value, expiresAt: new Date(value.expiresAt) };
}
