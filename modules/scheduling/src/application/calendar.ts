import { z } from 'zod';
import type { ClinicId, Clock } from '@frontdesk/shared-kernel';
import type { ClinicCatalog } from '@frontdesk/tenancy';
import { occupiesSlot } from '../domain/appointment-state';
import { DAY_MS, zoneTimeline } from '../domain/local-time';
import type { Appointment, AppointmentStore } from '../ports/appointment-store.port';
import { parseInput } from './book-appointment';

export const CalendarQuerySchema = z.object({
  /** First local date shown. */
  from: z.iso.date(),
  /** 1 for a day view, 7 for a week. */
  days: z.number().int().min(1).max(31).default(1),
  doctorId: z.string().min(1).max(64).optional(),
  branchId: z.string().min(1).max(64).optional(),
});
export type CalendarQuery = z.input<typeof CalendarQuerySchema>;

/** Appointments between local midnights in the clinic's zone (DST days are 23 or 25 hours). */
export class ListAppointments {
  constructor(
    private readonly store: AppointmentStore,
    private readonly catalog: ClinicCatalog,
    private readonly clock: Clock,
  ) {}

  async execute(clinicId: ClinicId, raw: CalendarQuery): Promise<{ timezone: string; from: string; to: string; appointments: Appointment[] }> {
    const query = parseInput(CalendarQuerySchema, raw, 'SCHEDULING.INVALID_CALENDAR');
    const { timezone } = await this.catalog.getProfile(clinicId);
    const firstNaive = Date.parse(`${query.from}T00:00:00Z`);
    const lastNaive = firstNaive + query.days * DAY_MS;
    const timeline = zoneTimeline(timezone, firstNaive - DAY_MS, lastNaive + DAY_MS);
    const from = new Date(timeline.startOf(firstNaive));
    const to = new Date(timeline.startOf(lastNaive));
    const range = { from, to, ...(query.doctorId ? { doctorId: query.doctorId } : {}), ...(query.branchId ? { branchId: query.branchId } : {}) };
    const appointments = await this.store.listRange(clinicId, range, this.clock.now());
    return { timezone, from: from.toISOString(), to: to.toISOString(), appointments };
  }

  /** A patient's appointments that are still ahead and still on (held, booked or confirmed). */
  async upcomingFor(clinicId: ClinicId, patientRef: string): Promise<Appointment[]> {
    const now = this.clock.now();
    const all = await this.store.listForPatient(clinicId, patientRef, now);
    return all.filter((a) => a.end.getTime() > now.getTime() && occupiesSlot(a.state));
  }

  /** Everything on file for a patient (staff patient page); with `doctorId`, only that doctor's. */
  async historyOf(clinicId: ClinicId, patientRef: string, doctorId?: string): Promise<Appointment[]> {
    const all = await this.store.listForPatient(clinicId, patientRef, this.clock.now());
    return doctorId === undefined ? all : all.filter((a) => a.doctorId === doctorId);
  }
}
