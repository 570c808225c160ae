import { createHash } from 'node:crypto';
import { Conflict, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { isAppointmentState, transition, type AppointmentState } from '../../domain/appointment-state';
import type {
  Appointment,
  AppointmentStore,
  BookRequest,
  BookResult,
  StateChangeOutcome,
} from '../../ports/appointment-store.port';

/**
 * Key layout (all in the clinic's hash tag, so both scripts stay single-slot on a cluster):
 *
 * - `t:{clinic}:appt:<id>`            hash: the appointment (times in epoch ms, '' when absent)
 * - `t:{clinic}:busy:<doctorId>`      zset: the doctor's busy intervals, score = start ms,
 *                                     member = `<startMs>:<busyUntilMs>:<appointmentId>:<holdUntilMs or 0>`
 * - `t:{clinic}:idem:book:<sha256>`   string `<appointmentId>|<fingerprint>`, EX = idempotency TTL
 *
 * A hold's expiry is inside its interval member, so the booking script can see
 * (and drop) an expired hold without reading another key.
 */

/**
 * KEYS: idempotency key, busy zset, new appointment hash.
 * ARGV: nowMs, startMs, busyUntilMs, scanFromMs, idemTtlSeconds, fingerprint, appointmentId, member, hash field/value pairs...
 * `#!lua flags=` declares a script that may write (no `no-writes`): Redis refuses
 * it with -OOM before it runs when memory is full, so it never half-writes.
 */
export const BOOK_SCRIPT = `#!lua flags=
local idem = redis.call('GET', KEYS[1])
if idem then
  local sep = string.find(idem, '|', 1, true)
  return {'replay', string.sub(idem, 1, sep - 1), string.sub(idem, sep + 1)}
end
local now = tonumber(ARGV[1])
local s = tonumber(ARGV[2])
local e = tonumber(ARGV[3])
local candidates = redis.call('ZRANGEBYSCORE', KEYS[2], ARGV[4], '(' .. ARGV[3])
for _, m in ipairs(candidates) do
  local ms, me, mid, mh = string.match(m, '^(%d+):(%d+):([^:]+):(%d+)$')
  local hold = tonumber(mh)
  if hold > 0 and hold <= now then
    redis.call('ZREM', KEYS[2], m)
  elseif tonumber(ms) < e and tonumber(me) > s then
    return {'taken', mid}
  end
end
redis.call('HSET', KEYS[3], unpack(ARGV, 9))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[8])
redis.call('SET', KEYS[1], ARGV[7] .. '|' .. ARGV[6], 'EX', ARGV[5])
return {'ok', ARGV[7]}
`;

/**
 * KEYS: appointment hash, the doctor's busy zset.
 * ARGV: expected stored state, new state, atMs, reason, releaseSlot ('1' | '0').
 */
export const CHANGE_STATE_SCRIPT = `#!lua flags=
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing'} end
if state ~= ARGV[1] then return {'stale', state} end
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'changedAt', ARGV[3], 'changeReason', ARGV[4])
if ARGV[5] == '1' then
  redis.call('ZREM', KEYS[2], redis.call('HGET', KEYS[1], 'member'))
end
return {'changed'}
`;

type ScriptReply = [string, ...string[]];

interface SchedulingCommands {
  fdSchedulingBook(...args: (string | number)[]): Promise<ScriptReply>;
  fdSchedulingChangeState(...args: (string | number)[]): Promise<ScriptReply>;
}

function defineScripts(redis: RedisClient): RedisClient & SchedulingCommands {
  const client = redis as RedisClient & Partial<SchedulingCommands>;
  // defineCommand sends EVALSHA and falls back to EVAL (with the shebang) on NOSCRIPT.
  if (typeof client.fdSchedulingBook !== 'function') {
    redis.defineCommand('fdSchedulingBook', { numberOfKeys: 3, lua: BOOK_SCRIPT });
  }
  if (typeof client.fdSchedulingChangeState !== 'function') {
    redis.defineCommand('fdSchedulingChangeState', { numberOfKeys: 2, lua: CHANGE_STATE_SCRIPT });
  }
  return client as RedisClient & SchedulingCommands;
}

const ms = (date: Date | undefined): string => (date ? String(date.getTime()) : '');

export function intervalMember(a: { id: string; start: Date; busyUntil: Date; holdUntil?: Date }): string {
  return `${a.start.getTime()}:${a.busyUntil.getTime()}:${a.id}:${a.holdUntil ? a.holdUntil.getTime() : 0}`;
}

export class RedisAppointmentStore implements AppointmentStore {
  private readonly redis: RedisClient & SchedulingCommands;

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.redis = defineScripts(redis);
  }

  appointmentKey(clinicId: ClinicId, id: string): string {
    return this.guard.key(clinicId, 'appt', id);
  }

  busyKey(clinicId: ClinicId, doctorId: string): string {
    return this.guard.key(clinicId, 'busy', doctorId);
  }

  idempotencyKey(clinicId: ClinicId, operation: 'book', key: string): string {
    // Callers' keys may hold any character; the hash is always a safe key part.
    return this.guard.key(clinicId, 'idem', operation, createHash('sha256').update(key).digest('hex'));
  }

  async book(request: BookRequest): Promise<BookResult> {
    const a = request.appointment;
    const member = intervalMember(a);
    const fingerprint = createHash('sha256')
      .update(
        JSON.stringify([a.doctorId, a.serviceId, a.branchId ?? '', a.patientRef, ms(a.start), ms(a.busyUntil), a.state]),
      )
      .digest('hex')
      .slice(0, 32);
    const fields: Record<string, string> = {
      id: a.id,
      doctorId: a.doctorId,
      serviceId: a.serviceId,
      branchId: a.branchId ?? '',
      patientRef: a.patientRef,
      start: ms(a.start),
      end: ms(a.end),
      busyUntil: ms(a.busyUntil),
      state: a.state,
      holdUntil: ms(a.holdUntil),
      createdAt: ms(a.createdAt),
      member,
    };
    const reply = await this.redis.fdSchedulingBook(
      this.idempotencyKey(a.clinicId, 'book', request.idempotencyKey),
      this.busyKey(a.clinicId, a.doctorId),
      this.appointmentKey(a.clinicId, a.id),
      request.now.getTime(),
      a.start.getTime(),
      a.busyUntil.getTime(),
      a.start.getTime() - request.maxSpanMs,
      request.idempotencyTtlSeconds,
      fingerprint,
      a.id,
      member,
      ...Object.entries(fields).flat(),
    );
    const [status, id, detail] = reply;
    switch (status) {
      case 'ok':
        return { appointment: { ...a }, replayed: false };
      case 'replay': {
        if (detail !== fingerprint) {
          throw new Conflict(
            'SCHEDULING.IDEMPOTENCY_KEY_REUSED',
            'This idempotency key was already used for a different booking',
            { appointmentId: id },
          );
        }
        const first = await this.get(a.clinicId, id!, request.now);
        if (!first) throw new Error(`Idempotency record points at a missing appointment ${id}`);
        return { appointment: first, replayed: true };
      }
      case 'taken':
        throw new Conflict('SCHEDULING.SLOT_TAKEN', 'This time is no longer free for this doctor', {
          doctorId: a.doctorId,
          start: a.start.toISOString(),
        });
      default:
        throw new Error(`Unexpected booking script reply: ${JSON.stringify(reply)}`);
    }
  }

  async get(clinicId: ClinicId, appointmentId: string, now: Date): Promise<Appointment | undefined> {
    const hash = await this.redis.hgetall(this.appointmentKey(clinicId, appointmentId));
    if (!hash.id) return undefined;
    return toAppointment(clinicId, hash, now);
  }

  async changeState(
    appointment: Appointment,
    change: { to: AppointmentState; at: Date; reason: string; releaseSlot: boolean; now: Date },
  ): Promise<StateChangeOutcome> {
    const [status, stored] = await this.redis.fdSchedulingChangeState(
      this.appointmentKey(appointment.clinicId, appointment.id),
      this.busyKey(appointment.clinicId, appointment.doctorId),
      appointment.state,
      change.to,
      change.at.getTime(),
      change.reason,
      change.releaseSlot ? '1' : '0',
    );
    if (status === 'missing') return { outcome: 'missing' };
    if (status === 'stale') return { outcome: 'stale', storedState: stored ?? '' };
    const updated = await this.get(appointment.clinicId, appointment.id, change.now);
    if (!updated) return { outcome: 'missing' };
    return { outcome: 'changed', appointment: updated };
  }
}

function date(value: string | undefined): Date | undefined {
  return value ? new Date(Number(value)) : undefined;
}

function toAppointment(clinicId: ClinicId, h: Record<string, string>, now: Date): Appointment {
  const stored = h.state ?? '';
  if (!isAppointmentState(stored)) throw new Error(`Appointment ${h.id} has an unknown state ${JSON.stringify(stored)}`);
  const holdUntil = date(h.holdUntil);
  const appointment: Appointment = {
    id: h.id!,
    clinicId,
    doctorId: h.doctorId!,
    serviceId: h.serviceId!,
    patientRef: h.patientRef!,
    start: date(h.start)!,
    end: date(h.end)!,
    busyUntil: date(h.busyUntil)!,
    state: stored,
    createdAt: date(h.createdAt)!,
  };
  if (h.branchId) appointment.branchId = h.branchId;
  if (holdUntil) appointment.holdUntil = holdUntil;
  const changedAt = date(h.changedAt);
  if (changedAt) appointment.changedAt = changedAt;
  if (h.changeReason) appointment.changeReason = h.changeReason;
  // Lazy hold expiry: an expired hold is released (held -> cancelled) as soon as anyone looks.
  if (stored === 'held' && holdUntil && holdUntil.getTime() <= now.getTime()) {
    appointment.state = transition('held', 'cancelled');
    appointment.changedAt = holdUntil;
    appointment.changeReason = 'hold_expired';
  }
  return appointment;
}
