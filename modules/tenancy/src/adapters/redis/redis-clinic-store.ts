import { GLOBAL_KEYS, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { Clinic } from '../../domain/clinic';
import type { ClinicStore } from '../../ports/clinic-store.port';
import { clinicFromHash, clinicToHash } from './clinic-record';

const CREATE_IF_ABSENT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1`;

/** A clinic is one hash at `t:{id}:clinic` (see clinic-record.ts); its id is also in the global clinic index. */
export class RedisClinicStore implements ClinicStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  async create(clinic: Clinic): Promise<boolean> {
    const key = this.guard.key(clinic.id, 'clinic');
    // One script, one key: the profile is written whole or not at all, and never over an existing clinic.
    const created = await this.redis.eval(CREATE_IF_ABSENT, 1, key, ...clinicToHash(clinic).set);
    if (created !== 1) return false;
    // The index lives in another hash slot, so it is a second, idempotent write.
    await this.redis.sadd(GLOBAL_KEYS.clinicIndex, clinic.id);
    return true;
  }

  async get(id: ClinicId): Promise<Clinic | undefined> {
    return clinicFromHash(id, await this.redis.hgetall(this.guard.key(id, 'clinic')));
  }

  async listIds(): Promise<ClinicId[]> {
    this.guard.assertCrossTenant('listing every clinic');
    const ids = await this.redis.smembers(GLOBAL_KEYS.clinicIndex);
    return (ids as ClinicId[]).sort();
  }
}
