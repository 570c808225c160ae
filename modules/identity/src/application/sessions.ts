import { describeActor, Unauthenticated, type Actor, type ClinicId, NotFound } from '@frontdesk/shared-kernel';
import type { Account } from '../domain/account';
import { OPERATOR_SCOPE } from '../domain/account-refs';
import { secondsLeft, sessionExpired, SESSION_LIMITS } from '../domain/session-policy';
import type { SessionOwner, SessionRecord } from '../ports/session-store.port';
import { audit, hashToken, newToken, type IdentityDeps } from './deps';


export interface IssuedSession {
  cookieValue: string;
  maxAgeSeconds: number;
  record: SessionRecord;
}

export interface ClientInfo {
  ip: string;
  userAgent: string;
  requestId: string;
}

/** Touching lastSeenAt on every request would be a write per request; once a minute is enough for idle limits. */
const TOUCH_INTERVAL_MS = 60_000;

export class Sessions {
  constructor(private readonly deps: IdentityDeps) {}

  ownerOf(account: Account): SessionOwner {
    return account.kind === 'staff' ? { kind: 'staff', clinicId: account.clinicId, userId: account.id } : { kind: 'operator', userId: account.id };
  }

  /** A new session with a new id: at login, and after any privilege change. */
  async issue(account: Account, client: ClientInfo): Promise<IssuedSession> {
    const now = this.deps.clock.now();
    const token = newToken();
    const idleMinutes =
      account.kind === 'staff' ? (await this.deps.accounts.getSecurityPolicy(account.clinicId)).idleMinutes : SESSION_LIMITS.operator.idleMinutes;
    const record: SessionRecord = {
      id: hashToken(token),
      owner: this.ownerOf(account),
      createdAt: now,
      lastSeenAt: now,
      absoluteMinutes: account.kind === 'staff' ? SESSION_LIMITS.staff.absoluteMinutes : SESSION_LIMITS.operator.absoluteMinutes,
      idleMinutes,
      ip: client.ip,
      userAgent: client.userAgent,
    };
    await this.deps.sessions.save(record, secondsLeft(record, now));
    // The cookie value names the clinic (or `~op`) the session lives in, then the token.
    const scope = account.kind === 'staff' ? account.clinicId : OPERATOR_SCOPE;
    return { cookieValue: `${scope}.${token}`, maxAgeSeconds: record.absoluteMinutes * 60, record };
  }

  /** Cookie value -> actor. Expired, ended or tampered sessions resolve to nobody. */
  async resolve(cookieValue: string | undefined, requestId: string): Promise<{ actor: Actor; session: SessionRecord } | undefined> {
    if (!cookieValue) return undefined;
    const dot = cookieValue.indexOf('.');
    if (dot < 1) return undefined;
    const scope = cookieValue.slice(0, dot);
    const id = hashToken(cookieValue.slice(dot + 1));
    if (scope === OPERATOR_SCOPE) return this.resolveIn(undefined, id, requestId);
    if (!/^[a-z0-9][a-z0-9_-]{1,63}$/.test(scope)) return undefined;
    const clinicId = scope as ClinicId;
    return this.deps.guard.run({ clinicId, actor: { kind: 'system', id: 'session-resolver' }, requestId }, () =>
      this.resolveIn(clinicId, id, requestId),
    );
  }

  private async resolveIn(clinicId: ClinicId | undefined, id: string, _requestId: string) {
    const owner = clinicId ? { kind: 'staff' as const, clinicId } : { kind: 'operator' as const };
    const session = await this.deps.sessions.get(owner, id);
    if (!session) return undefined;
    const now = this.deps.clock.now();
    if (sessionExpired(session, now)) {
      await this.deps.sessions.delete(session);
      return undefined;
    }
    const actor = await this.actorFor(session.owner);
    if (!actor) {
      await this.deps.sessions.delete(session);
      return undefined;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await this.deps.sessions.touch(session, now, secondsLeft({ ...session, lastSeenAt: now }, now));
      session.lastSeenAt = now;
    }
    return { actor, session };
  }

  private async actorFor(owner: SessionOwner): Promise<Actor | undefined> {
    if (owner.kind === 'operator') {
      const operator = await this.deps.accounts.getOperator(owner.userId);
      return operator?.status === 'active' ? { kind: 'operator', id: operator.id } : undefined;
    }
    const staff = await this.deps.accounts.getStaff(owner.clinicId, owner.userId);
    return staff?.status === 'active' ? { kind: 'staff', id: staff.id, clinicId: staff.clinicId, role: staff.role } : undefined;
  }

  /** Logout comes through the public surface, so it opens the session's own clinic scope. */
  async logout(session: SessionRecord, actor: Actor, requestId: string): Promise<void> {
    const owner = session.owner;
    if (owner.kind === 'staff') {
      await this.deps.guard.run({ clinicId: owner.clinicId, actor, requestId }, () => this.deps.sessions.delete(session));
    } else {
      await this.deps.sessions.delete(session);
    }
    await audit(this.deps, {
      actor: describeActor(actor),
      action: 'identity.logout',
      target: `user:${session.owner.userId}`,
      clinicId: session.owner.kind === 'staff' ? session.owner.clinicId : null,
      outcome: 'success',
      requestId,
    });
  }

  /** Ends every other session of the user (all of them when `keep` is undefined). */
  async endAll(owner: SessionOwner, actor: Actor, requestId: string, reason: string, keep?: string): Promise<number> {
    const ended = await this.deps.sessions.deleteAllFor(owner, keep);
    await audit(this.deps, {
      actor: describeActor(actor),
      action: 'identity.sessions.end_all',
      target: `user:${owner.userId}`,
      clinicId: owner.kind === 'staff' ? owner.clinicId : null,
      outcome: 'success',
      requestId,
      detail: `${reason}; ${ended} ended`,
    });
    return ended;
  }

  async list(owner: SessionOwner, currentId: string) {
    const sessions = await this.deps.sessions.listFor(owner);
    return sessions
      .map((s) => ({ id: s.id, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), ip: s.ip, userAgent: s.userAgent, current: s.id === currentId }))
      .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
  }

  async end(owner: SessionOwner, sessionId: string, actor: Actor, requestId: string): Promise<void> {
    const mine = await this.deps.sessions.listFor(owner);
    const target = mine.find((s) => s.id === sessionId);
    if (!target) throw new NotFound('IDENTITY.SESSION_NOT_FOUND', 'No such session');
    await this.deps.sessions.delete(target);
    await audit(this.deps, {
      actor: describeActor(actor),
      action: 'identity.session.end',
      target: `session:${sessionId.slice(0, 12)}`,
      clinicId: owner.kind === 'staff' ? owner.clinicId : null,
      outcome: 'success',
      requestId,
    });
  }
}

export function requireSession<T>(value: T | undefined): T {
  if (!value) throw new Unauthenticated();
  return value;
}
