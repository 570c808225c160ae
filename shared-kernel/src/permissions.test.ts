import { describe, expect, it } from 'vitest';
import { PERMISSIONS, renderPermissionMatrix, roleMay, type Permission } from './permissions';

const all = Object.keys(PERMISSIONS) as Permission[];

describe('the permission matrix', () => {
  it('lets owners do everything in their clinic except act as the AI agent', () => {
    for (const permission of all) expect(roleMay('owner', permission)).toBe(permission !== 'agent.book');
    expect(roleMay('ai_agent', 'account.self')).toBe(false);
  });

  it('keeps doctors away from admin actions', () => {
    for (const permission of ['broadcast.send', 'conversation.takeover', 'billing.manage', 'staff.manage', 'ai_settings.edit'] as const) {
      expect(roleMay('doctor', permission)).toBe(false);
    }
    expect(roleMay('doctor', 'clinical.view')).toBe(true);
    expect(roleMay('doctor', 'patient.magic_link')).toBe(false);
  });

  it('lets receptionists run the front desk but not billing, staff or AI settings', () => {
    for (const permission of ['booking.manage', 'deposit.manage', 'conversation.takeover', 'patient.magic_link', 'broadcast.send'] as const) {
      expect(roleMay('receptionist', permission)).toBe(true);
    }
    for (const permission of ['billing.manage', 'staff.manage', 'ai_settings.edit', 'clinical.view'] as const) {
      expect(roleMay('receptionist', permission)).toBe(false);
    }
  });

  it('gives the AI agent only what a conversation needs', () => {
    expect(all.filter((p) => roleMay('ai_agent', p)).sort()).toEqual(['agent.book', 'clinic.view']);
  });

  it('renders one table row per action', () => {
    const table = renderPermissionMatrix();
    expect(table.split('\n')).toHaveLength(all.length + 2);
    expect(table).toContain('| `billing.manage` | Subscription, payment settings and refunds | yes | - | - | - |');
  });
});
