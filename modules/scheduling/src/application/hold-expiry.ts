import { clinicId as toClinicId, isValidId, type DomainEvent, type TenantGuard } from '@frontdesk/shared-kernel';
import type { SchedulingEvents } from '../domain/events';
import type { DelayedJob, DelayedJobHandler, DelayedJobs } from '../ports/delayed-jobs.port';
import type { ChangeAppointment } from './change-appointment';

export const HOLD_EXPIRY_JOB_KIND = 'hold-expiry';

/**
 * Makes a hold's end an event. Reads already treat a lapsed hold as cancelled,
 * but nobody would hear of it: a job at `holdUntil` stores the lapse and
 * publishes AppointmentCancelled (reason hold_expired), which frees the time
 * for the waitlist. A hold that was taken up or cancelled first is left alone.
 */
export class HoldExpiry {
  constructor(
    private readonly deps: { jobs: DelayedJobs; changes: ChangeAppointment; guard: TenantGuard },
  ) {}

  readonly onHeld = async (event: DomainEvent<'AppointmentHeld', SchedulingEvents['AppointmentHeld']>): Promise<void> => {
    const { clinicId } = event;
    if (!clinicId) return;
    await this.deps.jobs.schedule({
      kind: HOLD_EXPIRY_JOB_KIND,
      id: `${clinicId}.${event.payload.appointmentId}`,
      runAt: new Date(event.payload.holdUntil),
      data: { clinicId, appointmentId: event.payload.appointmentId },
    });
  };

  readonly handle: DelayedJobHandler = async (job: DelayedJob) => {
    const { clinicId, appointmentId } = job.data;
    if (!clinicId || !appointmentId || !isValidId(clinicId)) return;
    const clinic = toClinicId(clinicId);
    await this.deps.guard.run({ clinicId: clinic, actor: { kind: 'system', id: 'hold-expiry' }, requestId: `job-${job.id}`.slice(0, 120) }, () =>
      this.deps.changes.expireLapsedHold(clinic, appointmentId),
    );
  };
}
