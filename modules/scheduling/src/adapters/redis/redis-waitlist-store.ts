import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type LuaScript, type RedisClient } from '@frontdesk/shared-kernel/redis';
import { isActiveWaitlistStatus, isWaitlistStatus, type NewWaitlistEntry, type WaitlistEntry, type WaitlistOffer } from '../../domain/waitlist';
import type { ClaimOutcome, JoinOutcome, WaitlistChange, WaitlistStore } from '../../ports/waitlist-store.port';

/**
 * Key layout (all in the clinic's hash tag, so every script stays single-slot on a cluster):
 *
 * - `t:{clinic}:waitlist:<entryId>`              hash: the entry (times in epoch ms, '' when absent)
 * - `t:{clinic}:waitlist-queue:<serviceId>`      zset: active entries (waiting, offered) of the service,
 *                                                score = join order, member = entry id
 * - `t:{clinic}:waitlist-seq`                    string: the clinic's join counter (INCR)
 * - `t:{clinic}:waitlist-patient:<patientRef>`   hash: serviceId -> the patient's active entry id
 * - `t:{clinic}:waitlist-offers`                 hash: held appointment id -> entry id, while offered
 * - `t:{clinic}:waitlist-slot:<doctorId>:<ms>`   string: the walk offering one freed slot (SET NX PX)
 *
 * The queue is scored by a per-clinic counter, not the clock: two joins in one
 * millisecond keep their order, and the queues of several services merge by one number.
 * Ended entries leave the queue and the indexes; their hash expires after `retentionMs`.
 */

/** KEYS: patient index, the existing entry (or the new one), new entry, queue, seq. ARGV: serviceId, expected existing id ('' none), new id, max per service, field/value pairs... */
export const JOIN_SCRIPT = `#!lua flags=
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if (cur or '') ~= ARGV[2] then return {'stale'} end
if cur then
  local st = redis.call('HGET', KEYS[2], 'status')
  if st == 'waiting' or st == 'offered' then return {'exists', cur} end
end
if redis.call('ZCARD', KEYS[4]) >= tonumber(ARGV[4]) then return {'full'} end
local seq = redis.call('INCR', KEYS[5])
redis.call('HSET', KEYS[3], 'seq', seq, unpack(ARGV, 5))
redis.call('ZADD', KEYS[4], seq, ARGV[3])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return {'created', tostring(seq)}
`;

/** KEYS: entry. ARGV: token, nowMs, leaseUntilMs. */
export const CLAIM_SCRIPT = `#!lua flags=
local h = redis.call('HMGET', KEYS[1], 'status', 'claim', 'claimUntil')
if h[1] ~= 'waiting' then return 'not_waiting' end
if h[2] and h[2] ~= '' and h[2] ~= ARGV[1] and (tonumber(h[3]) or 0) > tonumber(ARGV[2]) then return 'claimed_by_other' end
redis.call('HSET', KEYS[1], 'claim', ARGV[1], 'claimUntil', ARGV[3])
return 'claimed'
`;

/** KEYS: entry. ARGV: token. */
export const RELEASE_SCRIPT = `#!lua flags=
if redis.call('HGET', KEYS[1], 'claim') == ARGV[1] then
  redis.call('HSET', KEYS[1], 'claim', '', 'claimUntil', '')
  return 1
end
return 0
`;

/** KEYS: entry, offers index. ARGV: token, atMs, appointmentId, doctorId, branchId, startMs, holdUntilMs, entryId. */
export const OFFER_SCRIPT = `#!lua flags=
local h = redis.call('HMGET', KEYS[1], 'status', 'claim')
if h[1] ~= 'waiting' or h[2] ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'status', 'offered', 'claim', '', 'claimUntil', '', 'changedAt', ARGV[2], 'reason', 'offered',
  'offerAppointmentId', ARGV[3], 'offerDoctorId', ARGV[4], 'offerBranchId', ARGV[5], 'offerStart', ARGV[6], 'offerHoldUntil', ARGV[7])
redis.call('HSET', KEYS[2], ARGV[3], ARGV[8])
return 1
`;

/**
 * KEYS: entry, queue, patient index, offers index.
 * ARGV: expected status, new status, expected offer appointment ('' any), reason, atMs, terminal ('1' | '0'), retentionMs, entryId, serviceId.
 */
export const CHANGE_SCRIPT = `#!lua flags=
local h = redis.call('HMGET', KEYS[1], 'status', 'offerAppointmentId')
if h[1] ~= ARGV[1] then return 0 end
if ARGV[3] ~= '' and h[2] ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'reason', ARGV[4], 'changedAt', ARGV[5], 'claim', '', 'claimUntil', '')
if ARGV[1] == 'offered' and h[2] and h[2] ~= '' and redis.call('HGET', KEYS[4], h[2]) == ARGV[8] then
  redis.call('HDEL', KEYS[4], h[2])
end
if ARGV[6] == '1' then
  redis.call('ZREM', KEYS[2], ARGV[8])
  if redis.call('HGET', KEYS[3], ARGV[9]) == ARGV[8] then redis.call('HDEL', KEYS[3], ARGV[9]) end
  redis.call('PEXPIRE', KEYS[1], ARGV[7])
end
return 1
`;

/** KEYS: slot lock. ARGV: token. */
export const UNLOCK_SCRIPT = `#!lua flags=
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

interface WaitlistCommands {
  fdWaitlistJoin(...args: (string | number)[]): Promise<string[]>;
  fdWaitlistClaim(key: string, token: string, nowMs: number, leaseUntilMs: number): Promise<ClaimOutcome>;
  fdWaitlistRelease(key: string, token: string): Promise<number>;
  fdWaitlistOffer(...args: (string | number)[]): Promise<number>;
  fdWaitlistChange(...args: (string | number)[]): Promise<number>;
  fdWaitlistUnlock(key: string, token: string): Promise<number>;
}

const SCRIPTS: { [Name in keyof WaitlistCommands]: LuaScript } = {
  fdWaitlistJoin: { numberOfKeys: 5, lua: JOIN_SCRIPT },
  fdWaitlistClaim: { numberOfKeys: 1, lua: CLAIM_SCRIPT },
  fdWaitlistRelease: { numberOfKeys: 1, lua: RELEASE_SCRIPT },
  fdWaitlistOffer: { numberOfKeys: 2, lua: OFFER_SCRIPT },
  fdWaitlistChange: { numberOfKeys: 4, lua: CHANGE_SCRIPT },
  fdWaitlistUnlock: { numberOfKeys: 1, lua: UNLOCK_SCRIPT },
};

/** How long an ended entry stays readable (accept/leave retries, the staff view of recent outcomes). */
export const WAITLIST_RETENTION_MS = 30 * 24 * 3_600_000;

const TERMINAL = new Set(['booked', 'expired', 'left', 'cancelled']);

const ms = (date: Date | undefined): string => (date ? String(date.getTime()) : '');

export class RedisWaitlistStore implements WaitlistStore {
  private readonly redis: RedisClient & WaitlistCommands;

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
    private readonly retentionMs = WAITLIST_RETENTION_MS,
  ) {
    this.redis = withLuaScripts<WaitlistCommands>(redis, SCRIPTS);
  }

  entryKey(clinicId: ClinicId, entryId: string): string {
    return this.guard.key(clinicId, 'waitlist', entryId);
  }

  queueKey(clinicId: ClinicId, serviceId: string): string {
    return this.guard.key(clinicId, 'waitlist-queue', serviceId);
  }

  patientKey(clinicId: ClinicId, patientRef: string): string {
    return this.guard.key(clinicId, 'waitlist-patient', patientRef);
  }

  private seqKey(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'waitlist-seq');
  }

  private offersKey(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'waitlist-offers');
  }

  private slotKey(clinicId: ClinicId, doctorId: string, start: Date): string {
    return this.guard.key(clinicId, 'waitlist-slot', doctorId, String(start.getTime()));
  }

  async join(clinicId: ClinicId, entry: NewWaitlistEntry, maxPerService: number): Promise<JoinOutcome> {
    const fields: Record<string, string> = {
      id: entry.id,
      patientRef: entry.patientRef,
      serviceId: entry.serviceId,
      doctorId: entry.doctorId ?? '',
      branchId: entry.branchId ?? '',
      fromDate: entry.fromDate,
      toDate: entry.toDate,
      createdAt: ms(entry.createdAt),
      status: 'waiting',
      changedAt: '',
      reason: '',
      claim: '',
      claimUntil: '',
    };
    const patientKey = this.patientKey(clinicId, entry.patientRef);
    // The existing entry's key must be declared, so read the index first and let the script check it is unchanged.
    for (let round = 0; round < 5; round++) {
      const existing = (await this.redis.hget(patientKey, entry.serviceId)) ?? '';
      const reply = await this.redis.fdWaitlistJoin(
        patientKey,
        this.entryKey(clinicId, existing || entry.id),
        this.entryKey(clinicId, entry.id),
        this.queueKey(clinicId, entry.serviceId),
        this.seqKey(clinicId),
        entry.serviceId,
        existing,
        entry.id,
        maxPerService,
        ...Object.entries(fields).flat(),
      );
      const [status, detail] = reply;
      if (status === 'stale') continue;
      if (status === 'full') return { outcome: 'full' };
      if (status === 'exists') {
        const found = await this.get(clinicId, detail!);
        if (found) return { outcome: 'exists', entry: found };
        continue;
      }
      if (status === 'created') {
        return { outcome: 'created', entry: { ...entry, status: 'waiting', seq: Number(detail) } };
      }
      throw new Error(`Unexpected waitlist join reply: ${JSON.stringify(reply)}`);
    }
    throw new Error('The waitlist index kept changing while joining');
  }

  async get(clinicId: ClinicId, entryId: string): Promise<WaitlistEntry | undefined> {
    const hash = await this.redis.hgetall(this.entryKey(clinicId, entryId));
    return hash.id ? toEntry(hash) : undefined;
  }

  async listActive(clinicId: ClinicId, serviceIds: readonly string[]): Promise<WaitlistEntry[]> {
    if (serviceIds.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const serviceId of serviceIds) pipeline.zrange(this.queueKey(clinicId, serviceId), '0', '-1', 'WITHSCORES');
    const ranked: { id: string; seq: number }[] = [];
    for (const [error, reply] of (await pipeline.exec()) ?? []) {
      if (error) throw error;
      const flat = reply as string[];
      for (let i = 0; i < flat.length; i += 2) ranked.push({ id: flat[i]!, seq: Number(flat[i + 1]) });
    }
    ranked.sort((a, b) => a.seq - b.seq);
    return this.loadActive(clinicId, ranked.map((r) => r.id));
  }

  async listForPatient(clinicId: ClinicId, patientRef: string): Promise<WaitlistEntry[]> {
    const byService = await this.redis.hgetall(this.patientKey(clinicId, patientRef));
    const entries = await this.loadActive(clinicId, Object.values(byService));
    return entries.sort((a, b) => a.seq - b.seq);
  }

  claim(clinicId: ClinicId, entryId: string, token: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome> {
    return this.redis.fdWaitlistClaim(this.entryKey(clinicId, entryId), token, now.getTime(), leaseUntil.getTime());
  }

  async releaseClaim(clinicId: ClinicId, entryId: string, token: string): Promise<void> {
    await this.redis.fdWaitlistRelease(this.entryKey(clinicId, entryId), token);
  }

  async markOffered(clinicId: ClinicId, entryId: string, token: string, offer: WaitlistOffer, at: Date): Promise<WaitlistEntry | undefined> {
    const ok = await this.redis.fdWaitlistOffer(
      this.entryKey(clinicId, entryId),
      this.offersKey(clinicId),
      token,
      at.getTime(),
      offer.appointmentId,
      offer.doctorId,
      offer.branchId ?? '',
      offer.start.getTime(),
      offer.holdUntil.getTime(),
      entryId,
    );
    return ok === 1 ? this.get(clinicId, entryId) : undefined;
  }

  async change(clinicId: ClinicId, entry: WaitlistEntry, change: WaitlistChange): Promise<WaitlistEntry | undefined> {
    const ok = await this.redis.fdWaitlistChange(
      this.entryKey(clinicId, entry.id),
      this.queueKey(clinicId, entry.serviceId),
      this.patientKey(clinicId, entry.patientRef),
      this.offersKey(clinicId),
      change.from,
      change.to,
      change.offerAppointmentId ?? '',
      change.reason,
      change.at.getTime(),
      TERMINAL.has(change.to) ? '1' : '0',
      this.retentionMs,
      entry.id,
      entry.serviceId,
    );
    return ok === 1 ? this.get(clinicId, entry.id) : undefined;
  }

  async entryOfOffer(clinicId: ClinicId, appointmentId: string): Promise<string | undefined> {
    return (await this.redis.hget(this.offersKey(clinicId), appointmentId)) ?? undefined;
  }

  async lockSlot(clinicId: ClinicId, doctorId: string, start: Date, token: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.slotKey(clinicId, doctorId, start), token, 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX')) === 'OK';
  }

  async unlockSlot(clinicId: ClinicId, doctorId: string, start: Date, token: string): Promise<void> {
    await this.redis.fdWaitlistUnlock(this.slotKey(clinicId, doctorId, start), token);
  }

  private async loadActive(clinicId: ClinicId, ids: string[]): Promise<WaitlistEntry[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.entryKey(clinicId, id));
    const entries: WaitlistEntry[] = [];
    for (const [error, hash] of (await pipeline.exec()) ?? []) {
      if (error) throw error;
      const h = hash as Record<string, string>;
      if (!h.id) continue;
      const entry = toEntry(h);
      if (isActiveWaitlistStatus(entry.status)) entries.push(entry);
    }
    return entries;
  }
}

function date(value: string | undefined): Date | undefined {
  return value ? new Date(Number(value)) : undefined;
}

function toEntry(h: Record<string, string>): WaitlistEntry {
  const status = h.status ?? '';
  if (!isWaitlistStatus(status)) throw new Error(`Waitlist entry ${h.id} has an unknown status ${JSON.stringify(status)}`);
  const entry: WaitlistEntry = {
    id: h.id!,
    patientRef: h.patientRef!,
    serviceId: h.serviceId!,
    fromDate: h.fromDate!,
    toDate: h.toDate!,
    createdAt: date(h.createdAt)!,
    status,
    seq: Number(h.seq ?? 0),
  };
  if (h.doctorId) entry.doctorId = h.doctorId;
  if (h.branchId) entry.branchId = h.branchId;
  const changedAt = date(h.changedAt);
  if (changedAt) entry.changedAt = changedAt;
  if (h.reason) entry.reason = h.reason;
  if (h.offerAppointmentId) {
    const offer: WaitlistOffer = {
      appointmentId: h.offerAppointmentId,
      doctorId: h.offerDoctorId ?? '',
      start: date(h.offerStart)!,
      holdUntil: date(h.offerHoldUntil)!,
    };
    if (h.offerBranchId) offer.branchId = h.offerBranchId;
    entry.offer = offer;
  }
  return entry;
}
