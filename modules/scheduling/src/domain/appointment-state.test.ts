import { Conflict, InvalidInput } from '@frontdesk/shared-kernel';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATES,
  canTransition,
  isTerminal,
  occupiesSlot,
  transition,
  type AppointmentState,
} from './appointment-state';

/** The expected table, written independently of the implementation's: [from, to]. */
const EXPECTED: ReadonlyArray<readonly [AppointmentState, AppointmentState]> = [
  ['held', 'booked'],
  ['held', 'cancelled'],
  ['booked', 'confirmed'],
  ['booked', 'cancelled'],
  ['booked', 'completed'],
  ['booked', 'no_show'],
  ['confirmed', 'booked'],
  ['confirmed', 'cancelled'],
  ['confirmed', 'completed'],
  ['confirmed', 'no_show'],
];
const allowed = (from: AppointmentState, to: AppointmentState) => EXPECTED.some(([f, t]) => f === from && t === to);

describe('appointment state transitions', () => {
  for (const from of APPOINTMENT_STATES) {
    for (const to of APPOINTMENT_STATES) {
      if (allowed(from, to)) {
        it(`allows ${from} -> ${to}`, () => {
          expect(canTransition(from, to)).toBe(true);
          expect(transition(from, to)).toBe(to);
        });
      } else {
        it(`refuses ${from} -> ${to} with a conflict`, () => {
          expect(canTransition(from, to)).toBe(false);
          expect(() => transition(from, to)).toThrow(Conflict);
          try {
            transition(from, to);
          } catch (error) {
            expect(error).toMatchObject({ code: 'SCHEDULING.INVALID_TRANSITION', kind: 'conflict', details: { from, to } });
          }
        });
      }
    }
  }

  it('explains what the appointment can still become', () => {
    expect(() => transition('held', 'completed')).toThrow('An appointment that is held cannot become completed; it can become booked, cancelled');
    expect(() => transition('cancelled', 'booked')).toThrow('The appointment is cancelled and can no longer change');
  });

  it('treats cancelled, completed and no_show as terminal and nothing else', () => {
    expect(APPOINTMENT_STATES.filter(isTerminal)).toEqual(['cancelled', 'completed', 'no_show']);
  });

  it('counts held, booked and confirmed appointments as occupying the slot', () => {
    expect(APPOINTMENT_STATES.filter(occupiesSlot)).toEqual(['held', 'booked', 'confirmed']);
  });

  it('refuses a value that is not a state as invalid input', () => {
    expect(() => transition('archived' as AppointmentState, 'booked')).toThrow(InvalidInput);
    expect(() => transition('held', 'gone' as AppointmentState)).toThrow(expect.objectContaining({ code: 'SCHEDULING.UNKNOWN_STATE', details: { field: 'to' } }));
  });
});
