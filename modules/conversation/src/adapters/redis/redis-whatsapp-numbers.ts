import { Conflict, GLOBAL_KEYS, clinicId as toClinicId, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { WhatsAppNumber, WhatsAppNumbers } from '../../ports/whatsapp-numbers.port';

/** Routing answers are kept this long per process: one Redis read per number per window on the webhook path. */
const ROUTE_CACHE_MS = 5_000;

/**
 * `g:wa-numbers` (hash phone-number id -> clinic) routes webhooks; the clinic's
 * own `t:{c}:whatsapp` hash says which number it uses. The global entry is
 * claimed with HSETNX first, so two clinics cannot take the same number.
 */
export class RedisWhatsAppNumbers implements WhatsAppNumbers {
  private readonly cache = new Map<string, { clinicId: ClinicId | null; until: number }>();

  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
    private readonly now: () => number = Date.now,
  ) {}

  async clinicFor(phoneNumberId: string): Promise<ClinicId | null> {
    const cached = this.cache.get(phoneNumberId);
    if (cached && cached.until > this.now()) return cached.clinicId;
    const value = await this.redis.hget(GLOBAL_KEYS.whatsappNumbers, phoneNumberId);
    const clinicId = value ? toClinicId(value) : null;
    this.cache.set(phoneNumberId, { clinicId, until: this.now() + ROUTE_CACHE_MS });
    return clinicId;
  }

  async numberOf(clinicId: ClinicId): Promise<WhatsAppNumber | null> {
    const hash = await this.redis.hgetall(this.guard.key(clinicId, 'whatsapp'));
    return hash.phoneNumberId && hash.displayNumber ? { phoneNumberId: hash.phoneNumberId, displayNumber: hash.displayNumber } : null;
  }

  async assign(clinicId: ClinicId, number: WhatsAppNumber): Promise<void> {
    const claimed = await this.redis.hsetnx(GLOBAL_KEYS.whatsappNumbers, number.phoneNumberId, clinicId);
    if (!claimed) {
      const owner = await this.redis.hget(GLOBAL_KEYS.whatsappNumbers, number.phoneNumberId);
      if (owner !== clinicId) throw new Conflict('CONVERSATION.WHATSAPP_NUMBER_TAKEN', 'This WhatsApp number is connected to another clinic');
    }
    const key = this.guard.key(clinicId, 'whatsapp');
    const previous = await this.redis.hget(key, 'phoneNumberId');
    await this.redis.hset(key, 'phoneNumberId', number.phoneNumberId, 'displayNumber', number.displayNumber);
    if (previous && previous !== number.phoneNumberId) {
      // Release the old number only if it is still ours.
      if ((await this.redis.hget(GLOBAL_KEYS.whatsappNumbers, previous)) === clinicId) await this.redis.hdel(GLOBAL_KEYS.whatsappNumbers, previous);
    }
    this.cache.delete(number.phoneNumberId);
    if (previous) this.cache.delete(previous);
  }
}
