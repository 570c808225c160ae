/**
 * For the offline receptionist's tests only: a hand-built Cairo clinic, an
 * in-memory fake of the scheduling tool set (a port fake: it keeps the
 * rules the tests are about, such as verification, taken slots, cutoffs and
 * idempotency keys), a conversation driver, and the VerifiedTurn the
 * guardrails would check a reply against.
 */
import { verifiedTurnOf } from '../../application/turn-facts';
import { Conflict, DomainError, NotFound, PreconditionFailed, Unauthenticated, clinicId } from '@frontdesk/shared-kernel';
import type { Appointment, Slot } from '@frontdesk/scheduling';
import type { VerifiedTurn } from '@frontdesk/guardrails';
import type { ClinicCatalogSnapshot, OpeningHours } from '@frontdesk/tenancy';
import type {
  PatientLanguage,
  ReceptionistModel,
  ReceptionistReply,
  ReceptionistTools,
  TranscriptLine,
} from '../../ports/receptionist-model.port';

export const CLINIC = clinicId('clinic_nile');
/** Sunday 22 November 2026, 09:00 in Cairo (UTC+2, no daylight saving in November). */
export const NOW = new Date('2026-11-22T07:00:00Z');
export const PATIENT_PHONE = '+201001234567';

const DAY = [{ from: '09:00', to: '17:00' }];
const HOURS: OpeningHours = { sat: DAY, sun: DAY, mon: DAY, tue: DAY, wed: DAY, thu: [{ from: '10:00', to: '15:00' }], fri: [] };

export function cairoCatalog(): ClinicCatalogSnapshot {
  return {
    profile: { id: CLINIC, name: 'Nile Smile Dental', timezone: 'Africa/Cairo', defaultLanguage: 'ar', currency: 'EGP', status: 'active' },
    status: 'active',
    revision: 7,
    branches: [
      { id: 'br_helio', name: 'Heliopolis', nameAr: 'مصر الجديدة', address: '12 Street', phone: '+20221234568', openingHours: HOURS },
      { id: 'br_maadi', name: 'Maadi', nameAr: 'المعادي', address: '9 Street', phone: '+20223581234', openingHours: HOURS },
    ],
    doctors: [
      { id: 'doc_mona', name: 'Dr. Mona Adel', nameAr: 'د. منى عادل', specialty: 'Dentist', branchIds: ['br_helio'] },
      { id: 'doc_karim', name: 'Dr. Karim Farouk', nameAr: 'د. كريم فاروق', specialty: 'Endodontist', branchIds: ['br_helio', 'br_maadi'] },
    ],
    services: [
      { id: 'svc_consult', name: 'Consultation', nameAr: 'كشف', durationMinutes: 30, bufferMinutes: 0, priceMinor: 35_000, depositMinor: null },
      { id: 'svc_scaling', name: 'Scaling', nameAr: 'تنظيف الجير', durationMinutes: 45, bufferMinutes: 15, priceMinor: 60_000, depositMinor: 10_000 },
      { id: 'svc_rct', name: 'Root canal treatment', nameAr: 'علاج العصب', durationMinutes: 60, bufferMinutes: 0, priceMinor: 250_000, depositMinor: 50_000 },
    ],
    faq: [
      { id: 'faq_parking', question: 'Is there parking near the clinic?', answer: 'Yes, there is free parking behind the building.', language: 'en' },
      { id: 'faq_insurance_en', question: 'Do you accept medical insurance?', answer: 'We work with most insurance companies; bring your card to the visit.', language: 'en' },
      { id: 'faq_insurance_ar', question: 'هل تقبلون التأمين الطبي؟', answer: 'أيوه، بنتعامل مع أغلب شركات التأمين. هات الكارنيه معاك في الزيارة.', language: 'ar' },
      { id: 'faq_kids_ar', question: 'هل بتكشفوا على الأطفال؟', answer: 'أيوه، بنستقبل الأطفال من سن ٣ سنين.', language: 'ar' },
    ],
    aiSettings: {
      personaName: 'Nour',
      greetings: {
        en: "Hello! I'm Nour, the virtual receptionist of Nile Smile Dental.",
        ar: 'أهلاً بيك! أنا نور، المساعدة الافتراضية لعيادة Nile Smile Dental.',
      },
      escalationRules: ['complaint', 'refund', 'شكوى'],
      guardrailMode: 'enforce',
      humanReview: 'flagged',
    },
  };
}

// ---------------------------------------------------------------- the fake tool set

interface FreeTime {
  doctorId: string;
  branchId: string;
  /** UTC instant. */
  start: string;
}

/** Free times the fake offers (Cairo is UTC+2 in November): Monday 23 to Thursday 26 November 2026. */
export const FREE_TIMES: readonly FreeTime[] = [
  { doctorId: 'doc_karim', branchId: 'br_maadi', start: '2026-11-23T12:30:00.000Z' }, // Mon 14:30
  { doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-24T08:00:00.000Z' }, // Tue 10:00
  { doctorId: 'doc_karim', branchId: 'br_helio', start: '2026-11-24T08:00:00.000Z' }, // Tue 10:00
  { doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-24T08:30:00.000Z' }, // Tue 10:30
  { doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-24T09:00:00.000Z' }, // Tue 11:00
  { doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-25T09:00:00.000Z' }, // Wed 11:00
  { doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-26T10:30:00.000Z' }, // Thu 12:30
  { doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-26T12:00:00.000Z' }, // Thu 14:00
];

const CAIRO_OFFSET_MS = 2 * 3_600_000;
const cairoLocal = (instant: string) => new Date(Date.parse(instant) + CAIRO_OFFSET_MS).toISOString().slice(0, 19);

export interface RecordedCall {
  name: string;
  input: unknown;
  ok: boolean;
  /** The result as the pipeline would record it: JSON (Dates become ISO strings). */
  result?: unknown;
  errorCode?: string;
}

export class FakeSchedulingTools {
  /** The patient the tools are bound to; null until the pipeline has verified the phone. */
  verifiedPatient: string | null = null;
  readonly calls: RecordedCall[] = [];
  readonly appointments: Appointment[] = [];
  /** Appointments inside the clinic's cutoff: moving or cancelling them is refused. */
  readonly insideCutoff = new Set<string>();
  /** Services that need staff approval: booking holds them. */
  readonly needsApproval = new Set<string>();
  private readonly takenByOthers = new Set<string>();
  private readonly replays = new Map<string, Appointment>();
  private readonly failures = new Map<string, Error>();
  private nextId = 1;

  constructor(private readonly catalog: ClinicCatalogSnapshot, private readonly freeTimes: readonly FreeTime[] = FREE_TIMES) {}

  /** Someone else books this time. */
  takeSlot(doctorId: string, start: string): void {
    this.takenByOthers.add(`${doctorId}|${Date.parse(start)}`);
  }

  /** The next call of `name` throws `error`. */
  failNext(name: keyof ReceptionistTools, error: Error): void {
    this.failures.set(name, error);
  }

  /** An appointment the verified patient already has. */
  seedAppointment(fields: { id: string; serviceId: string; doctorId: string; branchId: string; start: string; patientRef?: string }): Appointment {
    const duration = this.durationOf(fields.serviceId);
    const start = new Date(fields.start);
    const appointment: Appointment = {
      id: fields.id,
      clinicId: CLINIC,
      doctorId: fields.doctorId,
      serviceId: fields.serviceId,
      branchId: fields.branchId,
      patientRef: fields.patientRef ?? PATIENT_PHONE,
      start,
      end: new Date(start.getTime() + duration),
      busyUntil: new Date(start.getTime() + duration),
      state: 'booked',
      version: 1,
      createdAt: new Date('2026-11-01T10:00:00Z'),
    };
    this.appointments.push(appointment);
    return appointment;
  }

  /** The calls made since the last take, for one turn's VerifiedTurn. */
  takeCalls(): RecordedCall[] {
    return this.calls.splice(0, this.calls.length);
  }

  callsOf(name: string): RecordedCall[] {
    return this.calls.filter((call) => call.name === name);
  }

  tools(): ReceptionistTools {
    return {
      search_slots: (query) => this.record('search_slots', query, async () => this.search(query)),
      hold_slot: (input) => this.record('hold_slot', input, async () => this.unused('hold_slot')),
      book_appointment: (input) => this.record('book_appointment', input, async () => this.book(input)),
      confirm_hold: (input) => this.record('confirm_hold', input, async () => this.unused('confirm_hold')),
      reschedule_appointment: (input) => this.record('reschedule_appointment', input, async () => this.reschedule(input)),
      cancel_appointment: (input) => this.record('cancel_appointment', input, async () => this.cancel(input)),
      join_waitlist: (input) => this.record('join_waitlist', input, async () => this.unused('join_waitlist')),
      accept_waitlist_offer: (input) => this.record('accept_waitlist_offer', input, async () => this.unused('accept_waitlist_offer')),
      my_appointments: () => this.record('my_appointments', {}, async () => this.mine()),
    };
  }

  private async record<T>(name: string, input: unknown, run: () => Promise<T>): Promise<T> {
    const failure = this.failures.get(name);
    try {
      if (failure) {
        this.failures.delete(name);
        throw failure;
      }
      const result = await run();
      this.calls.push({ name, input, ok: true, result: JSON.parse(JSON.stringify(result)) as unknown });
      return result;
    } catch (error) {
      this.calls.push({ name, input, ok: false, ...(error instanceof DomainError ? { errorCode: error.code } : {}) });
      throw error;
    }
  }

  private unused(name: string): never {
    throw new Error(`the offline receptionist does not use ${name}`);
  }

  private patient(): string {
    if (!this.verifiedPatient) throw new Unauthenticated('The patient has not verified their phone number yet', 'SCHEDULING.PATIENT_NOT_VERIFIED');
    return this.verifiedPatient;
  }

  private durationOf(serviceId: string): number {
    const service = this.catalog.services.find((s) => s.id === serviceId);
    if (!service) throw new NotFound('SCHEDULING.UNKNOWN_SERVICE', `No service ${serviceId}`);
    return service.durationMinutes * 60_000;
  }

  private isFree(doctorId: string, start: string, ignoreId?: string): boolean {
    const at = Date.parse(start);
    if (this.takenByOthers.has(`${doctorId}|${at}`)) return false;
    return !this.appointments.some(
      (a) => a.id !== ignoreId && a.doctorId === doctorId && a.start.getTime() === at && ['held', 'booked', 'confirmed'].includes(a.state),
    );
  }

  private search(query: { serviceId: string; from: string; to: string; doctorId?: string; limit?: number }): Slot[] {
    const duration = this.durationOf(query.serviceId);
    return this.freeTimes
      .filter((time) => (query.doctorId === undefined || time.doctorId === query.doctorId) && this.isFree(time.doctorId, time.start))
      .filter((time) => {
        const day = cairoLocal(time.start).slice(0, 10);
        return day >= query.from && day <= query.to;
      })
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      .slice(0, Math.min(query.limit ?? 20, 50))
      .map((time) => {
        const end = new Date(Date.parse(time.start) + duration).toISOString();
        return {
          doctorId: time.doctorId,
          branchId: time.branchId,
          start: time.start,
          end,
          localStart: cairoLocal(time.start),
          localEnd: cairoLocal(end),
          utcOffset: '+02:00',
          timezone: 'Africa/Cairo',
        };
      });
  }

  private book(input: { doctorId: string; serviceId: string; branchId?: string; start: string; idempotencyKey: string }) {
    const patientRef = this.patient();
    const replay = this.replays.get(input.idempotencyKey);
    if (replay) return { appointment: replay, replayed: true };
    if (!this.isFree(input.doctorId, input.start)) {
      throw new Conflict('SCHEDULING.SLOT_TAKEN', 'This time is no longer free for this doctor', { doctorId: input.doctorId, start: input.start });
    }
    const start = new Date(input.start);
    const duration = this.durationOf(input.serviceId);
    const appointment: Appointment = {
      id: `apt_${this.nextId++}`,
      clinicId: CLINIC,
      doctorId: input.doctorId,
      serviceId: input.serviceId,
      ...(input.branchId ? { branchId: input.branchId } : {}),
      patientRef,
      start,
      end: new Date(start.getTime() + duration),
      busyUntil: new Date(start.getTime() + duration),
      state: this.needsApproval.has(input.serviceId) ? 'held' : 'booked',
      version: 1,
      createdAt: NOW,
    };
    this.appointments.push(appointment);
    this.replays.set(input.idempotencyKey, appointment);
    return { appointment, replayed: false };
  }

  private mine(): Appointment[] {
    const patientRef = this.patient();
    return this.appointments
      .filter((a) => a.patientRef === patientRef && ['held', 'booked', 'confirmed'].includes(a.state))
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  private own(appointmentId: string): Appointment {
    const patientRef = this.patient();
    const appointment = this.appointments.find((a) => a.id === appointmentId && a.patientRef === patientRef);
    if (!appointment) throw new NotFound('SCHEDULING.APPOINTMENT_NOT_FOUND', 'No such appointment');
    if (this.insideCutoff.has(appointmentId)) {
      throw new PreconditionFailed('SCHEDULING.INSIDE_CUTOFF', "Appointments can't be changed online less than 24 hours before they start.");
    }
    return appointment;
  }

  private reschedule(input: { appointmentId: string; start: string; doctorId?: string; branchId?: string; idempotencyKey: string }) {
    const appointment = this.own(input.appointmentId);
    const doctorId = input.doctorId ?? appointment.doctorId;
    if (!this.isFree(doctorId, input.start, appointment.id)) throw new Conflict('SCHEDULING.SLOT_TAKEN', 'This time is no longer free for this doctor');
    const duration = appointment.end.getTime() - appointment.start.getTime();
    appointment.start = new Date(input.start);
    appointment.end = new Date(appointment.start.getTime() + duration);
    appointment.busyUntil = appointment.end;
    appointment.doctorId = doctorId;
    if (input.branchId) appointment.branchId = input.branchId;
    appointment.state = 'booked';
    appointment.version += 1;
    appointment.changedAt = NOW;
    return { appointment: { ...appointment }, changed: true };
  }

  private cancel(input: { appointmentId: string; idempotencyKey: string }) {
    const appointment = this.own(input.appointmentId);
    appointment.state = 'cancelled';
    appointment.version += 1;
    appointment.changedAt = NOW;
    return { appointment: { ...appointment }, changed: true };
  }
}

// ---------------------------------------------------------------- a conversation

export interface TurnRecord {
  message: string;
  reply: ReceptionistReply;
  /** The tool calls of this turn. */
  calls: RecordedCall[];
  patient: { phone: string } | null;
}

/** Drives a model through a conversation the way the pipeline would: state, history and the verified patient carried between turns. */
export class Conversation {
  state: Record<string, unknown> = {};
  readonly history: TranscriptLine[] = [];
  readonly turns: TurnRecord[] = [];
  patient: { phone: string } | null = null;

  constructor(
    readonly model: ReceptionistModel,
    readonly fake: FakeSchedulingTools,
    readonly catalog: ClinicCatalogSnapshot = cairoCatalog(),
    readonly options: { language?: PatientLanguage; conversationId?: string; now?: Date } = {},
  ) {}

  /** The patient verified their phone: the pipeline binds the tools to them and passes `patient`. */
  verify(phone = PATIENT_PHONE): void {
    this.patient = { phone };
    this.fake.verifiedPatient = phone;
  }

  async say(message: string): Promise<ReceptionistReply> {
    const now = this.options.now ?? NOW;
    this.fake.takeCalls();
    const reply = await this.model.reply({
      clinicId: CLINIC,
      conversationId: this.options.conversationId ?? 'conv_1',
      catalog: this.catalog,
      now,
      language: this.options.language ?? 'en',
      history: [...this.history],
      message,
      patient: this.patient,
      state: this.state,
      tools: this.fake.tools(),
    });
    const calls = this.fake.takeCalls();
    this.turns.push({ message, reply, calls, patient: this.patient });
    this.state = reply.state;
    this.history.push({ author: 'patient', text: message, at: now.toISOString() }, { author: 'assistant', text: reply.text, at: now.toISOString() });
    return reply;
  }

  get last(): TurnRecord {
    return this.turns[this.turns.length - 1]!;
  }
}

// ---------------------------------------------------------------- what the guardrails verify

/** The VerifiedTurn the pipeline builds for one turn (the pipeline's own builder): the catalog, the patient, and that turn's tool calls and results. */
export function verifiedTurnFor(catalog: ClinicCatalogSnapshot, record: TurnRecord): VerifiedTurn {
  return verifiedTurnOf(
    catalog,
    record.patient,
    record.calls.map((call) => ({ name: call.name, input: call.input, ok: call.ok, result: call.result ?? null })),
    catalog.aiSettings.personaName,
  );
}
