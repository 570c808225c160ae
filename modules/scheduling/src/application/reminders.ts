import { randomUUID } from 'node:crypto';
import {
  clinicId as toClinicId,
  isValidId,
  type ClinicId,
  type Clock,
  type EventBus,
  type EventOf,
  type Logger,
  type TenantGuard,
} from '@frontdesk/shared-kernel';
import type { SchedulingEvents } from '../domain/events';
import type { AppointmentStore } from '../ports/appointment-store.port';
import type { DelayedJob, DelayedJobHandler, DelayedJobs } from '../ports/delayed-jobs.port';
import type { PatientNotifier } from '../ports/patient-notifier.port';
import type { ReminderLedger } from '../ports/reminder-ledger.port';
import type { SchedulingConfigReader } from './scheduling-config';

/** The delayed-job kind of appointment reminders. */
export const REMINDER_JOB_KIND = 'reminder';

const MINUTE = 60_000;
const DAY_SECONDS = 24 * 3_600;

/** The scheduling events the planner reacts to: subscribe `planner.onEvent` to each. */
export const REMINDER_EVENT_TYPES = [
  'AppointmentBooked',
  'AppointmentConfirmed',
  'AppointmentRescheduled',
  'AppointmentCancelled',
  'AppointmentCompleted',
  'AppointmentNoShow',
] as const satisfies readonly (keyof SchedulingEvents)[];

export type SchedulingEvent = EventOf<SchedulingEvents>;

/** A clinic's reminder offsets in minutes before the start (settings `reminderOffsetsMinutes`). */
export type ReminderOffsets = (clinicId: ClinicId) => Promise<readonly number[]>;

/** The offsets from the clinic's scheduling settings (cached by the reader; needs the clinic's tenant scope). */
export function reminderOffsetsFrom(reader: Pick<SchedulingConfigReader, 'get'>): ReminderOffsets {
  return async (clinicId) => (await reader.get(clinicId)).settings.reminderOffsetsMinutes;
}

/** One job per appointment, offset and start: a moved appointment's reminders have new ids. */
export function reminderJobId(clinicId: ClinicId, appointmentId: string, offsetMinutes: number, start: Date): string {
  return `${clinicId}.${appointmentId}.${offsetMinutes}.${start.getTime()}`;
}

export interface ReminderPlannerDeps {
  jobs: DelayedJobs;
  offsets: ReminderOffsets;
  clock: Clock;
}

/**
 * Keeps each appointment's reminder jobs in step with the appointment. It
 * reacts to scheduling events (the composition root subscribes `onEvent` to
 * `REMINDER_EVENT_TYPES`, e.g. with `subscribeReminderPlanner(bus, planner)`):
 *
 * - booked, confirmed: one job per offset at `start - offset`, skipping times
 *   already past. Scheduling an id that exists does nothing, so a confirmation
 *   (or any repeat) re-plans for free and picks up offsets added since.
 * - rescheduled: the jobs of `previousStart` are dropped, the new start planned.
 * - cancelled, completed, no-show: the jobs are dropped.
 *
 * Dropping uses the clinic's current offsets. A job it misses (offsets changed
 * in between, or the job was already running) still sends nothing: the
 * handler re-reads the appointment and checks its state and start.
 */
export class ReminderPlanner {
  constructor(private readonly deps: ReminderPlannerDeps) {}

  readonly onEvent = async (event: SchedulingEvent): Promise<void> => {
    if (!event.clinicId) return;
    const clinic = event.clinicId;
    switch (event.type) {
      case 'AppointmentBooked':
      case 'AppointmentConfirmed':
        await this.plan(clinic, event.payload.appointmentId, new Date(event.payload.start));
        return;
      case 'AppointmentRescheduled':
        await this.drop(clinic, event.payload.appointmentId, new Date(event.payload.previousStart));
        await this.plan(clinic, event.payload.appointmentId, new Date(event.payload.start));
        return;
      case 'AppointmentCancelled':
      case 'AppointmentCompleted':
      case 'AppointmentNoShow':
        await this.drop(clinic, event.payload.appointmentId, new Date(event.payload.start));
        return;
      default:
        return;
    }
  };

  /** Schedules the reminders still ahead; returns how many were asked for. */
  async plan(clinicId: ClinicId, appointmentId: string, start: Date): Promise<number> {
    const now = this.deps.clock.now().getTime();
    const jobs = (await this.deps.offsets(clinicId))
      .map((offset) => ({ offset, runAt: new Date(start.getTime() - offset * MINUTE) }))
      .filter(({ runAt }) => runAt.getTime() > now)
      .map(({ offset, runAt }) => reminderJob(clinicId, appointmentId, offset, start, runAt));
    // Independent jobs: sent together, one round trip of waiting instead of one per reminder.
    await Promise.all(jobs.map((job) => this.deps.jobs.schedule(job)));
    return jobs.length;
  }

  async drop(clinicId: ClinicId, appointmentId: string, start: Date): Promise<void> {
    const offsets = await this.deps.offsets(clinicId);
    await Promise.all(offsets.map((offset) => this.deps.jobs.cancel(REMINDER_JOB_KIND, reminderJobId(clinicId, appointmentId, offset, start))));
  }
}

/**
 * Subscribes the planner to every event in `REMINDER_EVENT_TYPES` on the
 * application's bus (any map that includes the scheduling events); returns
 * one function that unsubscribes them all.
 */
export function subscribeReminderPlanner<M extends SchedulingEvents>(bus: EventBus<M>, planner: ReminderPlanner): () => void {
  const on = planner.onEvent;
  const offs = [
    bus.subscribe('AppointmentBooked', on),
    bus.subscribe('AppointmentConfirmed', on),
    bus.subscribe('AppointmentRescheduled', on),
    bus.subscribe('AppointmentCancelled', on),
    bus.subscribe('AppointmentCompleted', on),
    bus.subscribe('AppointmentNoShow', on),
  ];
  return () => offs.forEach((off) => off());
}

export function reminderJob(clinicId: ClinicId, appointmentId: string, offsetMinutes: number, start: Date, runAt: Date): DelayedJob {
  return {
    kind: REMINDER_JOB_KIND,
    id: reminderJobId(clinicId, appointmentId, offsetMinutes, start),
    runAt,
    data: { clinicId, appointmentId, offsetMinutes: String(offsetMinutes), start: String(start.getTime()) },
  };
}

export interface SendReminderDeps {
  store: AppointmentStore;
  ledger: ReminderLedger;
  notifier: Pick<PatientNotifier, 'sendReminder'>;
  guard: TenantGuard;
  clock: Clock;
  logger: Logger;
}

export type SendReminderOutcome =
  | 'sent'
  | 'invalid_job'
  | 'missing'
  | 'not_active'
  | 'moved'
  | 'started'
  | 'already_sent';

/**
 * The `reminder` job handler. Delivery is at least once and jobs may be
 * duplicated, so it sends only when:
 * 1. the appointment (read again now) is booked or confirmed,
 * 2. it still starts at the job's start, and has not started,
 * 3. this worker wins the claim `t:{clinic}:reminder-sent:<id>:<offset>:<startMs>` (SET NX EX).
 *
 * The claim is taken before sending, so two workers never both send. If the
 * notifier throws (nothing went out) the claim is given back and the job is
 * retried; if the process dies between claim and send, that reminder is lost
 * (at most once after the claim). After sending, the patient's
 * `reminder-last` record names this appointment and version for their reply.
 */
export class SendReminder {
  constructor(private readonly deps: SendReminderDeps) {}

  readonly handle: DelayedJobHandler = async (job) => {
    await this.run(job);
  };

  async run(job: DelayedJob): Promise<SendReminderOutcome> {
    const parsed = parseReminderJob(job);
    if (!parsed) {
      this.deps.logger.error({ event: 'reminder_invalid_job', jobId: job.id }, 'reminder job without valid data: dropped');
      return 'invalid_job';
    }
    const { clinicId, appointmentId, offsetMinutes, start } = parsed;
    return this.deps.guard.run({ clinicId, actor: { kind: 'system', id: 'reminders' }, requestId: `job-${job.id}`.slice(0, 120) }, async () => {
      const now = this.deps.clock.now();
      const appointment = await this.deps.store.get(clinicId, appointmentId, now);
      const skip = (outcome: SendReminderOutcome): SendReminderOutcome => {
        this.deps.logger.debug({ event: 'reminder_skipped', outcome, clinicId, appointmentId, offsetMinutes }, 'reminder not sent');
        return outcome;
      };
      if (!appointment) return skip('missing');
      if (appointment.state !== 'booked' && appointment.state !== 'confirmed') return skip('not_active');
      if (appointment.start.getTime() !== start.getTime()) return skip('moved');
      if (appointment.start.getTime() <= now.getTime()) return skip('started');
      const reminder = { appointmentId, offsetMinutes, start };
      const token = randomUUID();
      const untilStart = (start.getTime() - now.getTime()) / 1_000;
      if (!(await this.deps.ledger.claim(clinicId, reminder, token, untilStart + DAY_SECONDS))) return skip('already_sent');
      try {
        await this.deps.notifier.sendReminder({
          clinicId,
          patientRef: appointment.patientRef,
          appointmentId,
          start: appointment.start.toISOString(),
          offsetMinutes,
          version: appointment.version,
          state: appointment.state,
          doctorId: appointment.doctorId,
          serviceId: appointment.serviceId,
          branchId: appointment.branchId ?? null,
        });
      } catch (error) {
        await this.deps.ledger.release(clinicId, reminder, token);
        throw error;
      }
      // Replies make sense until a little after the start.
      await this.deps.ledger.recordLast(
        clinicId,
        appointment.patientRef,
        { appointmentId, version: appointment.version, start: appointment.start.toISOString(), offsetMinutes, sentAt: now.toISOString() },
        untilStart + 12 * 3_600,
      );
      return 'sent';
    });
  }
}

function parseReminderJob(job: DelayedJob): { clinicId: ClinicId; appointmentId: string; offsetMinutes: number; start: Date } | undefined {
  const { clinicId, appointmentId, offsetMinutes, start } = job.data;
  if (!clinicId || !isValidId(clinicId) || !appointmentId || !isValidId(appointmentId)) return undefined;
  const offset = Number(offsetMinutes);
  const startMs = Number(start);
  if (!Number.isInteger(offset) || offset <= 0 || !Number.isInteger(startMs)) return undefined;
  return { clinicId: toClinicId(clinicId), appointmentId, offsetMinutes: offset, start: new Date(startMs) };
}
