import { Conflict, describeActor, type Actor, type AuditLog, type Clock, type EventPublisher, type TenantGuard } from '@frontdesk/shared-kernel';
import { RegisterClinicInputSchema, type ClinicProfile, type RegisterClinicInput, type TenancyEvents } from '../index';
import { validateClinic } from '../domain/clinic';
import type { ClinicStore } from '../ports/clinic-store.port';
import { toProfile } from './catalog-views';

export class RegisterClinic {
  constructor(
    private readonly store: ClinicStore,
    private readonly guard: TenantGuard,
    private readonly clock: Clock,
    private readonly events: EventPublisher<TenancyEvents>,
    private readonly auditLog: AuditLog,
  ) {}

  /** Creates an active clinic and opens its tenant scope for the write. Refuses an id that is taken. */
  async execute(input: RegisterClinicInput, actor: Actor, requestId: string): Promise<ClinicProfile> {
    const parsed = RegisterClinicInputSchema.parse(input);
    const clinic = validateClinic({
      id: parsed.clinicId,
      name: parsed.name,
      timezone: parsed.timezone,
      defaultLanguage: parsed.defaultLanguage,
      currency: parsed.currency,
      status: 'active',
      suspension: null,
      createdAt: this.clock.now(),
    });
    const created = await this.guard.run({ clinicId: clinic.id, actor, requestId }, () => this.store.create(clinic));
    if (!created) throw new Conflict('TENANCY.CLINIC_EXISTS', `A clinic with id ${clinic.id} already exists`);
    const profile = toProfile(clinic);
    await this.auditLog.append({
      actor: describeActor(actor),
      action: 'tenancy.clinic.register',
      target: `clinic:${clinic.id}`,
      clinicId: clinic.id,
      at: clinic.createdAt,
      outcome: 'success',
      requestId,
      changes: { before: null, after: profile },
    });
    await this.events.publish({
      type: 'ClinicRegistered',
      clinicId: clinic.id,
      occurredAt: clinic.createdAt,
      payload: { clinicId: clinic.id, name: clinic.name },
    });
    return profile;
  }
}
