import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from './actor';
import { describeActor } from './actor';
import type { AuditLog } from './audit';
import type { Clock } from './clock';
import { TenantScopeViolation } from './errors';
import type { ClinicId } from './ids';
import { formatTenantKey } from './keys';
import type { Logger } from './logger';

export type TenantMode = 'strict' | 'audit';

interface ScopeState {
  clinicId?: ClinicId;
  actor: Actor;
  requestId: string;
  /** Set only inside crossTenant(): the audited reason for touching many clinics. */
  crossTenantReason?: string;
}

/** One storage per process: the scope follows the async call chain. */
const storage = new AsyncLocalStorage<ScopeState>();

export interface TenantGuardOptions {
  mode: TenantMode;
  auditLog: AuditLog;
  logger: Logger;
  clock: Clock;
}

/**
 * Guards every tenant-data access. Stores build keys with `key(clinicId, ...)`,
 * which checks the clinic against the active scope: outside a scope, or for a
 * different clinic, strict mode throws and audit mode logs and goes on.
 */
export class TenantGuard {
  constructor(private readonly options: TenantGuardOptions) {}

  get mode(): TenantMode {
    return this.options.mode;
  }

  /** Open a scope for one clinic. Nested scopes for another clinic need crossTenant(). */
  run<T>(scope: { clinicId: ClinicId; actor: Actor; requestId: string }, fn: () => T): T {
    const outer = storage.getStore();
    if (outer?.clinicId && outer.clinicId !== scope.clinicId && !outer.crossTenantReason) {
      this.violation(`opening a scope for clinic ${scope.clinicId} inside clinic ${outer.clinicId}`);
    }
    return storage.run({ ...scope, crossTenantReason: outer?.crossTenantReason }, fn);
  }

  /**
   * The only way to work across clinics. Writes a platform audit record
   * before running; inside, `run()` may open a scope for any clinic.
   */
  async crossTenant<T>(reason: string, actor: Actor, requestId: string, fn: () => Promise<T>): Promise<T> {
    const trimmed = reason.trim();
    if (trimmed.length < 3) throw new TypeError('crossTenant needs a reason');
    await this.options.auditLog.append({
      actor: describeActor(actor),
      action: 'tenancy.cross_tenant',
      target: 'clinics:*',
      clinicId: null,
      at: this.options.clock.now(),
      outcome: 'success',
      requestId,
      detail: trimmed,
    });
    return storage.run({ actor, requestId, crossTenantReason: trimmed }, fn);
  }

  /** The clinic of the active scope; throws (strict) or logs (audit) without one. */
  currentClinicId(): ClinicId | undefined {
    const state = storage.getStore();
    if (!state?.clinicId) {
      this.violation('reading the current clinic outside a tenant scope');
      return undefined;
    }
    return state.clinicId;
  }

  currentScope(): Readonly<ScopeState> | undefined {
    return storage.getStore();
  }

  /** Build a tenant key after checking access to that clinic. */
  key(clinic: ClinicId, ...parts: string[]): string {
    this.assertAccess(clinic);
    return formatTenantKey(clinic, parts);
  }

  assertAccess(clinic: ClinicId): void {
    const state = storage.getStore();
    if (state?.crossTenantReason) return;
    if (!state?.clinicId) {
      this.violation(`tenant data of clinic ${clinic} accessed outside a tenant scope`);
    } else if (state.clinicId !== clinic) {
      this.violation(`clinic ${state.clinicId} tried to access data of clinic ${clinic}`);
    }
  }

  /** For reads of global indexes that span clinics: only inside crossTenant(). */
  assertCrossTenant(what: string): void {
    if (!storage.getStore()?.crossTenantReason) this.violation(`${what} outside crossTenant()`);
  }

  private violation(message: string): void {
    if (this.options.mode === 'strict') throw new TenantScopeViolation(message);
    this.options.logger.error({ event: 'tenant_scope_violation', stack: new Error(message).stack }, message);
  }
}
