import { afterAll, describe, expect, it } from 'vitest';
import { GLOBAL_KEYS, TenantScopeViolation, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisWhatsAppNumbers } from './redis-whatsapp-numbers';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

let numberCounter = 0;
/** A phone-number id no other test uses (tests share one Redis and never flush). */
const newNumberId = () => `7${Date.now()}${String(++numberCounter).padStart(4, '0')}`;
const number = (phoneNumberId: string) => ({ phoneNumberId, displayNumber: '+201000000001' });
const scope = <T>(clinicId: ClinicId, fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'test' }, fn);
const recordKey = (clinicId: ClinicId) => `t:{${clinicId}}:whatsapp`;

/** An adapter whose clock the test moves (the route caches live 5 s). */
function numbersAt(start = 1_000_000) {
  let now = start;
  return { numbers: new RedisWhatsAppNumbers(kit.redis, kit.guard, () => now), advance: (ms: number) => void (now += ms) };
}

describe('RedisWhatsAppNumbers', () => {
  it("confirms only the number the clinic's own record names", async () => {
    const { numbers } = numbersAt();
    const clinic = uniqueClinicId('wa-confirm');
    const mine = newNumberId();
    await scope(clinic, () => numbers.assign(clinic, number(mine)));
    expect(await numbers.clinicFor(mine)).toBe(clinic);
    await scope(clinic, async () => {
      expect(await numbers.confirms(clinic, mine)).toBe(true);
      expect(await numbers.confirms(clinic, newNumberId())).toBe(false);
    });
    // Outside the clinic's scope the record is not read at all.
    await expect(numbers.confirms(clinic, mine)).rejects.toBeInstanceOf(TenantScopeViolation);
  });

  it('a claim in g:wa-numbers without the clinic\'s own record is not confirmed (routes nowhere)', async () => {
    const { numbers } = numbersAt();
    const clinic = uniqueClinicId('wa-stray');
    const stray = newNumberId();
    // As after a crash between the claim and the record, or a hand-edited hash.
    await kit.redis.hset(GLOBAL_KEYS.whatsappNumbers, stray, clinic);
    expect(await numbers.clinicFor(stray)).toBe(clinic);
    await scope(clinic, async () => expect(await numbers.confirms(clinic, stray)).toBe(false));
    // Even while the clinic does have a number of its own.
    const own = newNumberId();
    await scope(clinic, () => numbers.assign(clinic, number(own)));
    await scope(clinic, async () => expect([await numbers.confirms(clinic, own), await numbers.confirms(clinic, stray)]).toEqual([true, false]));
    await kit.redis.hdel(GLOBAL_KEYS.whatsappNumbers, stray);
  });

  it('keeps a confirmation for 5 s per process (no Redis read per message), then reads the record again', async () => {
    const { numbers, advance } = numbersAt();
    const clinic = uniqueClinicId('wa-cache');
    const mine = newNumberId();
    await scope(clinic, () => numbers.assign(clinic, number(mine)));
    await scope(clinic, async () => expect(await numbers.confirms(clinic, mine)).toBe(true));
    // Changed behind this process's back: the cached answer stands until the window ends.
    await kit.redis.del(recordKey(clinic));
    advance(4_999);
    await scope(clinic, async () => expect(await numbers.confirms(clinic, mine)).toBe(true));
    advance(2);
    await scope(clinic, async () => expect(await numbers.confirms(clinic, mine)).toBe(false));
    await kit.redis.hdel(GLOBAL_KEYS.whatsappNumbers, mine);
  });

  it('assigning a new number moves the route: the old one is released and no longer confirmed, at once in this process', async () => {
    const { numbers } = numbersAt();
    const clinic = uniqueClinicId('wa-move');
    const first = newNumberId();
    const second = newNumberId();
    await scope(clinic, () => numbers.assign(clinic, number(first)));
    // Warm both caches with the first number.
    expect(await numbers.clinicFor(first)).toBe(clinic);
    await scope(clinic, async () => expect(await numbers.confirms(clinic, first)).toBe(true));

    await scope(clinic, () => numbers.assign(clinic, { phoneNumberId: second, displayNumber: '+201000000002' }));
    expect(await kit.redis.hexists(GLOBAL_KEYS.whatsappNumbers, first)).toBe(0);
    expect(await kit.redis.hget(GLOBAL_KEYS.whatsappNumbers, second)).toBe(clinic);
    expect(await kit.redis.hgetall(recordKey(clinic))).toEqual({ phoneNumberId: second, displayNumber: '+201000000002' });
    expect(await numbers.clinicFor(first)).toBeNull();
    expect(await numbers.clinicFor(second)).toBe(clinic);
    await scope(clinic, async () => {
      expect(await numbers.confirms(clinic, first)).toBe(false);
      expect(await numbers.confirms(clinic, second)).toBe(true);
      expect(await numbers.numberOf(clinic)).toEqual({ phoneNumberId: second, displayNumber: '+201000000002' });
    });
    await kit.redis.hdel(GLOBAL_KEYS.whatsappNumbers, second);
  });

  it("does not release the old number when another clinic holds it by then, and refuses a number another clinic holds", async () => {
    const { numbers } = numbersAt();
    const clinic = uniqueClinicId('wa-keep');
    const other = uniqueClinicId('wa-other');
    const first = newNumberId();
    const second = newNumberId();
    await scope(clinic, () => numbers.assign(clinic, number(first)));
    // The first number changed hands meanwhile (e.g. released and taken by another clinic).
    await kit.redis.hset(GLOBAL_KEYS.whatsappNumbers, first, other);
    await scope(clinic, () => numbers.assign(clinic, number(second)));
    expect(await kit.redis.hget(GLOBAL_KEYS.whatsappNumbers, first)).toBe(other);

    await scope(other, async () => {
      await expect(numbers.assign(other, number(second))).rejects.toMatchObject({ code: 'CONVERSATION.WHATSAPP_NUMBER_TAKEN', kind: 'conflict' });
      expect(await numbers.numberOf(other)).toBeNull();
    });
    expect(await kit.redis.hget(GLOBAL_KEYS.whatsappNumbers, second)).toBe(clinic);
    await kit.redis.hdel(GLOBAL_KEYS.whatsappNumbers, first, second);
  });

  it('assigning the same number again keeps its route', async () => {
    const { numbers } = numbersAt();
    const clinic = uniqueClinicId('wa-same');
    const mine = newNumberId();
    await scope(clinic, () => numbers.assign(clinic, number(mine)));
    await scope(clinic, () => numbers.assign(clinic, { phoneNumberId: mine, displayNumber: '+201000000009' }));
    expect(await kit.redis.hget(GLOBAL_KEYS.whatsappNumbers, mine)).toBe(clinic);
    await scope(clinic, async () => expect(await numbers.numberOf(clinic)).toEqual({ phoneNumberId: mine, displayNumber: '+201000000009' }));
    await kit.redis.hdel(GLOBAL_KEYS.whatsappNumbers, mine);
  });
});
