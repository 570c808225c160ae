import { Conflict, InvalidInput } from '@frontdesk/shared-kernel';

export const APPOINTMENT_STATES = ['held', 'booked', 'confirmed', 'cancelled', 'completed', 'no_show'] as const;
export type AppointmentState = (typeof APPOINTMENT_STATES)[number];

/**
 * Every allowed state change, written once. Anything not listed is refused.
 *
 * - held -> booked       the hold is taken up (deposit paid, staff approved, waitlist offer accepted)
 * - held -> cancelled    the hold is released (expired, declined, abandoned)
 * - booked -> confirmed  the patient (or staff) confirmed, e.g. answering a reminder
 * - confirmed -> booked  a confirmed appointment was moved and needs confirming again
 * - booked|confirmed -> cancelled | completed | no_show
 *
 * cancelled, completed and no_show are terminal: nothing revives them (an old
 * patient link must never bring a cancelled booking back). Correcting a wrong
 * completed/no-show mark is a separate, audited staff action, not a transition.
 */
export const APPOINTMENT_TRANSITIONS: Readonly<Record<AppointmentState, readonly AppointmentState[]>> = {
  held: ['booked', 'cancelled'],
  booked: ['confirmed', 'cancelled', 'completed', 'no_show'],
  confirmed: ['booked', 'cancelled', 'completed', 'no_show'],
  cancelled: [],
  completed: [],
  no_show: [],
};

/** States in which the appointment occupies its doctor's time (they count as busy in slot search). */
export const SLOT_OCCUPYING_STATES: readonly AppointmentState[] = ['held', 'booked', 'confirmed'];

export function isAppointmentState(value: unknown): value is AppointmentState {
  return typeof value === 'string' && (APPOINTMENT_STATES as readonly string[]).includes(value);
}

export function canTransition(from: AppointmentState, to: AppointmentState): boolean {
  return APPOINTMENT_TRANSITIONS[from].includes(to);
}

export function isTerminal(state: AppointmentState): boolean {
  return APPOINTMENT_TRANSITIONS[state].length === 0;
}

export function occupiesSlot(state: AppointmentState): boolean {
  return SLOT_OCCUPYING_STATES.includes(state);
}

/**
 * Checks a state change and returns the new state.
 * Throws InvalidInput (SCHEDULING.UNKNOWN_STATE) for a value that is not a state,
 * Conflict (SCHEDULING.INVALID_TRANSITION) for a change the table does not allow.
 */
export function transition(from: AppointmentState, to: AppointmentState): AppointmentState {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isAppointmentState(value)) {
      throw new InvalidInput('SCHEDULING.UNKNOWN_STATE', `"${String(value)}" is not an appointment state`, { field });
    }
  }
  if (!canTransition(from, to)) {
    const allowed = APPOINTMENT_TRANSITIONS[from];
    throw new Conflict(
      'SCHEDULING.INVALID_TRANSITION',
      allowed.length === 0
        ? `The appointment is ${from} and can no longer change`
        : `An appointment that is ${from} cannot become ${to}; it can become ${allowed.join(', ')}`,
      { from, to },
    );
  }
  return to;
}
