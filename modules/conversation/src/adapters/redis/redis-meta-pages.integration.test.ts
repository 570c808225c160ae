import { afterAll, describe, expect, it } from 'vitest';
import { GLOBAL_KEYS, TenantScopeViolation, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisMetaPages } from './redis-meta-pages';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const SECRET = 'current-session-secret-0123456789abcdefghij';
const OLD_SECRET = 'older-session-secret-0123456789abcdefghijkl';
const TOKEN = 'EAAGm0PX4ZCpsBAPageAccessTokenForTests0123456789';

let accountCounter = 0;
/** A page id no other test uses (tests share one Redis and never flush). */
const newAccountId = () => `9${Date.now()}${String(++accountCounter).padStart(4, '0')}`;

const pagesWith = (secrets: readonly string[] | undefined) => new RedisMetaPages(kit.redis, kit.guard, secrets);
const scope = <T>(clinicId: ClinicId, fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'test' }, fn);
const recordKey = (clinicId: ClinicId, channel: string) => `t:{${clinicId}}:meta-page:${channel}`;
const AT = new Date('2025-06-09T10:00:00Z');

describe('RedisMetaPages', () => {
  it('stores the connection with the token encrypted, lists it without the token, and gives the token back to the sender', async () => {
    const pages = pagesWith([SECRET]);
    const clinic = uniqueClinicId('pages');
    const accountId = newAccountId();
    await scope(clinic, async () => {
      const connected = await pages.connect(clinic, { channel: 'messenger', accountId, name: 'Nile Dental', accessToken: TOKEN }, AT);
      expect(connected).toEqual({ channel: 'messenger', accountId, name: 'Nile Dental', connectedAt: AT });
      expect(await pages.connections(clinic)).toEqual([{ channel: 'messenger', accountId, name: 'Nile Dental', connectedAt: AT }]);
      expect(JSON.stringify(await pages.connections(clinic))).not.toContain(TOKEN);
      expect(await pages.credentials(clinic, 'messenger')).toEqual({ accountId, accessToken: TOKEN });
      expect(await pages.credentials(clinic, 'instagram')).toBeNull();
    });
    // At rest: a sealed value, not the token, nor any part of it.
    const stored = await kit.redis.hgetall(recordKey(clinic, 'messenger'));
    expect(stored.token).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(stored.token).not.toContain(TOKEN);
    expect(stored.token).not.toContain(TOKEN.slice(0, 12));
    expect(Buffer.from(stored.token!.slice(3), 'base64url').toString('latin1')).not.toContain(TOKEN.slice(0, 12));
    expect(Object.values(stored).join('|')).not.toContain(TOKEN);
    expect(await kit.redis.hget(GLOBAL_KEYS.metaPages, `messenger:${accountId}`)).toBe(clinic);
    expect(await pages.clinicFor('messenger', accountId)).toBe(clinic);
    expect(await pages.clinicFor('instagram', accountId)).toBeNull();
  });

  it("refuses a page another clinic holds (Conflict), and leaves both clinics' records as they were", async () => {
    const pages = pagesWith([SECRET]);
    const clinicA = uniqueClinicId('pages-a');
    const clinicB = uniqueClinicId('pages-b');
    const accountId = newAccountId();
    await scope(clinicA, () => pages.connect(clinicA, { channel: 'instagram', accountId, name: '@nile', accessToken: TOKEN }, AT));
    await scope(clinicB, async () => {
      await expect(pages.connect(clinicB, { channel: 'instagram', accountId, name: '@stolen', accessToken: 'EAAAnotherClinicsToken0123456789' }, AT)).rejects.toMatchObject({
        code: 'CONVERSATION.META_ACCOUNT_TAKEN',
        kind: 'conflict',
      });
      expect(await pages.connections(clinicB)).toEqual([]);
      expect(await pages.confirms(clinicB, 'instagram', accountId)).toBe(false);
    });
    expect(await kit.redis.hget(GLOBAL_KEYS.metaPages, `instagram:${accountId}`)).toBe(clinicA);
    await scope(clinicA, async () => expect(await pages.credentials(clinicA, 'instagram')).toEqual({ accountId, accessToken: TOKEN }));
  });

  it('lets exactly one of many clinics racing for the same page claim it', async () => {
    const accountId = newAccountId();
    const clinics = Array.from({ length: 12 }, (_, i) => uniqueClinicId(`race${i}`));
    // Separate instances: no shared process cache between the racers.
    const results = await Promise.allSettled(
      clinics.map((clinic) => scope(clinic, () => pagesWith([SECRET]).connect(clinic, { channel: 'messenger', accountId, name: clinic, accessToken: TOKEN }, AT))),
    );
    const winners = clinics.filter((_, i) => results[i]!.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'CONVERSATION.META_ACCOUNT_TAKEN' });
    expect(await kit.redis.hget(GLOBAL_KEYS.metaPages, `messenger:${accountId}`)).toBe(winners[0]);
    for (const clinic of clinics) expect(await kit.redis.exists(recordKey(clinic, 'messenger'))).toBe(clinic === winners[0] ? 1 : 0);
  });

  it('replacing the page releases the old one, and disconnecting releases the claim and deletes the token', async () => {
    const pages = pagesWith([SECRET]);
    const clinic = uniqueClinicId('pages-swap');
    const other = uniqueClinicId('pages-other');
    const first = newAccountId();
    const second = newAccountId();
    await scope(clinic, async () => {
      await pages.connect(clinic, { channel: 'messenger', accountId: first, name: 'Old page', accessToken: TOKEN }, AT);
      await pages.connect(clinic, { channel: 'messenger', accountId: second, name: 'New page', accessToken: `${TOKEN}2` }, AT);
      expect(await pages.confirms(clinic, 'messenger', first)).toBe(false);
      expect(await pages.confirms(clinic, 'messenger', second)).toBe(true);
    });
    expect(await pages.clinicFor('messenger', first)).toBeNull();
    // The released page can now be claimed by another clinic.
    await scope(other, () => pages.connect(other, { channel: 'messenger', accountId: first, name: 'Mine now', accessToken: TOKEN }, AT));

    await scope(clinic, async () => {
      expect(await pages.disconnect(clinic, 'messenger')).toMatchObject({ accountId: second, name: 'New page' });
      expect(await pages.disconnect(clinic, 'messenger')).toBeNull();
      expect(await pages.credentials(clinic, 'messenger')).toBeNull();
      expect(await pages.connections(clinic)).toEqual([]);
    });
    expect(await kit.redis.exists(recordKey(clinic, 'messenger'))).toBe(0);
    expect(await kit.redis.hexists(GLOBAL_KEYS.metaPages, `messenger:${second}`)).toBe(0);
    expect(await kit.redis.hget(GLOBAL_KEYS.metaPages, `messenger:${first}`)).toBe(other);
  });

  it('a claim the clinic no longer backs with its own record is not confirmed (routes nowhere)', async () => {
    const pages = pagesWith([SECRET]);
    const clinic = uniqueClinicId('pages-stale');
    const accountId = newAccountId();
    // As after a crash between the claim and the record.
    await kit.redis.hset(GLOBAL_KEYS.metaPages, `messenger:${accountId}`, clinic);
    expect(await pages.clinicFor('messenger', accountId)).toBe(clinic);
    await scope(clinic, async () => expect(await pages.confirms(clinic, 'messenger', accountId)).toBe(false));
    await kit.redis.hdel(GLOBAL_KEYS.metaPages, `messenger:${accountId}`);
  });

  it('a different secret cannot open the token, and a sealed token copied to another clinic does not open there', async () => {
    const clinic = uniqueClinicId('pages-key');
    const thief = uniqueClinicId('pages-thief');
    const accountId = newAccountId();
    await scope(clinic, () => pagesWith([SECRET]).connect(clinic, { channel: 'messenger', accountId, name: 'P', accessToken: TOKEN }, AT));
    await scope(clinic, async () => expect(await pagesWith(['a-completely-different-secret-0123456789abc']).credentials(clinic, 'messenger')).toBeNull());

    const stored = await kit.redis.hgetall(recordKey(clinic, 'messenger'));
    await kit.redis.hset(recordKey(thief, 'messenger'), stored);
    await scope(thief, async () => expect(await pagesWith([SECRET]).credentials(thief, 'messenger')).toBeNull());
    await kit.redis.del(recordKey(thief, 'messenger'));
  });

  it('after a rotation it opens tokens sealed with the older secret and reseals them with the current one', async () => {
    const clinic = uniqueClinicId('pages-rotate');
    const accountId = newAccountId();
    await scope(clinic, () => pagesWith([OLD_SECRET]).connect(clinic, { channel: 'instagram', accountId, name: '@nile', accessToken: TOKEN }, AT));
    const sealedWithOld = await kit.redis.hget(recordKey(clinic, 'instagram'), 'token');

    // The new secret alone cannot open it yet.
    await scope(clinic, async () => expect(await pagesWith([SECRET]).credentials(clinic, 'instagram')).toBeNull());
    // New first, old still listed: opens, and reseals.
    await scope(clinic, async () => expect(await pagesWith([SECRET, OLD_SECRET]).credentials(clinic, 'instagram')).toEqual({ accountId, accessToken: TOKEN }));
    const resealed = await kit.redis.hget(recordKey(clinic, 'instagram'), 'token');
    expect(resealed).not.toBe(sealedWithOld);
    // Now the old secret can be dropped.
    await scope(clinic, async () => expect(await pagesWith([SECRET]).credentials(clinic, 'instagram')).toEqual({ accountId, accessToken: TOKEN }));
  });

  it('refuses to connect without any secret to seal with, and stores nothing', async () => {
    const clinic = uniqueClinicId('pages-nokey');
    const accountId = newAccountId();
    await scope(clinic, async () => {
      await expect(pagesWith(undefined).connect(clinic, { channel: 'messenger', accountId, name: 'P', accessToken: TOKEN }, AT)).rejects.toMatchObject({ code: 'CONVERSATION.TOKEN_KEY_MISSING' });
    });
    expect(await kit.redis.hexists(GLOBAL_KEYS.metaPages, `messenger:${accountId}`)).toBe(0);
    expect(await kit.redis.exists(recordKey(clinic, 'messenger'))).toBe(0);
  });

  it("touches a clinic's record only inside that clinic's tenant scope", async () => {
    const pages = pagesWith([SECRET]);
    const clinic = uniqueClinicId('pages-scope');
    const other = uniqueClinicId('pages-scope-b');
    await expect(pages.connections(clinic)).rejects.toBeInstanceOf(TenantScopeViolation);
    await scope(other, async () => {
      await expect(pages.credentials(clinic, 'messenger')).rejects.toBeInstanceOf(TenantScopeViolation);
    });
  });
});
