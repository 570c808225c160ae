import { DomainError } from '@frontdesk/shared-kernel';
import type { AppointmentFact, SlotFact, ToolCallFact, VerifiedTurn, Weekday } from '@frontdesk/guardrails';
import type { Appointment, Slot } from '@frontdesk/scheduling';
import { toMajorUnits, type ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import type { ReceptionistTools } from '../ports/receptionist-model.port';

/** One tool call of a turn, as executed: what the guardrails may treat as verified. */
export interface RecordedCall {
  name: string;
  input: unknown;
  ok: boolean;
  /** The tool's result as JSON (dates as ISO strings); the error code and message when it failed. */
  result: unknown;
}

/**
 * Guardrails read a confirmation as backed when a booking tool of that kind
 * succeeded; these tools book too but do not say so in their names.
 */
const FACT_NAMES: Partial<Record<keyof ReceptionistTools, string>> = {
  confirm_hold: 'book_appointment.confirm_hold',
  accept_waitlist_offer: 'book_appointment.accept_waitlist_offer',
};

const asJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * Wraps the conversation's tool set so every call the model makes is
 * recorded with its outcome. The guardrails then check the reply against
 * what actually ran, not against what the model says it did.
 */
export function recordToolCalls(tools: ReceptionistTools): { tools: ReceptionistTools; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const wrapped = {} as Record<string, (input: never) => Promise<unknown>>;
  for (const [name, tool] of Object.entries(tools) as [string, (input: never) => Promise<unknown>][]) {
    wrapped[name] = async (input: never) => {
      try {
        const result = await tool(input);
        calls.push({ name, input: asJson(input), ok: true, result: asJson(result) });
        return result;
      } catch (error) {
        const failure = error instanceof DomainError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: 'tool failed' };
        calls.push({ name, input: asJson(input), ok: false, result: failure });
        throw error;
      }
    };
  }
  return { tools: wrapped as unknown as ReceptionistTools, calls };
}

const WEEKDAY_KEYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * One facts object per catalog snapshot: the snapshot is shared while the catalog cache holds it,
 * and the guardrails keep their name and amount indexes per facts object, so a clinic's indexes
 * are built once per snapshot instead of on every turn.
 */
const factsBySnapshot = new WeakMap<ClinicCatalogSnapshot, VerifiedTurn['clinic']>();

/** The clinic's verified facts in the guardrails' shape (names in both languages, major-unit prices, hours per weekday). */
export function clinicFactsOf(catalog: ClinicCatalogSnapshot): VerifiedTurn['clinic'] {
  let facts = factsBySnapshot.get(catalog);
  if (!facts) {
    facts = buildClinicFacts(catalog);
    factsBySnapshot.set(catalog, facts);
  }
  return facts;
}

function buildClinicFacts(catalog: ClinicCatalogSnapshot): VerifiedTurn['clinic'] {
  const currency = catalog.profile.currency;
  const hours: VerifiedTurn['clinic']['hours'] = [];
  for (const branch of catalog.branches) {
    for (const day of WEEKDAY_KEYS) {
      for (const range of branch.openingHours[day]) hours.push({ day, open: range.from, close: range.to });
    }
  }
  return {
    name: catalog.profile.name,
    phones: catalog.branches.map((b) => b.phone),
    hours,
    doctors: catalog.doctors.map((d) => ({ name: d.name, nameAr: d.nameAr })),
    branches: catalog.branches.map((b) => ({ name: b.name, nameAr: b.nameAr, phone: b.phone })),
    services: catalog.services.map((s) => ({
      name: s.name,
      nameAr: s.nameAr,
      price: toMajorUnits(s.priceMinor, currency),
      deposit: s.depositMinor === null ? 0 : toMajorUnits(s.depositMinor, currency),
      currency,
    })),
  };
}

type JsonAppointment = Pick<Appointment, 'id' | 'doctorId' | 'serviceId' | 'branchId'> & { start: string; end: string };

/**
 * What this turn verified: the catalog, the verified patient, the slots the
 * last search returned, the appointments the tools returned, and the calls.
 */
export function verifiedTurnOf(catalog: ClinicCatalogSnapshot, patient: { phone: string } | null, calls: readonly RecordedCall[], assistantName?: string): VerifiedTurn {
  const doctorName = (id: string) => catalog.doctors.find((d) => d.id === id)?.name ?? id;
  const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.name ?? id;
  const branchName = (id: string | undefined) => (id ? (catalog.branches.find((b) => b.id === id)?.name ?? id) : '');
  let lastSlots: SlotFact[] = [];
  const appointments = new Map<string, AppointmentFact>();
  const addAppointment = (a: JsonAppointment) =>
    appointments.set(a.id, { id: a.id, start: a.start, end: a.end, doctor: doctorName(a.doctorId), service: serviceName(a.serviceId), branch: branchName(a.branchId) });
  for (const call of calls) {
    if (!call.ok) continue;
    if (call.name === 'search_slots') {
      const serviceId = (call.input as { serviceId?: string } | null)?.serviceId;
      lastSlots = (call.result as (Slot & { start: string })[]).map((slot) => ({
        start: slot.start,
        end: slot.end,
        doctor: doctorName(slot.doctorId),
        branch: branchName(slot.branchId),
        ...(serviceId ? { service: serviceName(serviceId) } : {}),
      }));
    } else if (call.name === 'my_appointments') {
      for (const a of call.result as JsonAppointment[]) addAppointment(a);
    } else {
      const result = call.result as { appointment?: JsonAppointment } | null;
      if (result?.appointment) addAppointment(result.appointment);
    }
  }
  return {
    timezone: catalog.profile.timezone,
    clinic: clinicFactsOf(catalog),
    // The patient's name is not a verified fact in chat: the reply may not assert one.
    patient: patient ? { name: '', phone: patient.phone } : null,
    lastSlots,
    appointments: [...appointments.values()],
    toolCalls: calls.map((call): ToolCallFact => ({ name: FACT_NAMES[call.name as keyof ReceptionistTools] ?? call.name, ok: call.ok, result: call.result })),
    ...(assistantName ? { assistantName } : {}),
  };
}
