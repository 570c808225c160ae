import type { Actor, StaffRole } from './actor';

/** Roles that act inside one clinic. The AI agent is an actor with the narrowest role. */
export type ClinicRole = StaffRole | 'ai_agent';

export const CLINIC_ROLES: readonly ClinicRole[] = ['owner', 'doctor', 'receptionist', 'ai_agent'];

/**
 * The permission matrix, written once: action -> roles allowed.
 * docs/security.md renders this table; a test walks every cell.
 */
export const PERMISSIONS = {
  'account.self': { roles: ['owner', 'doctor', 'receptionist'], means: 'Own profile, password, two-step sign-in and sessions' },
  'clinic.view': { roles: ['owner', 'doctor', 'receptionist', 'ai_agent'], means: 'Read the clinic profile and catalog' },
  'catalog.edit': { roles: ['owner'], means: 'Edit branches, doctors, services, hours and FAQ' },
  'ai_settings.edit': { roles: ['owner'], means: 'Change the AI persona, escalation rules and guardrail mode' },
  'staff.manage': { roles: ['owner'], means: 'Invite staff, change roles, disable accounts, require MFA' },
  'billing.manage': { roles: ['owner'], means: 'Subscription, payment settings and refunds' },
  'audit.view': { roles: ['owner'], means: "Query the clinic's audit log" },
  'data.export': { roles: ['owner'], means: "Export the clinic's data" },
  'broadcast.send': { roles: ['owner', 'receptionist'], means: 'Send broadcasts to patients who agreed to news' },
  'schedule.view': { roles: ['owner', 'doctor', 'receptionist'], means: 'See calendars (doctors: their own)' },
  'booking.manage': { roles: ['owner', 'receptionist'], means: 'Book, move and cancel for patients; accept or decline requests' },
  'appointment.attend': { roles: ['owner', 'doctor', 'receptionist'], means: 'Mark appointments completed or no-show' },
  'deposit.manage': { roles: ['owner', 'receptionist'], means: 'Record and confirm deposits' },
  'conversation.view': { roles: ['owner', 'receptionist'], means: 'See the live conversation feed and transcripts' },
  'conversation.takeover': { roles: ['owner', 'receptionist'], means: 'Take over a conversation from the AI, write to the patient, hand it back' },
  'outbox.review': { roles: ['owner', 'receptionist'], means: 'Approve, edit or reject AI replies held for review' },
  'channel.manage': { roles: ['owner'], means: "Connect the clinic's WhatsApp number, Facebook page and Instagram account" },
  'patient.magic_link': { roles: ['owner', 'receptionist'], means: 'Send a returning patient a sign-in link for the web chat' },
  'patient.view': { roles: ['owner', 'doctor', 'receptionist'], means: 'See patient records (doctors: their own patients)' },
  'clinical.view': { roles: ['owner', 'doctor'], means: 'Read and write clinical notes and allergies' },
  'agent.book': { roles: ['ai_agent'], means: 'Book for the verified patient of the conversation' },
} as const satisfies Record<string, { roles: readonly ClinicRole[]; means: string }>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: ClinicRole, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly ClinicRole[]).includes(role);
}

export function clinicRoleOf(actor: Actor): ClinicRole | undefined {
  if (actor.kind === 'staff') return actor.role;
  if (actor.kind === 'agent') return 'ai_agent';
  return undefined;
}

/** Markdown table of the matrix, for docs/security.md. */
export function renderPermissionMatrix(): string {
  const header = `| Action | Meaning | ${CLINIC_ROLES.join(' | ')} |`;
  const rule = `| --- | --- | ${CLINIC_ROLES.map(() => ':---:').join(' | ')} |`;
  const rows = (Object.keys(PERMISSIONS) as Permission[]).map((permission) => {
    const cells = CLINIC_ROLES.map((role) => (roleMay(role, permission) ? 'yes' : '-'));
    return `| \`${permission}\` | ${PERMISSIONS[permission].means} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
