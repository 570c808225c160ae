import type { ClinicId } from './ids';

export type StaffRole = 'owner' | 'doctor' | 'receptionist';

/** Who is acting. Every audit record and every tenant scope names one. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'staff'; id: string; clinicId: ClinicId; role: StaffRole }
  | { kind: 'patient'; id: string; clinicId: ClinicId }
  | { kind: 'operator'; id: string }
  | { kind: 'agent'; clinicId: ClinicId }
  | { kind: 'system'; id: string };

export function describeActor(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'agent':
      return `agent:${actor.clinicId}`;
    default:
      return `${actor.kind}:${actor.id}`;
  }
}
