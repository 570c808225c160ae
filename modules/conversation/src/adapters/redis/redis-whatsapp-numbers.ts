import { Conflict, GLOBAL_KEYS, clinicId as toClinicId, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { WhatsAppNumber, WhatsAppNumbers } from '../../ports/whatsapp-numbers.port';

/** Routing answers are kept this long per process: one Redis read per number per window on the webhook path. */
const ROUTE_CACHE_MS = 5_000;

/** KEYS: the clinic's record. ARGV: phoneNumberId, displayNumber. Replaces the record; returns the previous phone-number id. */
const SWAP_RECORD = `#!lua flags=
local previous = redis.call('HGET', KEYS[1], 'phoneNumberId')
redis.call('HSET', KEYS[1], 'phoneNumberId', ARGV[1], 'displayNumber', ARGV[2])
return previous
`;

/** KEYS: g:wa-numbers. ARGV: phoneNumberId, clinic. Releases the claim only if this clinic holds it. */
const RELEASE_CLAIM = `#!lua flags=
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0
`;

interface Commands {
  fdWaSwapRecord(key: string, phoneNumberId: string, displayNumber: string): Promise<string | null>;
  fdWaReleaseClaim(key: string, phoneNumberId: string, clinicId: string): Promise<number>;
}

/**
 * `g:wa-numbers` (hash phone-number id -> clinic) routes webhooks; the clinic's
 * own `t:{c}:whatsapp` hash says which number it uses. The global entry is
 * claimed with HSETNX first, so two clinics cannot take the same number. The
 * claim and the record are two steps (one key each, so it works on a Redis
 * Cluster); routing therefore checks both (`clinicFor`, then `confirms` in the
 * clinic's scope), so a claim left behind by a crash or a lost race routes
 * nowhere rather than somewhere wrong.
 */
export class RedisWhatsAppNumbers implements WhatsAppNumbers {
  private readonly redis: RedisClient & Commands;
  private readonly routes = new Map<string, { clinicId: ClinicId | null; until: number }>();
  /** Record key -> the phone-number id the clinic's record names (null: none). */
  private readonly confirmed = new Map<string, { phoneNumberId: string | null; until: number }>();

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
    private readonly now: () => number = Date.now,
  ) {
    this.redis = withLuaScripts<Commands>(redis, {
      fdWaSwapRecord: { lua: SWAP_RECORD, numberOfKeys: 1 },
      fdWaReleaseClaim: { lua: RELEASE_CLAIM, numberOfKeys: 1 },
    });
  }

  async clinicFor(phoneNumberId: string): Promise<ClinicId | null> {
    const cached = this.routes.get(phoneNumberId);
    if (cached && cached.until > this.now()) return cached.clinicId;
    const value = await this.redis.hget(GLOBAL_KEYS.whatsappNumbers, phoneNumberId);
    const clinicId = value ? toClinicId(value) : null;
    this.routes.set(phoneNumberId, { clinicId, until: this.now() + ROUTE_CACHE_MS });
    return clinicId;
  }

  async confirms(clinicId: ClinicId, phoneNumberId: string): Promise<boolean> {
    const key = this.recordKey(clinicId);
    const cached = this.confirmed.get(key);
    if (cached && cached.until > this.now()) return cached.phoneNumberId === phoneNumberId;
    const stored = await this.redis.hget(key, 'phoneNumberId');
    this.confirmed.set(key, { phoneNumberId: stored, until: this.now() + ROUTE_CACHE_MS });
    return stored === phoneNumberId;
  }

  async numberOf(clinicId: ClinicId): Promise<WhatsAppNumber | null> {
    const hash = await this.redis.hgetall(this.recordKey(clinicId));
    return hash.phoneNumberId && hash.displayNumber ? { phoneNumberId: hash.phoneNumberId, displayNumber: hash.displayNumber } : null;
  }

  async assign(clinicId: ClinicId, number: WhatsAppNumber): Promise<void> {
    const claimed = await this.redis.hsetnx(GLOBAL_KEYS.whatsappNumbers, number.phoneNumberId, clinicId);
    if (!claimed) {
      const owner = await this.redis.hget(GLOBAL_KEYS.whatsappNumbers, number.phoneNumberId);
      if (owner !== clinicId) throw new Conflict('CONVERSATION.WHATSAPP_NUMBER_TAKEN', 'This WhatsApp number is connected to another clinic');
    }
    const key = this.recordKey(clinicId);
    // Read and replaced in one step, so two assigns at once cannot both miss the number they replace.
    const previous = await this.redis.fdWaSwapRecord(key, number.phoneNumberId, number.displayNumber);
    // The old number's route goes, but only while it is still ours (another clinic may have taken it since).
    if (previous && previous !== number.phoneNumberId) await this.redis.fdWaReleaseClaim(GLOBAL_KEYS.whatsappNumbers, previous, clinicId);
    // This process's caches; other processes catch up within ROUTE_CACHE_MS.
    this.confirmed.delete(key);
    this.routes.delete(number.phoneNumberId);
    if (previous) this.routes.delete(previous);
  }

  private recordKey(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'whatsapp');
  }
}
