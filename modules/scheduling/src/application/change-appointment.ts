import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  Conflict,
  Forbidden,
  NotFound,
  PreconditionFailed,
  describeActor,
  type Actor,
  type AuditLog,
  type ClinicId,
  type Clock,
} from '@frontdesk/shared-kernel';
import { transition, type AppointmentState } from '../domain/appointment-state';
import { insideCutoff } from '../domain/scheduling-settings';
import type { Appointment, AppointmentStore, ChangeIdempotency, StateChangeOutcome } from '../ports/appointment-store.port';
import { NO_EVENTS, factsOf, schedulingEvent, type SchedulingEventPublisher } from './appointment-facts';
import { IDEMPOTENCY_TTL_SECONDS, MAX_APPOINTMENT_SPAN_MINUTES, parseInput } from './book-appointment';
import type { BookingPolicy } from './booking-policy';

const MINUTE = 60_000;

export const ChangeAppointmentInputSchema = z.object({
  appointmentId: z.string().min(1).max(64),
  /** Required for cancel and reschedule from every surface; the same key returns the first result. */
  idempotencyKey: z.string().min(8).max(200).optional(),
  reason: z.string().trim().max(200).optional(),
  /** Staff only: act inside the clinic's cutoff anyway (audited). */
  overrideCutoff: z.boolean().optional(),
});
export type ChangeAppointmentInput = z.infer<typeof ChangeAppointmentInputSchema>;

export const RescheduleInputSchema = ChangeAppointmentInputSchema.extend({
  start: z.iso.datetime({ offset: true }),
  doctorId: z.string().min(2).max(64).optional(),
  branchId: z.string().min(2).max(64).optional(),
  idempotencyKey: z.string().min(8).max(200),
});
export type RescheduleInput = z.infer<typeof RescheduleInputSchema>;

/** Who may see and change which appointment, beyond the role's permission. */
export interface ChangeScope {
  actor: Actor;
  requestId: string;
  /** Patients and the AI act only on this patient's appointments; others get NotFound. */
  patientRef?: string;
  /** A patient link: the appointment must still be at this version. */
  expectedVersion?: number;
  /** A doctor's account acts only on that doctor's appointments; others get NotFound. */
  doctorId?: string;
}

/** Counts no-shows on the patient record (once per appointment). */
export interface NoShowRecorder {
  recordNoShow(clinicId: ClinicId, noShow: { patientRef: string; appointmentId: string }, actor: Actor, requestId: string): Promise<void>;
}

export interface ChangeAppointmentDeps {
  store: AppointmentStore;
  policy: BookingPolicy;
  clock: Clock;
  audit: AuditLog;
  events?: SchedulingEventPublisher;
  noShows?: NoShowRecorder;
  /** The clinic's cutoffs (hours); from the scheduling settings. */
  cutoffs(clinicId: ClinicId): Promise<{ cancelHours: number; rescheduleHours: number }>;
}

export interface ChangeResult {
  appointment: Appointment;
  /** False when nothing was written: already in that state, or an idempotent replay. */
  changed: boolean;
}

type Verb = 'cancel' | 'confirm' | 'complete' | 'no_show' | 'accept' | 'decline' | 'take_up_hold';

interface Plan {
  to: AppointmentState;
  releaseSlot: boolean;
  takeUpHold?: boolean;
  /** The state that, when already stored, makes the change a no-op. */
  done: (a: Appointment) => boolean;
  cutoff?: 'cancel';
  staffOnly?: boolean;
  /** Only holds of this purpose. */
  holdPurpose?: string;
}

const PLANS: Record<Verb, Plan> = {
  cancel: { to: 'cancelled', releaseSlot: true, done: (a) => a.state === 'cancelled', cutoff: 'cancel' },
  confirm: { to: 'confirmed', releaseSlot: false, done: (a) => a.state === 'confirmed' },
  complete: { to: 'completed', releaseSlot: false, done: (a) => a.state === 'completed', staffOnly: true },
  no_show: { to: 'no_show', releaseSlot: false, done: (a) => a.state === 'no_show', staffOnly: true },
  accept: { to: 'booked', releaseSlot: false, takeUpHold: true, done: () => false, staffOnly: true, holdPurpose: 'approval' },
  decline: { to: 'cancelled', releaseSlot: true, done: (a) => a.state === 'cancelled', staffOnly: true, holdPurpose: 'approval' },
  take_up_hold: { to: 'booked', releaseSlot: false, takeUpHold: true, done: () => false },
};

const EVENT_OF: Partial<Record<AppointmentState, 'AppointmentBooked' | 'AppointmentConfirmed' | 'AppointmentCompleted' | 'AppointmentNoShow'>> = {
  booked: 'AppointmentBooked',
  confirmed: 'AppointmentConfirmed',
  completed: 'AppointmentCompleted',
  no_show: 'AppointmentNoShow',
};

const fingerprintOf = (parts: unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

/**
 * Every change to an existing appointment: state changes, taking up holds and
 * moves. Each one is a compare-and-set in Redis (re-read and retried on a
 * concurrent change), honours the clinic's cutoffs for patients and the AI,
 * is audited when staff act, and announces itself with a domain event.
 */
export class ChangeAppointment {
  constructor(private readonly deps: ChangeAppointmentDeps) {}

  cancel(clinicId: ClinicId, scope: ChangeScope, input: ChangeAppointmentInput): Promise<ChangeResult> {
    return this.change('cancel', clinicId, scope, input);
  }
  confirm(clinicId: ClinicId, scope: ChangeScope, input: ChangeAppointmentInput): Promise<ChangeResult> {
    return this.change('confirm', clinicId, scope, input);
  }
  complete(clinicId: ClinicId, scope: ChangeScope, input: ChangeAppointmentInput): Promise<ChangeResult> {
    return this.change('complete', clinicId, scope, input);
  }
  markNoShow(clinicId: ClinicId, scope: ChangeScope, input: ChangeAppointmentInput): Promise<ChangeResult> {
    return this.change('no_show', clinicId, scope, input);
  }
  /** A receptionist accepts a request for a service that needs approval: the hold becomes a booking. */
  acceptRequest(clinicId: ClinicId, scope: ChangeScope, input: ChangeAppointmentInput): Promise<ChangeResult> {
    return this.change('accept', clinicId, scope, input);
  }
  declineRequest(clinicId: ClinicId, scope: ChangeScope, input: ChangeAppointmentInput): Promise<ChangeResult> {
    return this.change('decline', clinicId, scope, input);
  }
  /** A deposit was paid, or a patient accepted a waitlist offer or a held slot: the live hold becomes a booking. */
  takeUpHold(clinicId: ClinicId, scope: ChangeScope, input: ChangeAppointmentInput): Promise<ChangeResult> {
    return this.change('take_up_hold', clinicId, scope, input);
  }

  /**
   * The job at a hold's end: a hold that lapsed untaken is stored as cancelled
   * (reads already show it so) and announced, so the waitlist can offer the
   * time. Anything else (taken up, cancelled, moved) is left alone.
   */
  async expireLapsedHold(clinicId: ClinicId, appointmentId: string): Promise<boolean> {
    const now = this.deps.clock.now();
    const current = await this.deps.store.get(clinicId, appointmentId, now);
    if (!current || current.state !== 'cancelled' || current.changeReason !== 'hold_expired') return false;
    const outcome = await this.deps.store.changeState(current, { to: 'cancelled', at: current.changedAt ?? now, reason: 'hold_expired', releaseSlot: true, now });
    if (outcome.outcome !== 'changed') return false;
    const system: Actor = { kind: 'system', id: 'hold-expiry' };
    await (this.deps.events ?? NO_EVENTS).publish(
      schedulingEvent('AppointmentCancelled', outcome.appointment, { ...factsOf(outcome.appointment, system), reason: 'hold_expired', previousState: 'held' }, now),
    );
    return true;
  }

  /** Loads an appointment the scope may see; NotFound otherwise (another patient's id reveals nothing). */
  async load(clinicId: ClinicId, scope: Pick<ChangeScope, 'patientRef' | 'doctorId'>, appointmentId: string): Promise<Appointment> {
    const appointment = await this.deps.store.get(clinicId, appointmentId, this.deps.clock.now());
    if (
      !appointment ||
      (scope.patientRef !== undefined && appointment.patientRef !== scope.patientRef) ||
      (scope.doctorId !== undefined && appointment.doctorId !== scope.doctorId)
    ) {
      throw new NotFound('SCHEDULING.APPOINTMENT_NOT_FOUND', 'No such appointment');
    }
    return appointment;
  }

  private async change(verb: Verb, clinicId: ClinicId, scope: ChangeScope, raw: ChangeAppointmentInput): Promise<ChangeResult> {
    const input = parseInput(ChangeAppointmentInputSchema, raw, 'SCHEDULING.INVALID_CHANGE');
    const plan = PLANS[verb];
    const staff = scope.actor.kind === 'staff';
    if (plan.staffOnly && !staff) throw new Forbidden('Only clinic staff can do this', 'SCHEDULING.STAFF_ONLY');
    const reason = input.reason || (verb === 'cancel' ? 'cancelled' : verb);
    const idempotency: ChangeIdempotency | undefined = input.idempotencyKey
      ? { key: input.idempotencyKey, ttlSeconds: IDEMPOTENCY_TTL_SECONDS, fingerprint: fingerprintOf([verb, input.appointmentId]) }
      : undefined;
    for (let round = 0; round < 3; round++) {
      const now = this.deps.clock.now();
      const current = await this.load(clinicId, scope, input.appointmentId);
      if (scope.expectedVersion !== undefined && current.version !== scope.expectedVersion) throw staleLink();
      if (plan.done(current)) return { appointment: current, changed: false };
      if (plan.holdPurpose && current.holdPurpose !== plan.holdPurpose) {
        throw new Conflict('SCHEDULING.NOT_A_REQUEST', 'This appointment is not waiting for approval');
      }
      if (plan.takeUpHold && current.state !== 'held') {
        throw new Conflict(current.state === 'cancelled' ? 'SCHEDULING.HOLD_EXPIRED' : 'SCHEDULING.NOT_HELD', current.state === 'cancelled' ? 'The hold on this time has ended' : 'This appointment is not on hold');
      }
      const to = transition(current.state, plan.to);
      if (plan.cutoff) await this.checkCutoff(clinicId, scope, input, current, 'cancel', now);
      const outcome = await this.deps.store.changeState(current, {
        to,
        at: now,
        reason,
        releaseSlot: plan.releaseSlot,
        takeUpHold: plan.takeUpHold ?? false,
        ...(scope.expectedVersion !== undefined ? { expectedVersion: scope.expectedVersion } : {}),
        ...(idempotency ? { idempotency } : {}),
        now,
      });
      const settled = this.settle(outcome, scope);
      if (!settled) continue;
      if (settled.changed) await this.announce(verb, clinicId, scope, current, settled.appointment, reason, now);
      return settled;
    }
    throw new Conflict('SCHEDULING.CONCURRENT_CHANGE', 'The appointment kept changing; try again');
  }

  /** Moves a booked or confirmed appointment to a new time (and maybe another doctor or branch). */
  async reschedule(clinicId: ClinicId, scope: ChangeScope, raw: RescheduleInput): Promise<ChangeResult> {
    const input = parseInput(RescheduleInputSchema, raw, 'SCHEDULING.INVALID_CHANGE');
    const start = new Date(input.start);
    const fingerprint = fingerprintOf(['move', input.appointmentId, start.getTime(), input.doctorId ?? '', input.branchId ?? '']);
    for (let round = 0; round < 3; round++) {
      const now = this.deps.clock.now();
      const current = await this.load(clinicId, scope, input.appointmentId);
      if (scope.expectedVersion !== undefined && current.version !== scope.expectedVersion) throw staleLink();
      if (current.state !== 'booked' && current.state !== 'confirmed') {
        throw new Conflict('SCHEDULING.CANNOT_MOVE', `A ${current.state.replace('_', '-')} appointment cannot be moved`, { state: current.state });
      }
      await this.checkCutoff(clinicId, scope, input, current, 'reschedule', now);
      const doctorId = input.doctorId ?? current.doctorId;
      const admission = await this.deps.policy.admit(clinicId, {
        doctorId,
        serviceId: current.serviceId,
        branchId: input.branchId ?? (doctorId === current.doctorId ? current.branchId : undefined),
        start,
        actor: scope.actor,
        now,
      });
      const outcome = await this.deps.store.move(current, {
        start,
        end: new Date(start.getTime() + admission.durationMinutes * MINUTE),
        busyUntil: new Date(start.getTime() + (admission.durationMinutes + admission.bufferMinutes) * MINUTE),
        doctorId,
        branchId: admission.branchId,
        // A moved appointment needs confirming again.
        state: current.state === 'confirmed' ? transition('confirmed', 'booked') : current.state,
        at: now,
        reason: input.reason || 'rescheduled',
        maxSpanMs: MAX_APPOINTMENT_SPAN_MINUTES * MINUTE,
        idempotency: { key: input.idempotencyKey, ttlSeconds: IDEMPOTENCY_TTL_SECONDS, fingerprint },
        now,
      });
      if (outcome.outcome === 'taken') {
        throw new Conflict('SCHEDULING.SLOT_TAKEN', 'This time is no longer free for this doctor', { doctorId, start: start.toISOString() });
      }
      const settled = this.settle(outcome, scope);
      if (!settled) continue;
      if (settled.changed) {
        const moved = settled.appointment;
        await this.auditStaff(clinicId, scope, 'scheduling.appointment.reschedule', moved, now, `from ${current.start.toISOString()}`);
        await (this.deps.events ?? NO_EVENTS).publish(
          schedulingEvent('AppointmentRescheduled', moved, { ...factsOf(moved, scope.actor), previousStart: current.start.toISOString(), previousDoctorId: current.doctorId, previousBranchId: current.branchId ?? null }, now),
        );
      }
      return settled;
    }
    throw new Conflict('SCHEDULING.CONCURRENT_CHANGE', 'The appointment kept changing; try again');
  }

  /** undefined: stale, read again. */
  private settle(outcome: StateChangeOutcome, scope: ChangeScope): ChangeResult | undefined {
    switch (outcome.outcome) {
      case 'changed':
        return { appointment: outcome.appointment, changed: true };
      case 'replay':
        return { appointment: outcome.appointment, changed: false };
      case 'missing':
        throw new NotFound('SCHEDULING.APPOINTMENT_NOT_FOUND', 'No such appointment');
      case 'expired':
        throw new Conflict('SCHEDULING.HOLD_EXPIRED', 'The hold on this time has ended');
      case 'stale':
        if (scope.expectedVersion !== undefined) throw staleLink();
        return undefined;
    }
  }

  private async checkCutoff(
    clinicId: ClinicId,
    scope: ChangeScope,
    input: { overrideCutoff?: boolean | undefined },
    appointment: Appointment,
    kind: 'cancel' | 'reschedule',
    now: Date,
  ): Promise<void> {
    if (appointment.state === 'held') return; // a hold is not a commitment yet
    const cutoffs = await this.deps.cutoffs(clinicId);
    const hours = kind === 'cancel' ? cutoffs.cancelHours : cutoffs.rescheduleHours;
    if (!insideCutoff(appointment.start, now, hours)) return;
    const verb = kind === 'cancel' ? 'cancelled' : 'moved';
    if (scope.actor.kind !== 'staff') {
      throw new PreconditionFailed(
        'SCHEDULING.INSIDE_CUTOFF',
        `Appointments can't be ${verb} online less than ${hours} hours before they start. Please contact the clinic.`,
      );
    }
    if (!input.overrideCutoff) {
      throw new PreconditionFailed(
        'SCHEDULING.CUTOFF_OVERRIDE_REQUIRED',
        `This is within the clinic's ${hours}-hour cutoff. Confirm that you are overriding it.`,
      );
    }
    await this.deps.audit.append({
      actor: describeActor(scope.actor),
      action: 'scheduling.cutoff_override',
      target: `appointment:${appointment.id}`,
      clinicId,
      at: now,
      outcome: 'success',
      requestId: scope.requestId,
      detail: `${kind} ${Math.max(0, Math.round((appointment.start.getTime() - now.getTime()) / MINUTE))} min before the start (cutoff ${hours} h)`,
    });
  }

  private async announce(verb: Verb, clinicId: ClinicId, scope: ChangeScope, before: Appointment, after: Appointment, reason: string, now: Date) {
    await this.auditStaff(clinicId, scope, `scheduling.appointment.${verb}`, after, now, reason);
    if (verb === 'no_show') await this.deps.noShows?.recordNoShow(clinicId, { patientRef: after.patientRef, appointmentId: after.id }, scope.actor, scope.requestId);
    const events = this.deps.events ?? NO_EVENTS;
    const facts = factsOf(after, scope.actor);
    if (after.state === 'cancelled') {
      await events.publish(schedulingEvent('AppointmentCancelled', after, { ...facts, reason, previousState: before.state }, now));
      return;
    }
    const type = EVENT_OF[after.state];
    if (type) await events.publish(schedulingEvent(type, after, facts, now));
  }

  private async auditStaff(clinicId: ClinicId, scope: ChangeScope, action: string, appointment: Appointment, now: Date, detail: string) {
    if (scope.actor.kind !== 'staff') return;
    await this.deps.audit.append({
      actor: describeActor(scope.actor),
      action,
      target: `appointment:${appointment.id}`,
      clinicId,
      at: now,
      outcome: 'success',
      requestId: scope.requestId,
      detail: detail.slice(0, 200),
    });
  }
}

function staleLink(): Conflict {
  return new Conflict('SCHEDULING.LINK_EXPIRED', 'This link is no longer valid: the appointment has changed since it was sent');
}

