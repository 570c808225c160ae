import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { PatientLink, PatientLinkStore } from '../../ports/patient-link-store.port';
import { PatientKeys } from './patient-keys';

/** `t:{clinic}:patient-link:<sha256(token)>`: only the hash is stored, and GETDEL makes it single use. */
export class RedisPatientLinkStore implements PatientLinkStore {
  private readonly keys: PatientKeys;

  constructor(
    private readonly redis: RedisClient,
    guard: TenantGuard,
  ) {
    this.keys = new PatientKeys(guard);
  }

  async save(clinicId: ClinicId, tokenHash: string, link: PatientLink, ttlSeconds: number): Promise<void> {
    const value = JSON.stringify({ phone: link.phone, createdBy: link.createdBy, createdAt: link.createdAt.toISOString(), expiresAt: link.expiresAt.toISOString() });
    await this.redis.set(this.keys.link(clinicId, tokenHash), value, 'EX', ttlSeconds);
  }

  async take(clinicId: ClinicId, tokenHash: string): Promise<PatientLink | undefined> {
    const raw = await this.redis.getdel(this.keys.link(clinicId, tokenHash));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { phone: string; createdBy: string; createdAt: string; expiresAt: string };
    return { phone: value.phone, createdBy: value.createdBy, createdAt: new Date(value.createdAt), expiresAt: new Date(value.expiresAt) };
  }
}
