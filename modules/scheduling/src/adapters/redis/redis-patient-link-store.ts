import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { PatientLinkRecord, PatientLinkStore } from '../../ports/patient-link-store.port';

/** `t:{clinic}:appt-link:<sha256 of the token>` -> `<appointmentId>|<version>|<patientRef>`, EX = link lifetime. */
export class RedisPatientLinkStore implements PatientLinkStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  private key(clinicId: ClinicId, tokenHash: string): string {
    return this.guard.key(clinicId, 'appt-link', tokenHash);
  }

  async save(clinicId: ClinicId, tokenHash: string, record: PatientLinkRecord, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.key(clinicId, tokenHash), `${record.appointmentId}|${record.version}|${record.patientRef}`, 'EX', ttlSeconds);
  }

  async peek(clinicId: ClinicId, tokenHash: string): Promise<PatientLinkRecord | undefined> {
    return parse(await this.redis.get(this.key(clinicId, tokenHash)));
  }

  async take(clinicId: ClinicId, tokenHash: string): Promise<PatientLinkRecord | undefined> {
    return parse(await this.redis.getdel(this.key(clinicId, tokenHash)));
  }
}

function parse(value: string | null): PatientLinkRecord | undefined {
  if (!value) return undefined;
  const [appointmentId, version, patientRef] = value.split('|');
  return { appointmentId: appointmentId!, version: Number(version), patientRef: patientRef! };
}
