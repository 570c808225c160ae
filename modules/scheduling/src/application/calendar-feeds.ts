import { createHash, randomBytes } from 'node:crypto';
import {
  Conflict,
  DomainError,
  InvalidInput,
  NotFound,
  clinicId as toClinicId,
  describeActor,
  isValidId,
  type Actor,
  type AuditLog,
  type ClinicId,
  type Clock,
  type TenantGuard,
} from '@frontdesk/shared-kernel';
import type { ClinicCatalog, ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { localName, writeDoctorFeed, type FeedAppointment, type FeedLanguage } from '../domain/ics';
import type { Appointment, AppointmentStore } from '../ports/appointment-store.port';
import type { CalendarFeedRecord, CalendarFeedStore } from '../ports/calendar-feed-store.port';

const DAY_MS = 24 * 3600 * 1000;
/** What a feed shows: from this many days ago ... */
export const FEED_PAST_DAYS = 30;
/** ... to this many days ahead. */
export const FEED_AHEAD_DAYS = 180;
/** Where feeds are served: `/ics/<clinicId>/<secret>.ics`. */
export const CALENDAR_FEED_PREFIX = '/ics/';

const SECRET = /^[A-Za-z0-9_-]{43}$/;
const WRITE_ROUNDS = 5;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The same answer for every way a feed URL can be wrong: it says nothing about why. */
function notFound(): NotFound {
  return new NotFound('SCHEDULING.FEED_NOT_FOUND', 'Not found');
}

export interface CalendarFeedStatus {
  active: boolean;
  /** UTC ISO instant the active feed was made. */
  createdAt?: string;
}

export interface CalendarFeedsDeps {
  feeds: CalendarFeedStore;
  appointments: AppointmentStore;
  catalog: ClinicCatalog;
  audit: AuditLog;
  clock: Clock;
  /** `render` is called by anonymous HTTP requests: it opens the clinic's tenant scope itself. */
  guard: TenantGuard;
}

/**
 * A doctor's appointments as an ICS feed behind an unguessable, revocable URL.
 * The secret is 32 random bytes (base64url); only its SHA-256 is stored, so
 * the URL is shown once, when it is made. One active feed per doctor: making
 * a new one ends the old URL in the same step. The feed carries no patient
 * data (see domain/ics.ts): calendar apps sync it through their own servers.
 */
export class CalendarFeeds {
  constructor(private readonly deps: CalendarFeedsDeps) {}

  /** Makes (or replaces) the doctor's feed; returns its URL path `/ics/<clinicId>/<secret>.ics`, shown only now. */
  async create(clinicId: ClinicId, doctorId: string, actor: Actor, requestId: string): Promise<string> {
    checkDoctorId(doctorId);
    const catalog = await this.deps.catalog.getCatalog(clinicId);
    if (!catalog.doctors.some((d) => d.id === doctorId)) {
      throw new InvalidInput('SCHEDULING.UNKNOWN_DOCTOR', `No doctor ${doctorId} in this clinic`, { field: 'doctorId' });
    }
    const secret = randomBytes(32).toString('base64url');
    const next: CalendarFeedRecord = { secretHash: hashOf(secret), createdAt: this.deps.clock.now() };
    for (let round = 0; round < WRITE_ROUNDS; round++) {
      const before = await this.deps.feeds.current(clinicId, doctorId);
      const result = await this.deps.feeds.replace(clinicId, doctorId, before, next);
      if (result.outcome === 'stale') continue;
      await this.audit(clinicId, actor, requestId, 'scheduling.ics_feed.create', doctorId, result.replaced ? 'replaced the previous feed URL' : 'first feed URL', before, next);
      return `${CALENDAR_FEED_PREFIX}${clinicId}/${secret}.ics`;
    }
    throw concurrentChange();
  }

  /** Ends the doctor's feed at once; `revoked: false` when there was none. */
  async revoke(clinicId: ClinicId, doctorId: string, actor: Actor, requestId: string): Promise<{ revoked: boolean }> {
    checkDoctorId(doctorId);
    for (let round = 0; round < WRITE_ROUNDS; round++) {
      const before = await this.deps.feeds.current(clinicId, doctorId);
      if (!before) {
        await this.audit(clinicId, actor, requestId, 'scheduling.ics_feed.revoke', doctorId, 'no active feed', undefined, undefined);
        return { revoked: false };
      }
      const result = await this.deps.feeds.revoke(clinicId, doctorId, before);
      if (result.outcome === 'stale') continue;
      await this.audit(clinicId, actor, requestId, 'scheduling.ics_feed.revoke', doctorId, 'feed URL revoked', before, undefined);
      return { revoked: true };
    }
    throw concurrentChange();
  }

  async status(clinicId: ClinicId, doctorId: string): Promise<CalendarFeedStatus> {
    checkDoctorId(doctorId);
    const current = await this.deps.feeds.current(clinicId, doctorId);
    return current ? { active: true, createdAt: current.createdAt.toISOString() } : { active: false };
  }

  /**
   * The feed for an anonymous request. Throws NotFound `SCHEDULING.FEED_NOT_FOUND`
   * (no detail) for a malformed clinic id or secret, an unknown, rotated or
   * revoked secret, a secret of another clinic, and a doctor no longer in the catalog.
   */
  async render(rawClinicId: string, secret: string, requestId = 'ics-feed'): Promise<string> {
    if (typeof rawClinicId !== 'string' || typeof secret !== 'string' || !isValidId(rawClinicId) || !SECRET.test(secret)) throw notFound();
    const clinicId = toClinicId(rawClinicId);
    const actor: Actor = { kind: 'system', id: 'ics-feed' };
    return this.deps.guard.run({ clinicId, actor, requestId }, async () => {
      const doctorId = await this.deps.feeds.doctorOf(clinicId, hashOf(secret));
      if (!doctorId) throw notFound();
      let catalog: ClinicCatalogSnapshot;
      try {
        catalog = await this.deps.catalog.getCatalog(clinicId);
      } catch (error) {
        if (error instanceof DomainError && error.kind === 'not_found') throw notFound();
        throw error;
      }
      const doctor = catalog.doctors.find((d) => d.id === doctorId);
      if (!doctor) throw notFound();
      const now = this.deps.clock.now();
      const range = { from: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS), to: new Date(now.getTime() + FEED_AHEAD_DAYS * DAY_MS), doctorId };
      const appointments = (await this.deps.appointments.listRange(clinicId, range, now)).filter((a) => a.doctorId === doctorId);
      const language: FeedLanguage = catalog.profile.defaultLanguage === 'ar' ? 'ar' : 'en';
      return writeDoctorFeed({
        name: `${localName(doctor, language)} · ${catalog.profile.name}`,
        language,
        generatedAt: now,
        appointments: appointments.map((a) => toFeedAppointment(a, catalog)),
      });
    });
  }

  private async audit(
    clinicId: ClinicId,
    actor: Actor,
    requestId: string,
    action: string,
    doctorId: string,
    detail: string,
    before: CalendarFeedRecord | undefined,
    after: CalendarFeedRecord | undefined,
  ): Promise<void> {
    // The audit trail never holds a secret or its hash: only whether a feed was active and since when.
    const view = (r: CalendarFeedRecord | undefined) => (r ? { active: true, createdAt: r.createdAt.toISOString() } : { active: false });
    await this.deps.audit.append({
      actor: describeActor(actor),
      action,
      target: `doctor:${doctorId}`,
      clinicId,
      at: this.deps.clock.now(),
      outcome: 'success',
      requestId,
      detail,
      changes: { before: view(before), after: view(after) },
    });
  }
}

function checkDoctorId(doctorId: string): void {
  if (typeof doctorId !== 'string' || !isValidId(doctorId)) {
    throw new InvalidInput('SCHEDULING.UNKNOWN_DOCTOR', 'Not a doctor id', { field: 'doctorId' });
  }
}

function concurrentChange(): Conflict {
  return new Conflict('SCHEDULING.CONCURRENT_CHANGE', "Someone else changed this doctor's calendar feed at the same time; reload and try again");
}

/** Only what the feed may show: no patientRef, no reasons. */
function toFeedAppointment(a: Appointment, catalog: ClinicCatalogSnapshot): FeedAppointment {
  const service = catalog.services.find((s) => s.id === a.serviceId);
  const branch = a.branchId ? catalog.branches.find((b) => b.id === a.branchId) : undefined;
  return {
    id: a.id,
    state: a.state,
    version: a.version,
    start: a.start,
    end: a.end,
    lastModified: a.changedAt ?? a.createdAt,
    ...(service ? { service: { name: service.name, nameAr: service.nameAr } } : {}),
    ...(branch ? { branch: { name: branch.name, nameAr: branch.nameAr } } : {}),
  };
}
