import { createHash } from 'node:crypto';
import { Conflict, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type LuaScript, type RedisClient } from '@frontdesk/shared-kernel/redis';
import { isAppointmentState, transition } from '../../domain/appointment-state';
import {
  HOLD_PURPOSES,
  type Appointment,
  type AppointmentRange,
  type AppointmentStore,
  type BookRequest,
  type BookResult,
  type BusyTime,
  type ChangeIdempotency,
  type HoldPurpose,
  type MoveOutcome,
  type MoveRequest,
  type StateChange,
  type StateChangeOutcome,
} from '../../ports/appointment-store.port';

/**
 * Key layout (all in the clinic's hash tag, so every script stays single-slot on a cluster):
 *
 * - `t:{clinic}:appt:<id>`                 hash: the appointment (times in epoch ms, '' when absent)
 * - `t:{clinic}:busy:<doctorId>`           zset: the doctor's busy intervals, score = start ms,
 *                                          member = `<startMs>:<busyUntilMs>:<appointmentId>:<holdUntilMs or 0>`
 * - `t:{clinic}:agenda`                    zset: every appointment id, score = start ms (calendars)
 * - `t:{clinic}:patient-appts:<ref>`       zset: one patient's appointment ids, score = start ms
 * - `t:{clinic}:idem:<op>:<sha256>`        string `<appointmentId>|<fingerprint>`, EX = idempotency TTL
 *
 * A hold's expiry is inside its interval member, so a script can see (and drop)
 * an expired hold without reading another key.
 */

/**
 * Shared by the scripts that claim time: scans the doctor's intervals that
 * could overlap `[s, e)`, drops lapsed holds, and returns the id of a live
 * interval that overlaps (ignoring `self`), or nil.
 */
const FIND_OVERLAP = `
local function findOverlap(busyKey, scanFrom, s, e, now, self)
  local candidates = redis.call('ZRANGEBYSCORE', busyKey, scanFrom, '(' .. e)
  for _, m in ipairs(candidates) do
    local ms, me, mid, mh = string.match(m, '^(%d+):(%d+):([^:]+):(%d+)$')
    local hold = tonumber(mh)
    if mid ~= self then
      if hold > 0 and hold <= now then
        redis.call('ZREM', busyKey, m)
      elseif tonumber(ms) < e and tonumber(me) > s then
        return mid
      end
    end
  end
  return nil
end
`;

/**
 * KEYS: idempotency key, busy zset, new appointment hash, agenda, patient index.
 * ARGV: nowMs, startMs, busyUntilMs, scanFromMs, idemTtlSeconds, fingerprint, appointmentId, member, hash field/value pairs...
 * `#!lua flags=` declares a script that may write (no `no-writes`): Redis refuses
 * it with -OOM before it runs when memory is full, so it never half-writes.
 */
export const BOOK_SCRIPT = `#!lua flags=
${FIND_OVERLAP}
local idem = redis.call('GET', KEYS[1])
if idem then
  local sep = string.find(idem, '|', 1, true)
  return {'replay', string.sub(idem, 1, sep - 1), string.sub(idem, sep + 1)}
end
local taken = findOverlap(KEYS[2], ARGV[4], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[1]), '')
if taken then return {'taken', taken} end
redis.call('HSET', KEYS[3], unpack(ARGV, 9))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[8])
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[7])
redis.call('ZADD', KEYS[5], ARGV[2], ARGV[7])
redis.call('SET', KEYS[1], ARGV[7] .. '|' .. ARGV[6], 'EX', ARGV[5])
return {'ok', ARGV[7]}
`;

/**
 * KEYS: appointment hash, the doctor's busy zset, idempotency key.
 * ARGV: expected stored state, new state, atMs, reason, releaseSlot ('1' | '0'),
 *       nowMs, takeUpHold ('1' | '0'), expected version ('' = any), idemTtl ('0' = none), idemValue.
 */
export const CHANGE_STATE_SCRIPT = `#!lua flags=
if ARGV[9] ~= '0' then
  local idem = redis.call('GET', KEYS[3])
  if idem then return {'replay', idem} end
end
local h = redis.call('HMGET', KEYS[1], 'state', 'version', 'holdUntil', 'member', 'start')
if not h[1] then return {'missing'} end
if h[1] ~= ARGV[1] or (ARGV[8] ~= '' and h[2] ~= ARGV[8]) then return {'stale', h[1], h[2]} end
local member = h[4]
if ARGV[7] == '1' then
  local hold = tonumber(h[3])
  if not hold or hold <= tonumber(ARGV[6]) then return {'expired'} end
  redis.call('ZREM', KEYS[2], member)
  member = string.gsub(member, ':%d+$', ':0')
  redis.call('ZADD', KEYS[2], h[5], member)
  redis.call('HSET', KEYS[1], 'member', member, 'holdUntil', '', 'holdPurpose', '')
end
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'changedAt', ARGV[3], 'changeReason', ARGV[4])
redis.call('HINCRBY', KEYS[1], 'version', 1)
if ARGV[5] == '1' then redis.call('ZREM', KEYS[2], member) end
if ARGV[9] ~= '0' then redis.call('SET', KEYS[3], ARGV[10], 'EX', ARGV[9]) end
return {'changed'}
`;

/**
 * KEYS: appointment hash, old busy zset, new busy zset, agenda, patient index, idempotency key.
 * ARGV: nowMs, expected version, newStartMs, newEndMs, newBusyUntilMs, scanFromMs, doctorId, branchId,
 *       newMember, atMs, reason, idemTtl, idemValue, new state.
 */
export const MOVE_SCRIPT = `#!lua flags=
${FIND_OVERLAP}
local idem = redis.call('GET', KEYS[6])
if idem then return {'replay', idem} end
local h = redis.call('HMGET', KEYS[1], 'state', 'version', 'member', 'id')
if not h[1] then return {'missing'} end
if h[2] ~= ARGV[2] or (h[1] ~= 'booked' and h[1] ~= 'confirmed') then return {'stale', h[1], h[2]} end
local taken = findOverlap(KEYS[3], ARGV[6], tonumber(ARGV[3]), tonumber(ARGV[5]), tonumber(ARGV[1]), h[4])
if taken then return {'taken', taken} end
redis.call('ZREM', KEYS[2], h[3])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[9])
redis.call('HSET', KEYS[1], 'start', ARGV[3], 'end', ARGV[4], 'busyUntil', ARGV[5], 'doctorId', ARGV[7],
  'branchId', ARGV[8], 'member', ARGV[9], 'state', ARGV[14], 'changedAt', ARGV[10], 'changeReason', ARGV[11])
redis.call('HINCRBY', KEYS[1], 'version', 1)
redis.call('ZADD', KEYS[4], ARGV[3], h[4])
redis.call('ZADD', KEYS[5], ARGV[3], h[4])
redis.call('SET', KEYS[6], ARGV[13], 'EX', ARGV[12])
return {'changed'}
`;

type ScriptReply = [string, ...string[]];

interface SchedulingCommands {
  fdSchedulingBook(...args: (string | number)[]): Promise<ScriptReply>;
  fdSchedulingChangeState(...args: (string | number)[]): Promise<ScriptReply>;
  fdSchedulingMove(...args: (string | number)[]): Promise<ScriptReply>;
}

const SCRIPTS: { [Name in keyof SchedulingCommands]: LuaScript } = {
  fdSchedulingBook: { numberOfKeys: 5, lua: BOOK_SCRIPT },
  fdSchedulingChangeState: { numberOfKeys: 3, lua: CHANGE_STATE_SCRIPT },
  fdSchedulingMove: { numberOfKeys: 6, lua: MOVE_SCRIPT },
};

function defineScripts(redis: RedisClient): RedisClient & SchedulingCommands {
  return withLuaScripts<SchedulingCommands>(redis, SCRIPTS);
}

const ms = (date: Date | undefined): string => (date ? String(date.getTime()) : '');

export function intervalMember(a: { id: string; start: Date; busyUntil: Date; holdUntil?: Date | undefined }): string {
  return `${a.start.getTime()}:${a.busyUntil.getTime()}:${a.id}:${a.holdUntil ? a.holdUntil.getTime() : 0}`;
}

const fingerprintOf = (parts: unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

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

  agendaKey(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'agenda');
  }

  patientIndexKey(clinicId: ClinicId, patientRef: string): string {
    return this.guard.key(clinicId, 'patient-appts', patientRef);
  }

  idempotencyKey(clinicId: ClinicId, operation: string, key: string): string {
    // Callers' keys may hold any character; the hash is always a safe key part.
    return this.guard.key(clinicId, 'idem', operation, createHash('sha256').update(key).digest('hex'));
  }

  async book(request: BookRequest): Promise<BookResult> {
    const a = request.appointment;
    const member = intervalMember(a);
    const fingerprint = fingerprintOf([a.doctorId, a.serviceId, a.branchId ?? '', a.patientRef, ms(a.start), ms(a.busyUntil), a.state, a.holdPurpose ?? '']);
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
      holdPurpose: a.holdPurpose ?? '',
      createdAt: ms(a.createdAt),
      version: '1',
      member,
    };
    const reply = await this.redis.fdSchedulingBook(
      this.idempotencyKey(a.clinicId, 'book', request.idempotencyKey),
      this.busyKey(a.clinicId, a.doctorId),
      this.appointmentKey(a.clinicId, a.id),
      this.agendaKey(a.clinicId),
      this.patientIndexKey(a.clinicId, a.patientRef),
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
        return { appointment: { ...a, version: 1 }, replayed: false };
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

  async changeState(appointment: Appointment, change: StateChange): Promise<StateChangeOutcome> {
    const clinicId = appointment.clinicId;
    const idem = change.idempotency;
    const reply = await this.redis.fdSchedulingChangeState(
      this.appointmentKey(clinicId, appointment.id),
      this.busyKey(clinicId, appointment.doctorId),
      this.idempotencyKey(clinicId, `state-${change.to}`, idem?.key ?? appointment.id),
      // The stored state: a lapsed hold reads as cancelled but is stored as held.
      appointment.changeReason === 'hold_expired' && appointment.state === 'cancelled' ? 'held' : appointment.state,
      change.to,
      change.at.getTime(),
      change.reason,
      change.releaseSlot ? '1' : '0',
      change.now.getTime(),
      change.takeUpHold ? '1' : '0',
      change.expectedVersion === undefined ? '' : String(change.expectedVersion),
      idem ? idem.ttlSeconds : 0,
      idem ? `${appointment.id}|${idem.fingerprint}` : '',
    );
    return this.outcome(appointment, reply, idem, change.now);
  }

  async move(appointment: Appointment, move: MoveRequest): Promise<MoveOutcome> {
    const clinicId = appointment.clinicId;
    const member = intervalMember({ id: appointment.id, start: move.start, busyUntil: move.busyUntil });
    const reply = await this.redis.fdSchedulingMove(
      this.appointmentKey(clinicId, appointment.id),
      this.busyKey(clinicId, appointment.doctorId),
      this.busyKey(clinicId, move.doctorId),
      this.agendaKey(clinicId),
      this.patientIndexKey(clinicId, appointment.patientRef),
      this.idempotencyKey(clinicId, 'move', move.idempotency.key),
      move.now.getTime(),
      String(appointment.version),
      move.start.getTime(),
      move.end.getTime(),
      move.busyUntil.getTime(),
      move.start.getTime() - move.maxSpanMs,
      move.doctorId,
      move.branchId ?? '',
      member,
      move.at.getTime(),
      move.reason,
      move.idempotency.ttlSeconds,
      `${appointment.id}|${move.idempotency.fingerprint}`,
      move.state,
    );
    if (reply[0] === 'taken') return { outcome: 'taken', conflictingId: reply[1] ?? '' };
    return this.outcome(appointment, reply, move.idempotency, move.now);
  }

  private async outcome(
    appointment: Appointment,
    reply: ScriptReply,
    idem: ChangeIdempotency | undefined,
    now: Date,
  ): Promise<StateChangeOutcome> {
    const [status, stored, version] = reply;
    switch (status) {
      case 'missing':
        return { outcome: 'missing' };
      case 'expired':
        return { outcome: 'expired' };
      case 'stale':
        return { outcome: 'stale', storedState: stored ?? '', storedVersion: Number(version ?? 0) };
      case 'replay': {
        const sep = (stored ?? '').indexOf('|');
        const [id, fingerprint] = [stored!.slice(0, sep), stored!.slice(sep + 1)];
        if (id !== appointment.id || fingerprint !== idem?.fingerprint) {
          throw new Conflict('SCHEDULING.IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different change', {
            appointmentId: id,
          });
        }
        const current = await this.get(appointment.clinicId, appointment.id, now);
        return current ? { outcome: 'replay', appointment: current } : { outcome: 'missing' };
      }
      case 'changed': {
        const updated = await this.get(appointment.clinicId, appointment.id, now);
        return updated ? { outcome: 'changed', appointment: updated } : { outcome: 'missing' };
      }
      default:
        throw new Error(`Unexpected scheduling script reply: ${JSON.stringify(reply)}`);
    }
  }

  async listRange(clinicId: ClinicId, range: AppointmentRange, now: Date): Promise<Appointment[]> {
    const ids = await this.redis.zrangebyscore(this.agendaKey(clinicId), range.from.getTime(), `(${range.to.getTime()}`);
    const all = await this.loadMany(clinicId, ids, now);
    return all.filter(
      (a) => (!range.doctorId || a.doctorId === range.doctorId) && (!range.branchId || a.branchId === range.branchId),
    );
  }

  async listForPatient(clinicId: ClinicId, patientRef: string, now: Date): Promise<Appointment[]> {
    const ids = await this.redis.zrange(this.patientIndexKey(clinicId, patientRef), '0', '-1');
    return this.loadMany(clinicId, ids, now);
  }

  async busyBetween(clinicId: ClinicId, doctorId: string, from: Date, to: Date, maxSpanMs: number, now: Date): Promise<BusyTime[]> {
    const members = await this.redis.zrangebyscore(this.busyKey(clinicId, doctorId), String(from.getTime() - maxSpanMs), `(${to.getTime()}`);
    const busy: BusyTime[] = [];
    for (const member of members) {
      const [startMs, untilMs, appointmentId, holdMs] = member.split(':');
      const hold = Number(holdMs);
      if (hold > 0 && hold <= now.getTime()) continue;
      if (Number(untilMs) <= from.getTime()) continue;
      busy.push({ appointmentId: appointmentId!, start: new Date(Number(startMs)), busyUntil: new Date(Number(untilMs)) });
    }
    return busy;
  }

  private async loadMany(clinicId: ClinicId, ids: string[], now: Date): Promise<Appointment[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.appointmentKey(clinicId, id));
    const replies = (await pipeline.exec()) ?? [];
    const appointments: Appointment[] = [];
    for (const [error, hash] of replies) {
      if (error) throw error;
      const h = hash as Record<string, string>;
      if (h.id) appointments.push(toAppointment(clinicId, h, now));
    }
    return appointments;
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
    version: Number(h.version ?? 1),
  };
  if (h.branchId) appointment.branchId = h.branchId;
  if (holdUntil) appointment.holdUntil = holdUntil;
  if (h.holdPurpose && isHoldPurpose(h.holdPurpose)) appointment.holdPurpose = h.holdPurpose;
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

const isHoldPurpose = (value: string): value is HoldPurpose => (HOLD_PURPOSES as readonly string[]).includes(value);
