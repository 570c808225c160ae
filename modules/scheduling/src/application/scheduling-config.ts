import { Conflict, InvalidInput, describeActor, isValidId, type Actor, type AuditLog, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import type { ClinicCatalog } from '@frontdesk/tenancy';
import { compileDoctor, compileHolidays, type DoctorAvailability, type Holiday } from '../domain/availability';
import { validateSchedulingSettings, type SchedulingSettings } from '../domain/scheduling-settings';
import type { SchedulingConfig, SchedulingConfigStore } from '../ports/scheduling-config.port';

/**
 * Reads a clinic's scheduling setup with a short in-process cache: every slot
 * search and booking needs it, edits are rare. An edit in this process is seen
 * at once; other processes see it within `ttlMs`.
 */
export class SchedulingConfigReader {
  private readonly cache = new Map<ClinicId, { config: SchedulingConfig; until: number }>();

  constructor(
    private readonly store: SchedulingConfigStore,
    private readonly clock: Clock,
    private readonly ttlMs = 1_000,
  ) {}

  async get(clinicId: ClinicId): Promise<SchedulingConfig> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(clinicId);
    if (hit && hit.until > now) return hit.config;
    const config = await this.store.get(clinicId);
    if (this.cache.size > 5_000) this.cache.clear();
    this.cache.set(clinicId, { config, until: now + this.ttlMs });
    return config;
  }

  forget(clinicId: ClinicId): void {
    this.cache.delete(clinicId);
  }
}

export interface EditSchedulingConfigDeps {
  store: SchedulingConfigStore;
  reader: SchedulingConfigReader;
  catalog: ClinicCatalog;
  audit: AuditLog;
  clock: Clock;
}

/** Owners' edits of booking rules, doctors' hours and holidays: validated, compare-and-set, audited. */
export class EditSchedulingConfig {
  constructor(private readonly deps: EditSchedulingConfigDeps) {}

  updateSettings(clinicId: ClinicId, actor: Actor, requestId: string, patch: Partial<SchedulingSettings>): Promise<SchedulingConfig> {
    return this.edit(clinicId, actor, requestId, 'scheduling.settings.update', 'scheduling:settings', async (config) => {
      const settings = validateSchedulingSettings({ ...config.settings, ...patch });
      const catalog = await this.deps.catalog.getCatalog(clinicId);
      const unknown = settings.approvalServiceIds.find((id) => !catalog.services.some((s) => s.id === id));
      if (unknown) throw new InvalidInput('SCHEDULING.UNKNOWN_SERVICE', `No service ${unknown} in this clinic`, { field: 'approvalServiceIds' });
      return { ...config, settings };
    });
  }

  setDoctorAvailability(clinicId: ClinicId, actor: Actor, requestId: string, availability: DoctorAvailability): Promise<SchedulingConfig> {
    return this.edit(clinicId, actor, requestId, 'scheduling.availability.update', `doctor:${availability.id}`, async (config) => {
      compileDoctor(availability, 'availability');
      const catalog = await this.deps.catalog.getCatalog(clinicId);
      const doctor = catalog.doctors.find((d) => d.id === availability.id);
      if (!doctor) throw new InvalidInput('SCHEDULING.UNKNOWN_DOCTOR', `No doctor ${availability.id} in this clinic`, { field: 'id' });
      availability.branches.forEach((b, i) => {
        if (!doctor.branchIds.includes(b.branchId)) {
          throw new InvalidInput('SCHEDULING.UNKNOWN_BRANCH', `${doctor.name} does not work at branch ${b.branchId}`, {
            field: `branches.${i}.branchId`,
          });
        }
      });
      for (const [i, e] of (availability.exceptions ?? []).entries()) {
        if (e.kind === 'extra' && !doctor.branchIds.includes(e.branchId)) {
          throw new InvalidInput('SCHEDULING.UNKNOWN_BRANCH', `${doctor.name} does not work at branch ${e.branchId}`, {
            field: `exceptions.${i}.branchId`,
          });
        }
      }
      return { ...config, doctors: { ...config.doctors, [availability.id]: availability } };
    });
  }

  setHolidays(clinicId: ClinicId, actor: Actor, requestId: string, holidays: Holiday[]): Promise<SchedulingConfig> {
    return this.edit(clinicId, actor, requestId, 'scheduling.holidays.update', 'scheduling:holidays', async (config) => {
      compileHolidays(holidays, 'holidays');
      const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
      return { ...config, holidays: sorted };
    });
  }

  /** Says which doctor entry a staff account is (or none): owners only, audited. */
  linkStaffToDoctor(clinicId: ClinicId, actor: Actor, requestId: string, link: { userId: string; doctorId: string | null }): Promise<SchedulingConfig> {
    return this.edit(clinicId, actor, requestId, 'scheduling.staff_doctor.update', `user:${link.userId}`, async (config) => {
      if (!isValidId(link.userId)) throw new InvalidInput('SCHEDULING.INVALID_USER', 'Not a staff account id', { field: 'userId' });
      const staffDoctors = { ...config.staffDoctors };
      if (link.doctorId === null) {
        delete staffDoctors[link.userId];
      } else {
        const catalog = await this.deps.catalog.getCatalog(clinicId);
        if (!catalog.doctors.some((d) => d.id === link.doctorId)) {
          throw new InvalidInput('SCHEDULING.UNKNOWN_DOCTOR', `No doctor ${link.doctorId} in this clinic`, { field: 'doctorId' });
        }
        staffDoctors[link.userId] = link.doctorId;
      }
      return { ...config, staffDoctors };
    });
  }

  private async edit(
    clinicId: ClinicId,
    actor: Actor,
    requestId: string,
    action: string,
    target: string,
    change: (config: SchedulingConfig) => Promise<SchedulingConfig>,
  ): Promise<SchedulingConfig> {
    for (let round = 0; round < 3; round++) {
      const before = await this.deps.store.get(clinicId);
      const saved = await this.deps.store.save(clinicId, await change(before));
      if (!saved) continue;
      this.deps.reader.forget(clinicId);
      await this.deps.audit.append({
        actor: describeActor(actor),
        action,
        target,
        clinicId,
        at: this.deps.clock.now(),
        outcome: 'success',
        requestId,
        changes: { before: pick(before, target), after: pick(saved, target) },
      });
      return saved;
    }
    throw new Conflict('SCHEDULING.CONCURRENT_CHANGE', 'Someone else changed the schedule at the same time; reload and try again');
  }
}

function pick(config: SchedulingConfig, target: string): unknown {
  if (target === 'scheduling:settings') return config.settings;
  if (target === 'scheduling:holidays') return config.holidays;
  if (target.startsWith('user:')) return config.staffDoctors[target.slice('user:'.length)] ?? null;
  return config.doctors[target.slice('doctor:'.length)] ?? null;
}
