import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { Channel } from '../../domain/inbound-message';
import type { OptOutStore } from '../../ports/opt-out-store.port';

/**
 * `t:{c}:opt-outs`: one hash per clinic, address (`phone:+20…`,
 * `messenger:<psid>`, ...) -> `{"channel":…,"at":<ms>}`. HSETNX keeps the first
 * STOP; a START deletes the field. A broadcast's check is one HMGET.
 */
export class RedisOptOuts implements OptOutStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  private key(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'opt-outs');
  }

  async optOut(clinicId: ClinicId, address: string, record: { channel: Channel; at: Date }): Promise<boolean> {
    return (await this.redis.hsetnx(this.key(clinicId), address, JSON.stringify({ channel: record.channel, at: record.at.getTime() }))) === 1;
  }

  async optIn(clinicId: ClinicId, address: string): Promise<boolean> {
    return (await this.redis.hdel(this.key(clinicId), address)) === 1;
  }

  async areOptedOut(clinicId: ClinicId, addresses: readonly string[]): Promise<boolean[]> {
    if (addresses.length === 0) return [];
    const values = await this.redis.hmget(this.key(clinicId), ...addresses);
    return values.map((value) => value !== null);
  }
}
