import { DomainError } from '@frontdesk/shared-kernel';
import type { Appointment, Slot } from '@frontdesk/scheduling';
import type { ClinicCatalogSnapshot, Doctor, FaqEntry, OpeningHours, Service } from '@frontdesk/tenancy';
import type {
  PatientLanguage,
  ReceptionistModel,
  ReceptionistReply,
  ReceptionistTurn,
  ReplyIntent,
} from '../../ports/receptionist-model.port';
import { addDays, localMoment, parseLocal, type LocalMoment } from './offline-calendar';
import { readFlow, toJson, type FlowState, type FlowStep, type OfferedAppointment, type OfferedSlot } from './offline-flow-state';
import { OFFLINE_TEXTS, formatAmount, type OfflineTexts } from './offline-texts';
import {
  findNamed,
  isNo,
  isYes,
  matchFaq,
  mentionsAnyDoctor,
  mentionsSymptom,
  normalise,
  parseChoice,
  scriptLanguage,
  topicOf,
  words,
  type Topic,
} from './offline-understanding';

/**
 * The offline receptionist: a deterministic guided flow over the scheduling
 * tools, in English and Egyptian Arabic. No network, no model, no clock but
 * `turn.now`, no randomness: the same turn always gets the same reply. It is
 * the model when no Anthropic key is set and the fallback when Anthropic
 * fails, so patients can always book, move and cancel.
 *
 * - Every fact it states comes from the catalog or from a tool call made in
 *   the same turn: slot times are searched again before they are repeated, and
 *   appointments are read again before one is shown.
 * - It says booked, moved or cancelled only after that tool call succeeded,
 *   and calls it only after an explicit yes.
 * - Before the patient is verified it calls no tool that needs a patient and
 *   shows no appointment; it asks for verification and resumes the step after.
 * - DomainErrors from the tools are answered politely; anything else (and a
 *   DomainError of kind `unavailable`) propagates to the caller.
 */
export class OfflineReceptionist implements ReceptionistModel {
  readonly name = 'offline';

  async reply(turn: ReceptionistTurn): Promise<ReceptionistReply> {
    const stored = readFlow(turn.state.offline);
    const language = scriptLanguage(turn.message) ?? stored?.lang ?? turn.language;
    const outcome = await new OfflineTurn(turn, language, stored).run();
    const text = outcome.text.trim().length > 0 ? outcome.text.trim() : OFFLINE_TEXTS[language].menuIntro;
    return {
      text,
      language,
      intent: outcome.intent,
      handoff: outcome.handoff === true,
      state: { ...turn.state, offline: toJson({ ...outcome.flow, lang: language }) },
      model: this.name,
    };
  }
}

interface Outcome {
  text: string;
  intent: ReplyIntent;
  flow: FlowState;
  handoff?: boolean;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: DomainError };

const SLOTS_OFFERED = 5;
const SLOTS_PER_DAY = 2;
const SEARCH_DAYS = 7;
/** Slots read to choose the offer from, and to find one slot again on its day. */
const SEARCH_LIMIT = 50;
const FAQ_IN_MENU = 7;
const LIVE_STATES = new Set(['held', 'booked', 'confirmed']);
/** The slot can no longer be had: offer fresh times. */
const SLOT_GONE_CODES = new Set([
  'SCHEDULING.SLOT_TAKEN',
  'SCHEDULING.CONCURRENT_CHANGE',
  'SCHEDULING.NOT_BOOKABLE_PAST',
  'SCHEDULING.NOT_BOOKABLE_NOTICE',
  'SCHEDULING.NOT_BOOKABLE_CLOSED',
  'SCHEDULING.NOT_BOOKABLE_HORIZON',
  'SCHEDULING.HOLD_EXPIRED',
]);
const NOT_VERIFIED = 'SCHEDULING.PATIENT_NOT_VERIFIED';
const CUTOFF_CODES = new Set(['SCHEDULING.INSIDE_CUTOFF', 'SCHEDULING.CUTOFF_OVERRIDE_REQUIRED']);
/** Topics that start something else, even in the middle of a flow. */
const ACTION_TOPICS = new Set<Topic>(['reschedule', 'cancel', 'my_appointments', 'book', 'hours', 'prices', 'menu']);
/** Topics that ask for something to be done rather than answered. */
const REQUEST_TOPICS = new Set<Topic>(['reschedule', 'cancel', 'my_appointments', 'book', 'menu']);
/** Weekdays from Saturday, as the week runs in Egypt; indexes as OpeningHours keys. */
const WEEK_ORDER = [6, 0, 1, 2, 3, 4, 5];
const DAY_KEYS: readonly (keyof OpeningHours)[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const QUESTION_START = new Set([
  'what', 'how', 'when', 'where', 'why', 'which', 'who', 'do', 'does', 'is', 'are', 'can', 'could', 'should',
  'ايه', 'ازاي', 'امتي', 'فين', 'ليه', 'هل', 'كام', 'بكام', 'مين',
]);

/** One turn: reads the message against the stored flow and answers it. */
class OfflineTurn {
  private readonly t: OfflineTexts;
  private readonly catalog: ClinicCatalogSnapshot;
  private readonly norm: string;
  private readonly topic: Topic | null;
  /** The topic as read inside a flow step, where general appointment words do not start a booking. */
  private readonly stepTopic: Topic | null;
  private readonly firstTurn: boolean;
  private flow: FlowState;

  constructor(
    private readonly turn: ReceptionistTurn,
    private readonly lang: PatientLanguage,
    private readonly stored: FlowState | null,
  ) {
    this.t = OFFLINE_TEXTS[lang];
    this.catalog = turn.catalog;
    this.norm = normalise(turn.message);
    this.topic = topicOf(this.norm, turn.catalog.aiSettings.escalationRules);
    this.stepTopic = topicOf(this.norm, turn.catalog.aiSettings.escalationRules, true);
    this.firstTurn = stored === null && !turn.history.some((line) => line.author === 'assistant');
    this.flow = stored ? { ...stored } : this.fresh('menu');
  }

  async run(): Promise<Outcome> {
    if (this.topic === 'emergency') return this.handoff(true);
    if (this.topic === 'human') return this.handoff(false);
    const outcome = await this.route();
    if (this.firstTurn && ['book', 'reschedule', 'cancel', 'my_appointments', 'verify'].includes(outcome.intent)) {
      return { ...outcome, text: `${this.greeting()}\n\n${outcome.text}` };
    }
    return outcome;
  }

  private async route(): Promise<Outcome> {
    const stored = this.stored;
    if (stored?.awaitingVerification && this.turn.patient !== null) {
      delete this.flow.awaitingVerification;
      const elsewhere = this.stepTopic !== null && ACTION_TOPICS.has(this.stepTopic) && this.stepTopic !== familyOf(stored.step);
      if (!elsewhere) return this.resume(stored.step);
    }
    if (stored && stored.step !== 'menu') {
      const handled = await this.continueStep(stored.step);
      if (handled) return handled;
    } else if (stored?.step === 'menu') {
      const choice = parseChoice(this.norm);
      if (choice !== null && choice >= 0 && choice <= 6) return this.menuChoice(choice);
    }
    return this.byTopic();
  }

  // ------------------------------------------------------------ topics

  private async byTopic(): Promise<Outcome> {
    const faq = matchFaq(this.norm, this.catalog.faq, this.lang);
    // "What is your cancellation policy?" is a question for the FAQ; "cancel my appointment" is a request.
    const isQuestion = /[?؟]\s*$/u.test(this.turn.message) || QUESTION_START.has(words(this.norm)[0] ?? '');
    const isRequest = this.topic !== null && REQUEST_TOPICS.has(this.topic);
    if (faq?.strong && (isQuestion || !isRequest)) return this.answerFaq(faq.entry);
    switch (this.topic) {
      case 'reschedule':
        return this.startReschedule();
      case 'cancel':
        return this.startCancel();
      case 'my_appointments':
        return this.showAppointments();
      case 'book':
        return this.startBooking(mentionsSymptom(this.norm) ? this.t.assessAtVisit : undefined);
      case 'hours':
        return this.hours();
      case 'prices':
        return this.prices();
      case 'symptom':
        return this.reply(this.t.symptom, 'other', this.fresh('menu'));
      case 'menu':
        return this.menu(this.t.menuIntro, 'other');
      case 'thanks':
        return this.reply(this.t.thanks, 'other', this.fresh('menu'));
      case 'greeting':
        return this.menu(`${this.greeting()}\n${this.t.afterGreeting}`, 'greeting');
      default:
        break;
    }
    if (faq) return this.answerFaq(faq.entry);
    if (this.firstTurn) return this.menu(`${this.greeting()}\n${this.t.afterGreeting}`, 'greeting');
    return this.menu(this.t.notUnderstood, 'other');
  }

  private menuChoice(choice: number): Promise<Outcome> {
    switch (choice) {
      case 1:
        return this.startBooking();
      case 2:
        return this.startReschedule();
      case 3:
        return this.startCancel();
      case 4:
        return this.showAppointments();
      case 5:
        return Promise.resolve(this.showQuestions());
      case 6:
        return Promise.resolve(this.handoff(false));
      default:
        return Promise.resolve(this.menu(this.t.menuIntro, 'other'));
    }
  }

  /** The stored step reads the message; null when it is not an answer to that step. */
  private async continueStep(step: FlowStep): Promise<Outcome | null> {
    const choice = parseChoice(this.norm) ?? this.looseChoice();
    if (choice === 0) return this.menu(this.t.menuIntro, 'other');
    const flow = this.flow;
    switch (step) {
      case 'questions': {
        if (choice === 1) return this.prices();
        if (choice === 2) return this.hours();
        const entry = choice === null ? undefined : this.catalog.faq.find((e) => e.id === flow.faqIds?.[choice - 3]);
        if (entry) return this.answerFaq(entry);
        return null;
      }
      case 'book.service': {
        const service = choice !== null ? this.catalog.services[choice - 1] : this.namedService();
        if (service) return this.serviceChosen(service);
        return this.otherwise(() => this.askService());
      }
      case 'book.doctor': {
        const doctors = this.catalog.doctors;
        if (choice !== null && choice >= 1 && choice <= doctors.length) return this.doctorChosen(doctors[choice - 1]!.id);
        if (choice !== null && choice === doctors.length + 1 && doctors.length > 1) return this.doctorChosen(null);
        const named = this.namedDoctor();
        if (named) return this.doctorChosen(named.id);
        if (mentionsAnyDoctor(this.norm)) return this.doctorChosen(null);
        return this.otherwise(() => this.askDoctor());
      }
      case 'book.slot': {
        const slot = choice !== null ? flow.slots?.[choice - 1] : undefined;
        if (slot) return this.pickSlot(slot);
        return this.otherwise(() => this.showSlots());
      }
      case 'book.confirm': {
        if (isYes(this.norm)) return this.book();
        if (isNo(this.norm)) return this.showSlots();
        const slot = choice !== null ? flow.slots?.[choice - 1] : undefined;
        if (slot) return this.pickSlot(slot);
        return this.otherwise(() => (flow.chosen ? this.pickSlot(flow.chosen) : this.startBooking()));
      }
      case 'appointments':
        if (choice !== null && choice <= 6) return this.menuChoice(choice);
        return this.turn.patient === null && this.stepTopic === null ? this.verify('appointments') : null;
      case 'reschedule.pick': {
        const appointment = choice !== null ? flow.appointments?.[choice - 1] : undefined;
        if (appointment) return this.rescheduleAppointment(appointment);
        return this.otherwise(() => this.startReschedule());
      }
      case 'reschedule.slot': {
        const slot = choice !== null ? flow.slots?.[choice - 1] : undefined;
        if (slot) return this.pickRescheduleSlot(slot);
        return this.otherwise(() => this.showRescheduleSlots());
      }
      case 'reschedule.confirm': {
        if (isYes(this.norm)) return this.reschedule();
        if (isNo(this.norm)) return this.showRescheduleSlots();
        const slot = choice !== null ? flow.slots?.[choice - 1] : undefined;
        if (slot) return this.pickRescheduleSlot(slot);
        return this.otherwise(() => (flow.chosen ? this.pickRescheduleSlot(flow.chosen) : this.startReschedule()));
      }
      case 'cancel.pick': {
        const appointment = choice !== null ? flow.appointments?.[choice - 1] : undefined;
        if (appointment) return this.askCancel(appointment.id);
        return this.otherwise(() => this.startCancel());
      }
      case 'cancel.confirm': {
        // "Cancel it" answers "Cancel your ...? Reply yes to cancel it".
        if (isYes(this.norm) || (this.topic === 'cancel' && words(this.norm).length <= 3)) return this.cancel();
        if (isNo(this.norm)) return this.reply(this.t.kept, 'cancel', this.fresh('menu'));
        return this.otherwise(() => (flow.appointmentId ? this.askCancel(flow.appointmentId) : this.startCancel()));
      }
      default:
        return null;
    }
  }

  /** Inside a list, "I'll take 2" is a choice too: one number in a short message. */
  private looseChoice(): number | null {
    const list = words(this.norm);
    const numbers = list.filter((w) => /^\d{1,2}$/.test(w));
    return list.length <= 4 && numbers.length === 1 ? Number(numbers[0]) : null;
  }

  /** A message that is not an answer to the step: a topic or an FAQ goes there, anything else asks the step again. */
  private async otherwise(again: () => Promise<Outcome> | Outcome): Promise<Outcome | null> {
    if (this.stepTopic !== null || matchFaq(this.norm, this.catalog.faq, this.lang) !== null) return null;
    const outcome = await again();
    return outcome.intent === 'verify' ? outcome : { ...outcome, text: join(this.t.didNotUnderstand, outcome.text) };
  }

  /** After the patient verified: the step that waited for it, run again. */
  private async resume(step: FlowStep): Promise<Outcome> {
    const flow = this.flow;
    switch (step) {
      case 'book.confirm':
        if (isYes(this.norm)) return this.book();
        return flow.chosen ? this.pickSlot(flow.chosen) : this.startBooking();
      case 'reschedule.confirm':
        if (isYes(this.norm)) return this.reschedule();
        return flow.chosen ? this.pickRescheduleSlot(flow.chosen) : this.startReschedule();
      case 'cancel.confirm':
        if (isYes(this.norm)) return this.cancel();
        return flow.appointmentId ? this.askCancel(flow.appointmentId) : this.startCancel();
      case 'appointments':
        return this.showAppointments();
      case 'reschedule.pick':
        return this.startReschedule();
      case 'cancel.pick':
        return this.startCancel();
      default:
        return (await this.continueStep(step)) ?? this.byTopic();
    }
  }

  // ------------------------------------------------------------ booking

  private async startBooking(prefix?: string): Promise<Outcome> {
    this.flow = this.fresh('book.service');
    const services = this.catalog.services;
    if (services.length === 0) return this.reply(this.t.refused, 'book', this.fresh('menu'));
    const service = this.namedService() ?? (services.length === 1 ? services[0]! : null);
    if (!service) return this.askService(prefix);
    this.flow.serviceId = service.id;
    const doctor = this.namedDoctor();
    if (doctor) return this.doctorChosen(doctor.id, prefix);
    if (this.catalog.doctors.length === 1) return this.doctorChosen(this.catalog.doctors[0]!.id, prefix);
    return this.askDoctor(prefix);
  }

  private askService(prefix?: string): Outcome {
    this.flow = { ...this.fresh('book.service') };
    const lines = this.catalog.services.map((service, index) => `${index + 1}. ${this.serviceName(service)} - ${this.price(service, false)}`);
    return this.reply(join(prefix, this.t.chooseService, ...lines, this.t.replyNumber), 'book', this.flow);
  }

  private serviceChosen(service: Service): Promise<Outcome> | Outcome {
    this.flow = { ...this.fresh('book.doctor'), serviceId: service.id };
    const doctors = this.catalog.doctors;
    if (doctors.length === 1) return this.doctorChosen(doctors[0]!.id);
    return this.askDoctor();
  }

  private askDoctor(prefix?: string): Outcome {
    this.flow = { ...this.fresh('book.doctor'), serviceId: this.flow.serviceId };
    const doctors = this.catalog.doctors;
    const lines = doctors.map((doctor, index) => `${index + 1}. ${this.doctorName(doctor)}`);
    if (doctors.length > 1) lines.push(`${doctors.length + 1}. ${this.t.anyDoctor}`);
    return this.reply(join(prefix, this.t.chooseDoctor, ...lines, this.t.replyNumber), 'book', this.flow);
  }

  private doctorChosen(doctorId: string | null, prefix?: string): Promise<Outcome> {
    this.flow = { ...this.fresh('book.slot'), serviceId: this.flow.serviceId, doctorId };
    return this.showSlots(prefix);
  }

  private async showSlots(prefix?: string): Promise<Outcome> {
    const serviceId = this.flow.serviceId;
    if (!serviceId) return this.startBooking();
    const doctorId = this.flow.doctorId ?? null;
    this.flow = { ...this.fresh('book.slot'), serviceId, doctorId };
    const found = await this.offer(serviceId, doctorId);
    if (!found.ok) return this.refusal(found.error, 'book');
    const doctor = doctorId ? this.doctorById(doctorId) : undefined;
    const doctorLabel = doctor ? this.doctorName(doctor) : null;
    if (found.value.length === 0) {
      if (doctorId !== null && this.catalog.doctors.length > 1) {
        this.flow = { ...this.fresh('book.doctor'), serviceId };
        return this.askDoctor(join(prefix, this.t.noSlots(doctorLabel)));
      }
      return this.reply(join(prefix, this.t.noSlots(doctorLabel), this.t.personOrMenu), 'book', this.fresh('menu'));
    }
    this.flow.slots = found.value;
    const lines = found.value.map((slot, index) => this.slotLine(index + 1, slot, doctorId === null));
    return this.reply(join(prefix, this.t.freeTimes(doctorLabel), ...lines, this.t.replyNumber), 'book', this.flow);
  }

  /** The patient picked a time: check it is still free, then ask for an explicit yes. */
  private async pickSlot(slot: OfferedSlot): Promise<Outcome> {
    const service = this.serviceById(this.flow.serviceId);
    if (!service) return this.startBooking();
    const free = await this.stillFree(service.id, slot);
    if (!free.ok) return this.refusal(free.error, 'book');
    if (!free.value) return this.showSlots(this.t.slotGone);
    this.flow = { ...this.flow, step: 'book.confirm', chosen: slot };
    const when = parseLocal(slot.localStart);
    if (!when) return this.showSlots();
    const text = this.t.confirmBook(this.serviceName(service), this.price(service, true), this.doctorLabel(slot.doctorId), when);
    return this.reply(text, 'book', this.flow);
  }

  private async book(): Promise<Outcome> {
    const slot = this.flow.chosen;
    const service = this.serviceById(this.flow.serviceId);
    if (!slot || !service) return this.startBooking();
    if (this.turn.patient === null) return this.verify('book.confirm');
    const booked = await this.attempt(() =>
      this.turn.tools.book_appointment({
        doctorId: slot.doctorId,
        serviceId: service.id,
        branchId: slot.branchId,
        start: slot.start,
        idempotencyKey: `${this.turn.conversationId}:book:${slot.start}:${service.id}`,
      }),
    );
    if (!booked.ok) {
      if (booked.error.code === NOT_VERIFIED) return this.verify('book.confirm');
      if (SLOT_GONE_CODES.has(booked.error.code)) return this.showSlots(this.t.slotTaken);
      return this.refusal(booked.error, 'book');
    }
    const appointment = booked.value.appointment;
    const when = this.local(appointment.start);
    const serviceName = this.serviceName(this.serviceById(appointment.serviceId) ?? service);
    const doctor = this.doctorLabel(appointment.doctorId);
    const text = appointment.state === 'held' ? this.t.requested(serviceName, doctor, when) : this.t.booked(serviceName, doctor, when);
    return this.reply(join(text, this.t.anythingElse), 'book', this.fresh('menu'));
  }

  // ------------------------------------------------------------ appointments

  private async showAppointments(): Promise<Outcome> {
    this.flow = this.fresh('appointments');
    if (this.turn.patient === null) return this.verify('appointments');
    const listed = await this.appointments();
    if (!listed.ok) return listed.error.code === NOT_VERIFIED ? this.verify('appointments') : this.refusal(listed.error, 'my_appointments');
    if (listed.value.length === 0) return this.reply(this.t.noAppointments, 'my_appointments', this.fresh('menu'));
    const lines = listed.value.map((appointment, index) => this.appointmentLine(index + 1, appointment));
    return this.reply(join(this.t.appointmentsHeader, ...lines, this.t.anythingElse), 'my_appointments', this.fresh('menu'));
  }

  private async startReschedule(): Promise<Outcome> {
    this.flow = this.fresh('reschedule.pick');
    if (this.turn.patient === null) return this.verify('reschedule.pick');
    const listed = await this.appointments();
    if (!listed.ok) return listed.error.code === NOT_VERIFIED ? this.verify('reschedule.pick') : this.refusal(listed.error, 'reschedule');
    if (listed.value.length === 0) return this.reply(this.t.noAppointments, 'reschedule', this.fresh('menu'));
    if (listed.value.length === 1) return this.rescheduleAppointment(listed.value[0]!);
    this.flow = { ...this.fresh('reschedule.pick'), appointments: listed.value };
    const lines = listed.value.map((appointment, index) => this.appointmentLine(index + 1, appointment));
    return this.reply(join(this.t.pickToReschedule, ...lines, this.t.replyNumber), 'reschedule', this.flow);
  }

  private rescheduleAppointment(appointment: OfferedAppointment): Promise<Outcome> {
    this.flow = {
      ...this.fresh('reschedule.slot'),
      appointmentId: appointment.id,
      serviceId: appointment.serviceId,
      doctorId: appointment.doctorId,
      appointments: [appointment],
    };
    return this.showRescheduleSlots();
  }

  private async showRescheduleSlots(prefix?: string): Promise<Outcome> {
    const appointment = this.flow.appointments?.find((a) => a.id === this.flow.appointmentId);
    if (!appointment) return this.startReschedule();
    if (this.turn.patient === null) return this.verify('reschedule.pick');
    this.flow = { ...this.flow, step: 'reschedule.slot' };
    delete this.flow.chosen;
    const found = await this.offer(appointment.serviceId, appointment.doctorId, appointment.start);
    if (!found.ok) return this.refusal(found.error, 'reschedule');
    if (found.value.length === 0) {
      return this.reply(join(prefix, this.t.noSlots(this.doctorLabel(appointment.doctorId)), this.t.personOrMenu), 'reschedule', this.fresh('menu'));
    }
    this.flow.slots = found.value;
    const header = this.t.rescheduleTimes(this.serviceLabel(appointment.serviceId), this.doctorLabel(appointment.doctorId));
    const lines = found.value.map((slot, index) => this.slotLine(index + 1, slot, false));
    return this.reply(join(prefix, header, ...lines, this.t.replyNumber), 'reschedule', this.flow);
  }

  private async pickRescheduleSlot(slot: OfferedSlot): Promise<Outcome> {
    const appointment = this.flow.appointments?.find((a) => a.id === this.flow.appointmentId);
    if (!appointment) return this.startReschedule();
    if (this.turn.patient === null) return this.verify('reschedule.confirm');
    const free = await this.stillFree(appointment.serviceId, slot);
    if (!free.ok) return this.refusal(free.error, 'reschedule');
    if (!free.value) return this.showRescheduleSlots(this.t.slotGone);
    const when = parseLocal(slot.localStart);
    if (!when) return this.showRescheduleSlots();
    this.flow = { ...this.flow, step: 'reschedule.confirm', chosen: slot };
    const text = this.t.confirmReschedule(this.serviceLabel(appointment.serviceId), this.doctorLabel(slot.doctorId), when);
    return this.reply(text, 'reschedule', this.flow);
  }

  private async reschedule(): Promise<Outcome> {
    const slot = this.flow.chosen;
    const appointmentId = this.flow.appointmentId;
    if (!slot || !appointmentId) return this.startReschedule();
    if (this.turn.patient === null) return this.verify('reschedule.confirm');
    const moved = await this.attempt(() =>
      this.turn.tools.reschedule_appointment({
        appointmentId,
        start: slot.start,
        doctorId: slot.doctorId,
        branchId: slot.branchId,
        idempotencyKey: `${this.turn.conversationId}:reschedule:${appointmentId}:${slot.start}`,
      }),
    );
    if (!moved.ok) {
      if (moved.error.code === NOT_VERIFIED) return this.verify('reschedule.confirm');
      if (SLOT_GONE_CODES.has(moved.error.code)) return this.showRescheduleSlots(this.t.slotTaken);
      return this.refusal(moved.error, 'reschedule');
    }
    const appointment = moved.value.appointment;
    const text = this.t.rescheduled(this.serviceLabel(appointment.serviceId), this.doctorLabel(appointment.doctorId), this.local(appointment.start));
    return this.reply(join(text, this.t.anythingElse), 'reschedule', this.fresh('menu'));
  }

  private async startCancel(): Promise<Outcome> {
    this.flow = this.fresh('cancel.pick');
    if (this.turn.patient === null) return this.verify('cancel.pick');
    const listed = await this.appointments();
    if (!listed.ok) return listed.error.code === NOT_VERIFIED ? this.verify('cancel.pick') : this.refusal(listed.error, 'cancel');
    if (listed.value.length === 0) return this.reply(this.t.noAppointments, 'cancel', this.fresh('menu'));
    if (listed.value.length === 1) return this.askCancel(listed.value[0]!.id, listed.value);
    this.flow = { ...this.fresh('cancel.pick'), appointments: listed.value };
    const lines = listed.value.map((appointment, index) => this.appointmentLine(index + 1, appointment));
    return this.reply(join(this.t.pickToCancel, ...lines, this.t.replyNumber), 'cancel', this.flow);
  }

  /** Asks for a yes, about the appointment as the tools list it now. */
  private async askCancel(appointmentId: string, listedNow?: OfferedAppointment[]): Promise<Outcome> {
    if (this.turn.patient === null) return this.verify('cancel.pick');
    let list = listedNow;
    if (!list) {
      const listed = await this.appointments();
      if (!listed.ok) return listed.error.code === NOT_VERIFIED ? this.verify('cancel.pick') : this.refusal(listed.error, 'cancel');
      list = listed.value;
    }
    const appointment = list.find((a) => a.id === appointmentId);
    if (!appointment) return this.startCancel();
    this.flow = { ...this.fresh('cancel.confirm'), appointmentId, appointments: [appointment] };
    const text = this.t.confirmCancel(
      this.serviceLabel(appointment.serviceId),
      this.doctorLabel(appointment.doctorId),
      this.local(appointment.start),
    );
    return this.reply(text, 'cancel', this.flow);
  }

  private async cancel(): Promise<Outcome> {
    const appointmentId = this.flow.appointmentId;
    if (!appointmentId) return this.startCancel();
    if (this.turn.patient === null) return this.verify('cancel.confirm');
    const cancelled = await this.attempt(() =>
      this.turn.tools.cancel_appointment({ appointmentId, idempotencyKey: `${this.turn.conversationId}:cancel:${appointmentId}` }),
    );
    if (!cancelled.ok) {
      if (cancelled.error.code === NOT_VERIFIED) return this.verify('cancel.confirm');
      return this.refusal(cancelled.error, 'cancel');
    }
    const appointment = cancelled.value.appointment;
    const text = this.t.cancelled(this.serviceLabel(appointment.serviceId), this.doctorLabel(appointment.doctorId), this.local(appointment.start));
    return this.reply(join(text, this.t.anythingElse), 'cancel', this.fresh('menu'));
  }

  // ------------------------------------------------------------ questions

  private showQuestions(): Outcome {
    const entries = this.catalog.faq.filter((entry) => entry.language === this.lang).slice(0, FAQ_IN_MENU);
    const lines = [`1. ${this.t.pricesOption}`, `2. ${this.t.hoursOption}`, ...entries.map((entry, index) => `${index + 3}. ${entry.question}`)];
    const flow: FlowState = { ...this.fresh('questions'), faqIds: entries.map((entry) => entry.id) };
    return this.reply(join(this.t.questionsIntro, ...lines, this.t.replyNumber), 'faq', flow);
  }

  /** The clinic's own answer, word for word. */
  private answerFaq(entry: FaqEntry): Outcome {
    return this.reply(`${entry.answer}\n\n${this.t.anythingElse}`, 'faq', this.fresh('menu'));
  }

  private prices(): Outcome {
    const services = this.catalog.services;
    if (services.length === 0) return this.reply(this.t.refused, 'faq', this.fresh('menu'));
    const named = this.namedService();
    if (named) return this.reply(join(`${this.serviceName(named)}: ${this.price(named, true)}`, this.t.bookOrMenu), 'faq', this.fresh('menu'));
    const lines = services.map((service) => this.t.priceLine(this.serviceName(service), this.price(service, false)));
    return this.reply(join(this.t.pricesHeader, ...lines, this.t.bookOrMenu), 'faq', this.fresh('menu'));
  }

  private hours(): Outcome {
    const branches = this.catalog.branches;
    if (branches.length === 0) return this.reply(this.t.noHours, 'faq', this.fresh('menu'));
    const keyOf = (hours: OpeningHours) => JSON.stringify(DAY_KEYS.map((day) => hours[day]));
    const sameEverywhere = branches.every((branch) => keyOf(branch.openingHours) === keyOf(branches[0]!.openingHours));
    const blocks = sameEverywhere
      ? [this.hoursLines(branches[0]!.openingHours)]
      : branches.map((branch) => [this.t.branchHeading(this.lang === 'ar' ? branch.nameAr || branch.name : branch.name), ...this.hoursLines(branch.openingHours)]);
    return this.reply(join(this.t.hoursHeader, ...blocks.flat(), this.t.anythingElse), 'faq', this.fresh('menu'));
  }

  /** Runs of days with the same hours ("Saturday - Wednesday: 9:00 am to 5:00 pm"), then the closed days. */
  private hoursLines(hours: OpeningHours): string[] {
    const groups: { days: number[]; key: string; ranges: OpeningHours['sun'] }[] = [];
    const closed: number[] = [];
    let previousOpen = false;
    for (const day of WEEK_ORDER) {
      const ranges = hours[DAY_KEYS[day]!] ?? [];
      if (ranges.length === 0) {
        closed.push(day);
        previousOpen = false;
        continue;
      }
      const key = JSON.stringify(ranges);
      const last = groups[groups.length - 1];
      if (previousOpen && last && last.key === key) last.days.push(day);
      else groups.push({ days: [day], key, ranges });
      previousOpen = true;
    }
    const lines = groups.map((group) => this.t.hoursLine(group.days, group.ranges));
    if (closed.length > 0) lines.push(this.t.closedLine(closed));
    return lines;
  }

  // ------------------------------------------------------------ replies

  private menu(intro: string, intent: ReplyIntent): Outcome {
    return this.reply(join(intro, ...this.t.menu), intent, this.fresh('menu'));
  }

  private handoff(emergency: boolean): Outcome {
    const text = emergency ? join(this.t.handoff, this.t.emergency) : this.t.handoff;
    return { text, intent: 'human', flow: this.fresh('menu'), handoff: true };
  }

  /** Asks the patient to verify their phone; the flow waits at `step` and resumes once they have. */
  private verify(step: FlowStep): Outcome {
    this.flow = { ...this.flow, step, awaitingVerification: true };
    return this.reply(this.t.verify, 'verify', this.flow);
  }

  private refusal(error: DomainError, intent: ReplyIntent): Outcome {
    const text = CUTOFF_CODES.has(error.code) ? this.t.cutoff : this.t.refused;
    return this.reply(text, intent, this.fresh('menu'));
  }

  private reply(text: string, intent: ReplyIntent, flow: FlowState): Outcome {
    this.flow = flow;
    return { text, intent, flow };
  }

  private greeting(): string {
    const settings = this.catalog.aiSettings;
    const greeting = settings.greetings[this.lang].trim();
    const persona = settings.personaName.trim();
    // A greeting that names the persona in either language ("Nour", "نور") needs no introduction line.
    const named = Object.values(settings.greetings).some((text) => text.includes(persona));
    if (persona.length === 0 || named) return greeting;
    return join(greeting, this.t.personaLine(persona));
  }

  private fresh(step: FlowStep): FlowState {
    return { v: 1, lang: this.lang, step };
  }

  // ------------------------------------------------------------ tools

  /**
   * Runs a tool call. DomainErrors are the tool's answer (refusals); anything
   * else, and an `unavailable` DomainError, is the caller's to handle.
   */
  private async attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
    this.turn.signal?.throwIfAborted();
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      if (error instanceof DomainError && error.kind !== 'unavailable') return { ok: false, error };
      throw error;
    }
  }

  /** Up to five free times in the coming week, at most two a day while there are enough. */
  private async offer(serviceId: string, doctorId: string | null, exceptStart?: string): Promise<Attempt<OfferedSlot[]>> {
    const today = localMoment(this.turn.now, this.catalog.profile.timezone).date;
    const found = await this.attempt(() =>
      this.turn.tools.search_slots({
        serviceId,
        from: today,
        to: addDays(today, SEARCH_DAYS),
        limit: SEARCH_LIMIT,
        ...(doctorId ? { doctorId } : {}),
      }),
    );
    if (!found.ok) return found;
    const except = exceptStart ? Date.parse(exceptStart) : Number.NaN;
    const sorted = [...found.value]
      .filter((slot) => Date.parse(slot.start) !== except && Date.parse(slot.start) >= this.turn.now.getTime())
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.doctorId.localeCompare(b.doctorId));
    const candidates = doctorId ? sorted : sorted.filter((slot, index) => index === 0 || Date.parse(sorted[index - 1]!.start) !== Date.parse(slot.start));
    const chosen: Slot[] = [];
    const perDay = new Map<string, number>();
    for (const slot of candidates) {
      if (chosen.length === SLOTS_OFFERED) break;
      const day = slot.localStart.slice(0, 10);
      if ((perDay.get(day) ?? 0) >= SLOTS_PER_DAY) continue;
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      chosen.push(slot);
    }
    for (const slot of candidates) {
      if (chosen.length === SLOTS_OFFERED) break;
      if (!chosen.includes(slot)) chosen.push(slot);
    }
    chosen.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.doctorId.localeCompare(b.doctorId));
    return { ok: true, value: chosen.map((slot) => ({ start: slot.start, doctorId: slot.doctorId, branchId: slot.branchId, localStart: slot.localStart })) };
  }

  /** Whether the slot is still offered: one search of its day for its doctor. */
  private async stillFree(serviceId: string, slot: OfferedSlot): Promise<Attempt<boolean>> {
    const day = slot.localStart.slice(0, 10);
    const found = await this.attempt(() =>
      this.turn.tools.search_slots({ serviceId, doctorId: slot.doctorId, from: day, to: day, limit: SEARCH_LIMIT }),
    );
    if (!found.ok) return found;
    const start = Date.parse(slot.start);
    return { ok: true, value: found.value.some((s) => Date.parse(s.start) === start && s.doctorId === slot.doctorId) };
  }

  /** The verified patient's live appointments, soonest first. */
  private async appointments(): Promise<Attempt<OfferedAppointment[]>> {
    const found = await this.attempt(() => this.turn.tools.my_appointments());
    if (!found.ok) return found;
    const live = found.value
      .filter((appointment: Appointment) => LIVE_STATES.has(appointment.state))
      .map((appointment) => ({
        id: appointment.id,
        serviceId: appointment.serviceId,
        doctorId: appointment.doctorId,
        ...(appointment.branchId ? { branchId: appointment.branchId } : {}),
        start: new Date(appointment.start).toISOString(),
      }))
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    return { ok: true, value: live };
  }

  // ------------------------------------------------------------ catalog words

  private namedService(): Service | null {
    return findNamed(this.norm, this.catalog.services, (service) => [service.name, service.nameAr]);
  }

  private namedDoctor(): Doctor | null {
    return findNamed(this.norm, this.catalog.doctors, (doctor) => [doctor.name, doctor.nameAr]);
  }

  private serviceById(id: string | undefined): Service | undefined {
    return id === undefined ? undefined : this.catalog.services.find((service) => service.id === id);
  }

  private doctorById(id: string): Doctor | undefined {
    return this.catalog.doctors.find((doctor) => doctor.id === id);
  }

  private serviceName(service: Service): string {
    return this.lang === 'ar' ? service.nameAr || service.name : service.name;
  }

  private serviceLabel(serviceId: string): string {
    const service = this.serviceById(serviceId);
    return service ? this.serviceName(service) : this.t.someService;
  }

  private doctorName(doctor: Doctor): string {
    return this.lang === 'ar' ? doctor.nameAr || doctor.name : doctor.name;
  }

  private doctorLabel(doctorId: string): string {
    const doctor = this.doctorById(doctorId);
    return doctor ? this.doctorName(doctor) : this.t.someDoctor;
  }

  private branchLabel(branchId: string | undefined): string | null {
    if (this.catalog.branches.length < 2 || branchId === undefined) return null;
    const branch = this.catalog.branches.find((b) => b.id === branchId);
    if (!branch) return null;
    return this.lang === 'ar' ? branch.nameAr || branch.name : branch.name;
  }

  /** "EGP 350" or, with the deposit, "EGP 350, deposit EGP 50". */
  private price(service: Service, withDeposit: boolean): string {
    const currency = this.catalog.profile.currency.toUpperCase();
    const price = this.t.money(formatAmount(service.priceMinor, currency), currency);
    if (!withDeposit || service.depositMinor === null || service.depositMinor <= 0) return price;
    return this.t.priceWithDeposit(price, this.t.money(formatAmount(service.depositMinor, currency), currency));
  }

  private slotLine(index: number, slot: OfferedSlot, showDoctor: boolean): string {
    const when = parseLocal(slot.localStart) ?? this.local(slot.start);
    return this.t.slotLine(index, when, showDoctor ? this.doctorLabel(slot.doctorId) : null, this.branchLabel(slot.branchId));
  }

  private appointmentLine(index: number, appointment: OfferedAppointment): string {
    return this.t.appointmentLine(index, this.serviceLabel(appointment.serviceId), this.doctorLabel(appointment.doctorId), this.local(appointment.start));
  }

  private local(instant: Date | string): LocalMoment {
    return localMoment(new Date(instant), this.catalog.profile.timezone);
  }
}

/** Which flow a step belongs to, as the topic that starts it. */
function familyOf(step: FlowStep): Topic | null {
  if (step.startsWith('book.')) return 'book';
  if (step.startsWith('reschedule.')) return 'reschedule';
  if (step.startsWith('cancel.')) return 'cancel';
  if (step === 'appointments') return 'my_appointments';
  return null;
}

function join(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part.length > 0).join('\n');
}
