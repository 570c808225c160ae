import { z } from 'zod';
import {
  Conflict,
  DomainError,
  Forbidden,
  InvalidInput,
  NotFound,
  describeActor,
  isValidId,
  type Actor,
  type AuditLog,
  type ClinicId,
  type Clock,
  type DomainEvent,
  type EventBus,
  type IdGenerator,
  type TenantGuard,
} from '@frontdesk/shared-kernel';
import type { ClinicCatalog } from '@frontdesk/tenancy';
import { transition } from '../domain/appointment-state';
import type { SchedulingEvents } from '../domain/events';
import {
  WAITLIST_MAX_PER_SERVICE,
  changeWaitlist,
  localDateOf,
  matchesFreedSlot,
  rangePassed,
  validateWaitlistCriteria,
  type WaitlistEntry,
  type WaitlistOffer,
  type WaitlistStatus,
} from '../domain/waitlist';
import type { Appointment, AppointmentStore } from '../ports/appointment-store.port';
import type { DelayedJob, DelayedJobHandler, DelayedJobs } from '../ports/delayed-jobs.port';
import type { WaitlistStore } from '../ports/waitlist-store.port';
import { NO_EVENTS, factsOf, schedulingEvent, type SchedulingEventPublisher } from './appointment-facts';
import { MAX_APPOINTMENT_SPAN_MINUTES, PatientRefSchema, parseInput, type BookAppointment } from './book-appointment';
import type { ChangeAppointment } from './change-appointment';
import type { SchedulingConfigReader } from './scheduling-config';

const MINUTE = 60_000;
/** The delayed job that ends an offer nobody took up. */
export const WAITLIST_OFFER_EXPIRY_JOB = 'waitlist-offer-expiry';
/** Who makes offers and ends them: the clinic's rules, not a person. */
export const WAITLIST_ACTOR: Actor = { kind: 'system', id: 'waitlist' };
const WAITLIST_BY = describeActor(WAITLIST_ACTOR);
/** How long one offer attempt keeps an entry to itself (a crashed attempt frees it after this). */
const CLAIM_LEASE_MS = 60_000;
/** How long one walk keeps a freed slot to itself (a safety net; the walk unlocks when done). */
const SLOT_LOCK_MS = 60_000;
/** A booking refused for these reasons would be refused for every entry: stop walking. */
const STOP_CODES = new Set(['SCHEDULING.NOT_BOOKABLE_PAST', 'SCHEDULING.NOT_BOOKABLE_NOTICE', 'SCHEDULING.NOT_BOOKABLE_HORIZON']);
const INVALID = 'SCHEDULING.INVALID_WAITLIST';

const entityId = z.string({ error: 'must be an id' }).refine(isValidId, 'lowercase letters, digits, _ and -, 2-64 characters');

export const JoinWaitlistInputSchema = z.object({
  /** Staff name the patient; patients and the AI join for the patient of their scope. */
  patientRef: PatientRefSchema.optional(),
  serviceId: entityId,
  doctorId: entityId.optional(),
  branchId: entityId.optional(),
  /** Clinic-local dates, YYYY-MM-DD, both inclusive (the domain checks them). */
  fromDate: z.string({ error: 'must be a date YYYY-MM-DD' }).max(10, 'must be a date YYYY-MM-DD'),
  toDate: z.string({ error: 'must be a date YYYY-MM-DD' }).max(10, 'must be a date YYYY-MM-DD'),
});
export type JoinWaitlistInput = z.infer<typeof JoinWaitlistInputSchema>;

export const WaitlistEntryInputSchema = z.object({ entryId: entityId });
export type WaitlistEntryInput = z.infer<typeof WaitlistEntryInputSchema>;

export const ListWaitlistInputSchema = z.object({ serviceId: entityId });
export type ListWaitlistInput = z.infer<typeof ListWaitlistInputSchema>;

/** Who acts. Patients and the AI act only for `patientRef` (required for them); staff for anyone. */
export interface WaitlistScope {
  actor: Actor;
  requestId: string;
  patientRef?: string;
}

/** A slot that just became free. */
export interface SlotToOffer {
  doctorId: string;
  branchId?: string | undefined;
  start: Date;
}

export type SlotOfferResult =
  | { outcome: 'offered'; entry: WaitlistEntry; appointment: Appointment }
  /** Nobody on the waitlist matched or could take it (or it is too soon, past, or too far ahead). */
  | { outcome: 'none' }
  /** The slot is not free (any more): something live covers its start. */
  | { outcome: 'taken' }
  /** Another walk is offering this slot right now. */
  | { outcome: 'busy' };

export type AppointmentCancelledEvent = DomainEvent<'AppointmentCancelled', SchedulingEvents['AppointmentCancelled']>;
export type AppointmentRescheduledEvent = DomainEvent<'AppointmentRescheduled', SchedulingEvents['AppointmentRescheduled']>;

export interface WaitlistEntryResult {
  entry: WaitlistEntry;
  /** False when nothing was written (already so, or an existing entry returned). */
  changed: boolean;
}

export function offerExpiryJobId(clinicId: ClinicId, entryId: string, appointmentId: string): string {
  // Ids are [a-z0-9_-]: the dots keep the parts apart (queue job ids may not contain ':').
  return `${clinicId}.${entryId}.${appointmentId}`;
}

function entryNotFound(): NotFound {
  return new NotFound('SCHEDULING.WAITLIST_ENTRY_NOT_FOUND', 'No such waitlist entry');
}

function offerExpired(): Conflict {
  return new Conflict('SCHEDULING.OFFER_EXPIRED', 'This offer has ended and the time was released; join the waitlist again to wait for another time');
}

/** The patient the scope may act for: its own for patients and the AI, any (or none) for staff. */
function patientOfScope(scope: WaitlistScope): string | undefined {
  if (scope.actor.kind === 'staff') return scope.patientRef;
  if (!scope.patientRef) throw new Forbidden('Only the patient or clinic staff can do this', 'SCHEDULING.PATIENT_SCOPE_REQUIRED');
  return scope.patientRef;
}

/** An entry the scope may see; NotFound otherwise (another patient's id reveals nothing). */
async function loadEntry(store: WaitlistStore, clinicId: ClinicId, scope: WaitlistScope, entryId: string): Promise<WaitlistEntry> {
  const patientRef = patientOfScope(scope);
  const entry = await store.get(clinicId, entryId);
  if (!entry || (patientRef !== undefined && entry.patientRef !== patientRef)) throw entryNotFound();
  return entry;
}

async function auditStaff(audit: AuditLog, clinicId: ClinicId, scope: WaitlistScope, action: string, entry: WaitlistEntry, at: Date) {
  if (scope.actor.kind !== 'staff') return;
  await audit.append({
    actor: describeActor(scope.actor),
    action,
    target: `waitlist:${entry.id}`,
    clinicId,
    at,
    outcome: 'success',
    requestId: scope.requestId,
    detail: `service ${entry.serviceId}`,
  });
}

export interface JoinWaitlistDeps {
  store: WaitlistStore;
  catalog: ClinicCatalog;
  config: SchedulingConfigReader;
  ids: IdGenerator;
  clock: Clock;
  audit: AuditLog;
}

/**
 * A patient joins the waitlist for a service, maybe one doctor and branch,
 * between two clinic-local dates. Joining again for the same service while an
 * entry is active returns that entry (`changed: false`) and keeps its place;
 * to change the criteria, leave and join again (at the back).
 */
export class JoinWaitlist {
  constructor(private readonly deps: JoinWaitlistDeps) {}

  async execute(clinicId: ClinicId, scope: WaitlistScope, raw: JoinWaitlistInput): Promise<WaitlistEntryResult> {
    const input = parseInput(JoinWaitlistInputSchema, raw, INVALID);
    const own = patientOfScope(scope);
    if (own !== undefined && input.patientRef !== undefined && input.patientRef !== own) {
      throw new Forbidden('You can only join the waitlist for yourself', 'SCHEDULING.PATIENT_SCOPE_REQUIRED');
    }
    const patientRef = own ?? input.patientRef;
    if (!patientRef) throw new InvalidInput(INVALID, 'Choose the patient who waits', { field: 'patientRef' });
    const now = this.deps.clock.now();
    const [catalog, config] = await Promise.all([this.deps.catalog.getCatalog(clinicId), this.deps.config.get(clinicId)]);
    const criteria = validateWaitlistCriteria(input, localDateOf(now, catalog.profile.timezone));
    const service = catalog.services.find((s) => s.id === criteria.serviceId);
    if (!service) throw new InvalidInput('SCHEDULING.UNKNOWN_SERVICE', `No service ${criteria.serviceId} in this clinic`, { field: 'serviceId' });
    if (config.settings.approvalServiceIds.includes(service.id)) {
      throw new InvalidInput('SCHEDULING.WAITLIST_NOT_AVAILABLE', `${service.name} is booked on request only; ask the clinic instead`, {
        field: 'serviceId',
      });
    }
    if (criteria.doctorId) {
      const doctor = catalog.doctors.find((d) => d.id === criteria.doctorId);
      if (!doctor || !config.doctors[doctor.id]) {
        throw new InvalidInput('SCHEDULING.UNKNOWN_DOCTOR', `No bookable doctor ${criteria.doctorId} in this clinic`, { field: 'doctorId' });
      }
      if (criteria.branchId && !doctor.branchIds.includes(criteria.branchId)) {
        throw new InvalidInput('SCHEDULING.UNKNOWN_BRANCH', `${doctor.name} does not work at that branch`, { field: 'branchId' });
      }
    }
    if (criteria.branchId && !catalog.branches.some((b) => b.id === criteria.branchId)) {
      throw new InvalidInput('SCHEDULING.UNKNOWN_BRANCH', `No branch ${criteria.branchId} in this clinic`, { field: 'branchId' });
    }
    const joined = await this.deps.store.join(clinicId, { id: this.deps.ids.next('wl'), patientRef, ...criteria, createdAt: now }, WAITLIST_MAX_PER_SERVICE);
    if (joined.outcome === 'full') {
      throw new Conflict('SCHEDULING.WAITLIST_FULL', `The waitlist for ${service.name} is full (${WAITLIST_MAX_PER_SERVICE} patients)`);
    }
    if (joined.outcome === 'created') await auditStaff(this.deps.audit, clinicId, scope, 'scheduling.waitlist.join', joined.entry, now);
    return { entry: joined.entry, changed: joined.outcome === 'created' };
  }
}

export interface WaitlistPlace {
  entry: WaitlistEntry;
  /** 1 = first in line for the service. */
  position: number;
}

/** The staff view of a service's waitlist, and a patient's own entries. */
export class ListWaitlist {
  constructor(private readonly store: WaitlistStore) {}

  async forService(clinicId: ClinicId, raw: ListWaitlistInput): Promise<WaitlistPlace[]> {
    const input = parseInput(ListWaitlistInputSchema, raw, INVALID);
    const entries = await this.store.listActive(clinicId, [input.serviceId]);
    return entries.map((entry, index) => ({ entry, position: index + 1 }));
  }

  async forPatient(clinicId: ClinicId, scope: WaitlistScope, patientRef?: string): Promise<WaitlistEntry[]> {
    const ref = patientOfScope(scope) ?? patientRef;
    if (!ref) throw new InvalidInput(INVALID, 'Choose the patient', { field: 'patientRef' });
    return this.store.listForPatient(clinicId, ref);
  }
}

export interface OfferFreedSlotDeps {
  store: WaitlistStore;
  appointments: AppointmentStore;
  booking: BookAppointment;
  catalog: ClinicCatalog;
  config: SchedulingConfigReader;
  jobs: DelayedJobs;
  guard: TenantGuard;
  ids: IdGenerator;
  clock: Clock;
  events?: SchedulingEventPublisher;
}

/**
 * Offers freed time to the waitlist. `onAppointmentCancelled` (an event
 * subscriber) takes the freed doctor and start and walks the clinic's waiting
 * entries in join order. For each entry whose own criteria match, it holds the
 * slot for that patient through BookAppointment (purpose `waitlist_offer`, the
 * clinic's `waitlistOfferMinutes`): the policy and the booking script decide
 * whether the entry's service fits there. The first hold that succeeds is the
 * offer: the entry becomes `offered`, `WaitlistSlotOffered` is published, and a
 * `waitlist-offer-expiry` job is scheduled for `holdUntil`.
 *
 * Safety: one walk per freed slot at a time (a lock), each entry claimed by a
 * compare-and-set before its hold is made, and the hold's idempotency key is
 * fixed per (entry, doctor, start), so a retried or crashed walk never makes a
 * second hold for the same entry and slot.
 */
export class OfferFreedSlot {
  constructor(private readonly deps: OfferFreedSlotDeps) {}

  /** The AppointmentCancelled subscriber: runs in its own tenant scope. */
  /** A moved appointment frees its old time: offered like a cancelled one. */
  async onAppointmentRescheduled(event: AppointmentRescheduledEvent): Promise<SlotOfferResult> {
    const clinicId = event.clinicId;
    if (!clinicId) return { outcome: 'none' };
    const p = event.payload;
    return this.deps.guard.run({ clinicId, actor: WAITLIST_ACTOR, requestId: `waitlist:${p.appointmentId}:moved` }, () =>
      this.offer(clinicId, { doctorId: p.previousDoctorId, branchId: p.previousBranchId ?? undefined, start: new Date(p.previousStart) }),
    );
  }

  async onAppointmentCancelled(event: AppointmentCancelledEvent): Promise<SlotOfferResult> {
    const clinicId = event.clinicId;
    if (!clinicId) return { outcome: 'none' };
    const p = event.payload;
    // Holds the waitlist released itself: it offers those slots on in the same step.
    if (p.by === WAITLIST_BY) return { outcome: 'none' };
    return this.deps.guard.run({ clinicId, actor: WAITLIST_ACTOR, requestId: `waitlist:${p.appointmentId}` }, async () => {
      if (p.previousState === 'held') {
        // A waitlist offer's hold was cancelled by someone, or its lapse was stored: that offer is over.
        const entryId = await this.deps.store.entryOfOffer(clinicId, p.appointmentId);
        const entry = entryId ? await this.deps.store.get(clinicId, entryId) : undefined;
        if (entry?.status === 'offered' && entry.offer?.appointmentId === p.appointmentId) {
          // `hold_expired`: the hold-end job stored the lapse (ChangeAppointment.expireLapsedHold).
          const ended = await this.withdraw(clinicId, entry, 'expired', p.reason === 'hold_expired' ? 'offer_lapsed' : 'offer_cancelled');
          if (ended) return ended.next;
        }
      }
      return this.offer(clinicId, { doctorId: p.doctorId, branchId: p.branchId ?? undefined, start: new Date(p.start) });
    });
  }

  /** Offers one freed slot to the first matching waiting entry. Call inside the clinic's tenant scope. */
  async offer(clinicId: ClinicId, slot: SlotToOffer): Promise<SlotOfferResult> {
    const now = this.deps.clock.now();
    if (slot.start.getTime() <= now.getTime()) return { outcome: 'none' };
    const lock = this.deps.ids.next('wll');
    if (!(await this.deps.store.lockSlot(clinicId, slot.doctorId, slot.start, lock, SLOT_LOCK_MS))) return { outcome: 'busy' };
    try {
      return await this.walk(clinicId, slot, now);
    } finally {
      await this.deps.store.unlockSlot(clinicId, slot.doctorId, slot.start, lock);
    }
  }

  /**
   * Ends an offered entry (`expired`, `left` or `cancelled`): compare-and-set
   * on the entry and its offer, drops the expiry job, releases the hold if it
   * is still held (compare-and-set on `held`, so a hold taken up at the same
   * moment stays booked) and offers the slot to the next entry. undefined: the
   * entry changed meanwhile (read it again).
   */
  async withdraw(
    clinicId: ClinicId,
    entry: WaitlistEntry,
    to: WaitlistStatus,
    reason: string,
    options: { keepJob?: boolean } = {},
  ): Promise<{ entry: WaitlistEntry; next: SlotOfferResult } | undefined> {
    const offer = entry.offer;
    if (entry.status !== 'offered' || !offer) throw new Conflict('SCHEDULING.NO_OFFER', 'There is no open offer on this waitlist entry');
    const now = this.deps.clock.now();
    const ended = await this.deps.store.change(clinicId, entry, {
      from: 'offered',
      to: changeWaitlist('offered', to),
      offerAppointmentId: offer.appointmentId,
      reason,
      at: now,
    });
    if (!ended) return undefined;
    if (!options.keepJob) await this.deps.jobs.cancel(WAITLIST_OFFER_EXPIRY_JOB, offerExpiryJobId(clinicId, entry.id, offer.appointmentId));
    const held = await this.deps.appointments.get(clinicId, offer.appointmentId, now);
    if (held?.state === 'held') await this.releaseHold(held, `waitlist_${reason}`, now);
    const next = await this.offer(clinicId, { doctorId: offer.doctorId, branchId: offer.branchId, start: offer.start });
    return { entry: ended, next };
  }

  private async walk(clinicId: ClinicId, slot: SlotToOffer, now: Date): Promise<SlotOfferResult> {
    if (await this.startTaken(clinicId, slot, now)) return { outcome: 'taken' };
    const [catalog, config] = await Promise.all([this.deps.catalog.getCatalog(clinicId), this.deps.config.get(clinicId)]);
    const timezone = catalog.profile.timezone;
    const today = localDateOf(now, timezone);
    const freed = { doctorId: slot.doctorId, branchId: slot.branchId, localDate: localDateOf(slot.start, timezone) };
    const entries = await this.deps.store.listActive(
      clinicId,
      catalog.services.map((s) => s.id),
    );
    for (const entry of entries) {
      if (entry.status !== 'waiting') continue;
      if (rangePassed(entry, today)) {
        await this.deps.store.change(clinicId, entry, { from: 'waiting', to: changeWaitlist('waiting', 'expired'), reason: 'range_passed', at: now });
        continue;
      }
      if (!matchesFreedSlot(entry, freed)) continue;
      // Settings changed after the entry joined: such services are booked on request only.
      if (config.settings.approvalServiceIds.includes(entry.serviceId)) continue;
      const claim = this.deps.ids.next('wlc');
      if ((await this.deps.store.claim(clinicId, entry.id, claim, now, new Date(now.getTime() + CLAIM_LEASE_MS))) !== 'claimed') continue;
      let attempt: Attempt;
      try {
        attempt = await this.tryEntry(clinicId, entry, slot, claim, config.settings.waitlistOfferMinutes, now);
      } catch (error) {
        await this.deps.store.releaseClaim(clinicId, entry.id, claim);
        throw error;
      }
      if (attempt.outcome === 'offered') return attempt;
      await this.deps.store.releaseClaim(clinicId, entry.id, claim);
      if (attempt.outcome === 'stop') return { outcome: attempt.taken ? 'taken' : 'none' };
    }
    return { outcome: 'none' };
  }

  private async tryEntry(clinicId: ClinicId, entry: WaitlistEntry, slot: SlotToOffer, claim: string, offerMinutes: number, now: Date): Promise<Attempt> {
    // The offer never outlasts the start of the appointment it offers.
    const minutes = Math.max(1, Math.min(offerMinutes, Math.floor((slot.start.getTime() - now.getTime()) / MINUTE)));
    let appointment: Appointment;
    let replayed: boolean;
    try {
      ({ appointment, replayed } = await this.deps.booking.execute(
        clinicId,
        {
          doctorId: slot.doctorId,
          serviceId: entry.serviceId,
          ...(slot.branchId ? { branchId: slot.branchId } : {}),
          patientRef: entry.patientRef,
          start: slot.start.toISOString(),
          idempotencyKey: `waitlist-offer:${entry.id}:${slot.doctorId}:${slot.start.getTime()}`,
          hold: { purpose: 'waitlist_offer', minutes },
        },
        WAITLIST_ACTOR,
      ));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (STOP_CODES.has(error.code)) return { outcome: 'stop', taken: false };
      // Taken for this service's length; only when its start itself is busy can no other entry fit.
      if (error.code === 'SCHEDULING.SLOT_TAKEN' && (await this.startTaken(clinicId, slot, now))) return { outcome: 'stop', taken: true };
      return { outcome: 'skip' }; // longer than the free time, outside the doctor's hours, service gone, ...
    }
    const live = appointment.state === 'held' && appointment.holdPurpose === 'waitlist_offer' && appointment.holdUntil !== undefined && appointment.holdUntil > now;
    if (!live) {
      // A replay of an earlier attempt whose hold has ended, or a hold of another purpose.
      if (!replayed && appointment.state === 'held') await this.releaseHold(appointment, 'waitlist_offer_withdrawn', now);
      return { outcome: 'skip' };
    }
    const offer: WaitlistOffer = { appointmentId: appointment.id, doctorId: appointment.doctorId, start: appointment.start, holdUntil: appointment.holdUntil! };
    if (appointment.branchId) offer.branchId = appointment.branchId;
    // The job first: a crash after it leaves a harmless job, never an offer nobody ends.
    const job: DelayedJob = {
      kind: WAITLIST_OFFER_EXPIRY_JOB,
      id: offerExpiryJobId(clinicId, entry.id, appointment.id),
      runAt: offer.holdUntil,
      data: { clinicId, entryId: entry.id, appointmentId: appointment.id },
    };
    await this.deps.jobs.schedule(job);
    const offered = await this.deps.store.markOffered(clinicId, entry.id, claim, offer, now);
    if (!offered) {
      // The entry left (or was taken by another walk) meanwhile: give the time back and go on.
      await this.deps.jobs.cancel(job.kind, job.id);
      await this.releaseHold(appointment, 'waitlist_offer_withdrawn', now);
      return { outcome: 'skip' };
    }
    await (this.deps.events ?? NO_EVENTS).publish(
      schedulingEvent(
        'WaitlistSlotOffered',
        appointment,
        {
          entryId: entry.id,
          patientRef: entry.patientRef,
          appointmentId: appointment.id,
          doctorId: appointment.doctorId,
          serviceId: appointment.serviceId,
          start: appointment.start.toISOString(),
          holdUntil: offer.holdUntil.toISOString(),
        },
        now,
      ),
    );
    return { outcome: 'offered', entry: offered, appointment };
  }

  /** Something live covers the slot's start minute, so nothing can start there. */
  private async startTaken(clinicId: ClinicId, slot: SlotToOffer, now: Date): Promise<boolean> {
    const busy = await this.deps.appointments.busyBetween(
      clinicId,
      slot.doctorId,
      slot.start,
      new Date(slot.start.getTime() + 1),
      MAX_APPOINTMENT_SPAN_MINUTES * MINUTE,
      now,
    );
    return busy.length > 0;
  }

  /**
   * held -> cancelled as a compare-and-set on `held`: a hold taken up at the
   * same moment stays booked. Announced `by: system:waitlist`, which
   * onAppointmentCancelled ignores: the waitlist passes these slots on itself.
   */
  private async releaseHold(appointment: Appointment, reason: string, now: Date): Promise<void> {
    const outcome = await this.deps.appointments.changeState(appointment, {
      to: transition('held', 'cancelled'),
      at: now,
      reason,
      releaseSlot: true,
      now,
    });
    if (outcome.outcome !== 'changed') return;
    const after = outcome.appointment;
    await (this.deps.events ?? NO_EVENTS).publish(
      schedulingEvent('AppointmentCancelled', after, { ...factsOf(after, WAITLIST_ACTOR), reason, previousState: 'held' }, now),
    );
  }
}

/** Subscribes the waitlist to freed time (composition root). Returns the unsubscribe. */
export function subscribeWaitlist<M extends SchedulingEvents>(bus: EventBus<M>, offers: OfferFreedSlot): () => void {
  const offs = [
    bus.subscribe('AppointmentCancelled', async (event) => {
      await offers.onAppointmentCancelled(event);
    }),
    bus.subscribe('AppointmentRescheduled', async (event) => {
      await offers.onAppointmentRescheduled(event);
    }),
  ];
  return () => offs.forEach((off) => off());
}

/** The job handlers of the waitlist, by kind, for the delayed-job worker. */
export function waitlistJobHandlers(expiry: OfferExpired): Record<string, DelayedJobHandler> {
  return {
    [WAITLIST_OFFER_EXPIRY_JOB]: async (job) => {
      await expiry.handle(job);
    },
  };
}

type Attempt = { outcome: 'offered'; entry: WaitlistEntry; appointment: Appointment } | { outcome: 'skip' } | { outcome: 'stop'; taken: boolean };

export interface OfferExpiredDeps {
  store: WaitlistStore;
  appointments: AppointmentStore;
  offers: OfferFreedSlot;
  jobs: DelayedJobs;
  guard: TenantGuard;
  clock: Clock;
}

export type OfferExpiryResult =
  | { outcome: 'expired'; next: SlotOfferResult }
  /** The hold was taken up (the entry is now `booked`, repaired if an accept crashed half-way). */
  | { outcome: 'booked' }
  /** The hold is still live (the job ran early): scheduled again for `holdUntil`. */
  | { outcome: 'not_yet' }
  /** Nothing to do: the entry moved on, or the job is not about a current offer. */
  | { outcome: 'ignored' };

/**
 * The `waitlist-offer-expiry` job handler. When the offered appointment was not
 * taken up (it reads as cancelled, `hold_expired` or cancelled by someone), the
 * entry becomes `expired` and the same slot is offered to the next matching
 * entry. Delivery is at least once: a second run finds the entry already
 * expired and only makes sure the slot was passed on (the walk stops at once
 * when the slot is held again), so it changes nothing.
 */
export class OfferExpired {
  constructor(private readonly deps: OfferExpiredDeps) {}

  async handle(job: DelayedJob): Promise<OfferExpiryResult> {
    const { clinicId: clinic, entryId, appointmentId } = job.data;
    if (job.kind !== WAITLIST_OFFER_EXPIRY_JOB || !clinic || !isValidId(clinic) || !entryId || !isValidId(entryId) || !appointmentId) {
      return { outcome: 'ignored' };
    }
    const clinicId = clinic as ClinicId;
    return this.deps.guard.run({ clinicId, actor: WAITLIST_ACTOR, requestId: `job:${job.id}` }, async () => {
      for (let round = 0; round < 3; round++) {
        const now = this.deps.clock.now();
        const entry = await this.deps.store.get(clinicId, entryId);
        const offer = entry?.offer;
        if (!entry || !offer || offer.appointmentId !== appointmentId) return { outcome: 'ignored' };
        if (entry.status === 'expired') {
          // An earlier run (or a decline) ended it; make sure the slot went on.
          return { outcome: 'expired', next: await this.deps.offers.offer(clinicId, { doctorId: offer.doctorId, branchId: offer.branchId, start: offer.start }) };
        }
        if (entry.status !== 'offered') return { outcome: 'ignored' };
        const held = await this.deps.appointments.get(clinicId, appointmentId, now);
        if (held?.state === 'held') {
          await this.deps.jobs.schedule({ ...job, id: `${job.id}.${now.getTime()}`, runAt: held.holdUntil ?? offer.holdUntil });
          return { outcome: 'not_yet' };
        }
        if (held && held.state !== 'cancelled') {
          const booked = await this.deps.store.change(clinicId, entry, {
            from: 'offered',
            to: changeWaitlist('offered', 'booked'),
            offerAppointmentId: appointmentId,
            reason: 'accepted',
            at: now,
          });
          if (booked) return { outcome: 'booked' };
          continue;
        }
        const reason = !held || held.changeReason === 'hold_expired' ? 'offer_lapsed' : 'offer_cancelled';
        const ended = await this.deps.offers.withdraw(clinicId, entry, 'expired', reason, { keepJob: true });
        if (ended) return { outcome: 'expired', next: ended.next };
      }
      throw new Conflict('SCHEDULING.CONCURRENT_CHANGE', 'The waitlist entry kept changing; try again');
    });
  }
}

export interface AcceptOfferDeps {
  store: WaitlistStore;
  changes: ChangeAppointment;
  offers: OfferFreedSlot;
  jobs: DelayedJobs;
  clock: Clock;
}

export interface AcceptOfferResult {
  entry: WaitlistEntry;
  appointment: Appointment;
  changed: boolean;
}

/**
 * The patient says yes to an offer: ChangeAppointment.takeUpHold turns the
 * held slot into a booking (compare-and-set, refused once `holdUntil` has
 * passed), then the entry becomes `booked` and leaves the queue. An accept
 * after the hold lapsed is refused with `SCHEDULING.OFFER_EXPIRED`, and the
 * slot goes to the next entry at once. Retrying an accept is safe.
 */
export class AcceptOffer {
  constructor(private readonly deps: AcceptOfferDeps) {}

  async execute(clinicId: ClinicId, scope: WaitlistScope, raw: WaitlistEntryInput): Promise<AcceptOfferResult> {
    const input = parseInput(WaitlistEntryInputSchema, raw, INVALID);
    let entry = await loadEntry(this.deps.store, clinicId, scope, input.entryId);
    const offer = entry.offer;
    if (entry.status === 'booked' && offer) {
      const appointment = await this.deps.changes.load(clinicId, { patientRef: entry.patientRef }, offer.appointmentId);
      return { entry, appointment, changed: false };
    }
    if (entry.status === 'expired' && offer) throw offerExpired();
    if (entry.status !== 'offered' || !offer) throw new Conflict('SCHEDULING.NO_OFFER', 'There is no open offer on this waitlist entry');
    const changeScope = { actor: scope.actor, requestId: scope.requestId, patientRef: entry.patientRef };
    let appointment: Appointment;
    try {
      appointment = (
        await this.deps.changes.takeUpHold(clinicId, changeScope, {
          appointmentId: offer.appointmentId,
          idempotencyKey: `waitlist-accept:${entry.id}`,
          reason: 'waitlist_offer_accepted',
        })
      ).appointment;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'SCHEDULING.HOLD_EXPIRED') {
        await this.deps.offers.withdraw(clinicId, entry, 'expired', 'offer_lapsed');
        throw offerExpired();
      }
      // A retry after the hold was taken up but before the entry was marked.
      if (error.code !== 'SCHEDULING.NOT_HELD') throw error;
      appointment = await this.deps.changes.load(clinicId, changeScope, offer.appointmentId);
      if (appointment.state !== 'booked' && appointment.state !== 'confirmed') throw error;
    }
    for (let round = 0; round < 3 && entry.status === 'offered' && entry.offer?.appointmentId === offer.appointmentId; round++) {
      const booked = await this.deps.store.change(clinicId, entry, {
        from: 'offered',
        to: changeWaitlist('offered', 'booked'),
        offerAppointmentId: offer.appointmentId,
        reason: 'accepted',
        at: this.deps.clock.now(),
      });
      entry = booked ?? (await this.deps.store.get(clinicId, entry.id)) ?? entry;
    }
    await this.deps.jobs.cancel(WAITLIST_OFFER_EXPIRY_JOB, offerExpiryJobId(clinicId, entry.id, offer.appointmentId));
    return { entry, appointment, changed: true };
  }
}

/** The patient says no: the same as an expiry, at once. */
export class DeclineOffer {
  constructor(
    private readonly store: WaitlistStore,
    private readonly offers: OfferFreedSlot,
  ) {}

  async execute(clinicId: ClinicId, scope: WaitlistScope, raw: WaitlistEntryInput): Promise<WaitlistEntryResult & { next?: SlotOfferResult }> {
    const input = parseInput(WaitlistEntryInputSchema, raw, INVALID);
    for (let round = 0; round < 3; round++) {
      const entry = await loadEntry(this.store, clinicId, scope, input.entryId);
      if (entry.status === 'expired' && entry.reason === 'declined') return { entry, changed: false };
      if (entry.status === 'expired' && entry.offer) throw offerExpired();
      if (entry.status !== 'offered') throw new Conflict('SCHEDULING.NO_OFFER', 'There is no open offer on this waitlist entry');
      const ended = await this.offers.withdraw(clinicId, entry, 'expired', 'declined');
      if (ended) return { entry: ended.entry, changed: true, next: ended.next };
    }
    throw new Conflict('SCHEDULING.CONCURRENT_CHANGE', 'The waitlist entry kept changing; try again');
  }
}

export interface LeaveWaitlistDeps {
  store: WaitlistStore;
  offers: OfferFreedSlot;
  audit: AuditLog;
  clock: Clock;
}

/**
 * Takes an entry off the waitlist: `left` when the patient (or the AI for
 * them) leaves, `cancelled` when staff remove it (audited). Leaving while an
 * offer is open releases the held slot to the next entry. Leaving an entry
 * that already ended changes nothing.
 */
export class LeaveWaitlist {
  constructor(private readonly deps: LeaveWaitlistDeps) {}

  async execute(clinicId: ClinicId, scope: WaitlistScope, raw: WaitlistEntryInput): Promise<WaitlistEntryResult> {
    const input = parseInput(WaitlistEntryInputSchema, raw, INVALID);
    const to: WaitlistStatus = scope.actor.kind === 'staff' ? 'cancelled' : 'left';
    const reason = to === 'left' ? 'left' : 'removed';
    for (let round = 0; round < 3; round++) {
      const entry = await loadEntry(this.deps.store, clinicId, scope, input.entryId);
      if (entry.status !== 'waiting' && entry.status !== 'offered') return { entry, changed: false };
      const now = this.deps.clock.now();
      const ended =
        entry.status === 'waiting'
          ? await this.deps.store.change(clinicId, entry, { from: 'waiting', to: changeWaitlist('waiting', to), reason, at: now })
          : (await this.deps.offers.withdraw(clinicId, entry, to, reason))?.entry;
      if (!ended) continue;
      await auditStaff(this.deps.audit, clinicId, scope, 'scheduling.waitlist.remove', ended, now);
      return { entry: ended, changed: true };
    }
    throw new Conflict('SCHEDULING.CONCURRENT_CHANGE', 'The waitlist entry kept changing; try again');
  }
}
