import { NotFound, type Actor, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import type { ClinicCatalog } from '@frontdesk/tenancy';
import { searchSlots, type BusyInterval, type Slot } from '../domain/slot-search';
import type { AppointmentStore } from '../ports/appointment-store.port';
import { MAX_APPOINTMENT_SPAN_MINUTES, parseInput } from './book-appointment';
import type { SchedulingConfigReader } from './scheduling-config';
import { SlotQuerySchema, type SlotQuery } from './slot-query';

const DAY = 86_400_000;

export interface FindSlotsDeps {
  store: AppointmentStore;
  catalog: ClinicCatalog;
  config: SchedulingConfigReader;
  clock: Clock;
}

/** Free start times for a service, in the clinic's time zone, from its catalog, hours and bookings. */
export class FindSlots {
  constructor(private readonly deps: FindSlotsDeps) {}

  async execute(clinicId: ClinicId, raw: SlotQuery, actor: Actor): Promise<Slot[]> {
    const query = parseInput(SlotQuerySchema, raw, 'SCHEDULING.INVALID_SEARCH');
    const now = this.deps.clock.now();
    const [catalog, config] = await Promise.all([this.deps.catalog.getCatalog(clinicId), this.deps.config.get(clinicId)]);
    const service = catalog.services.find((s) => s.id === query.serviceId);
    if (!service) throw new NotFound('SCHEDULING.UNKNOWN_SERVICE', `No service ${query.serviceId} in this clinic`);
    // Doctors of the catalog with saved hours, limited to the branches the catalog says they work at.
    const doctors = catalog.doctors
      .filter((d) => (!query.doctorId || d.id === query.doctorId) && config.doctors[d.id])
      .map((d) => {
        const availability = config.doctors[d.id]!;
        return {
          ...availability,
          branches: availability.branches.filter((b) => d.branchIds.includes(b.branchId)),
          exceptions: (availability.exceptions ?? []).filter((e) => e.kind !== 'extra' || d.branchIds.includes(e.branchId)),
        };
      });
    // Local dates as UTC bounds with a day either side: no zone is more than 14 h from UTC.
    const from = new Date(Date.parse(`${query.from}T00:00:00Z`) - DAY);
    const to = new Date(Date.parse(`${query.to}T00:00:00Z`) + 2 * DAY);
    const busy: BusyInterval[] = [];
    await Promise.all(
      doctors.map(async (doctor) => {
        const times = await this.deps.store.busyBetween(clinicId, doctor.id, from, to, MAX_APPOINTMENT_SPAN_MINUTES * 60_000, now);
        for (const time of times) busy.push({ doctorId: doctor.id, start: time.start, end: time.busyUntil });
      }),
    );
    const staff = actor.kind === 'staff';
    return searchSlots({
      timezone: catalog.profile.timezone,
      service: { durationMinutes: service.durationMinutes, bufferMinutes: service.bufferMinutes },
      doctors,
      holidays: config.holidays,
      busy,
      from: query.from,
      to: query.to,
      now,
      minimumNoticeMinutes: staff ? 0 : config.settings.minimumNoticeMinutes,
      horizonDays: staff ? 366 : config.settings.horizonDays,
      ...(query.doctorId ? { doctorId: query.doctorId } : {}),
      ...(query.branchId ? { branchId: query.branchId } : {}),
      limit: query.limit ?? 200,
    });
  }
}
