import { afterAll, describe, expect, it } from 'vitest';
import { TenantScopeViolation, type ClinicId } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { createTenancyKit, scanKeys, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { MODEL_PRICES_USD_PER_MTOK, estimateCostMicroUsd } from '../../ports/model-usage.port';
import type { ModelUsage } from '../../ports/receptionist-model.port';
import { CONVERSATION_USAGE_TTL_SECONDS, RedisModelUsageLog } from './redis-model-usage';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const scope = <T>(clinicId: ClinicId, fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req-test' }, fn);

const sonnet = (over: Partial<ModelUsage> = {}): ModelUsage => ({
  model: 'claude-sonnet-5-5',
  inputTokens: 1_000,
  outputTokens: 200,
  cacheReadTokens: 3_000,
  cacheWriteTokens: 0,
  ...over,
});

/** Wraps the client and records the commands issued on it directly (not those queued in a MULTI). */
function countingClient(redis: RedisClient): { client: RedisClient; calls: string[] } {
  const calls: string[] = [];
  const client = new Proxy(redis, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return value.apply(target, args);
      };
    },
  });
  return { client, calls };
}

describe('model usage estimate', () => {
  it('prices tokens per model in micro-USD ($X / MTok = X micro-USD per token)', () => {
    // 1000 x 2 + 200 x 10 + 3000 x 0.1 = 4300 micro-USD.
    expect(estimateCostMicroUsd(sonnet())).toBe(4_300);
    expect(estimateCostMicroUsd(sonnet({ cacheWriteTokens: 4_000, cacheReadTokens: 0 }))).toBe(2_000 + 2_000 + 10_000);
    expect(estimateCostMicroUsd(sonnet({ model: 'some-future-model' }))).toBeNull();
    expect(MODEL_PRICES_USD_PER_MTOK['claude-sonnet-5-5']).toBeDefined();
  });
});

describe('RedisModelUsageLog (real Redis)', () => {
  it('adds turns to the clinic and the conversation totals, per model, in one round trip', async () => {
    const clinic = uniqueClinicId('usage');
    const { client, calls } = countingClient(kit.redis);
    const log = new RedisModelUsageLog(client, kit.guard);

    await scope(clinic, () => log.record(clinic, 'conv_a', sonnet()));
    expect(calls).toEqual(['multi']);

    await scope(clinic, async () => {
      await log.record(clinic, 'conv_a', sonnet({ inputTokens: 500, outputTokens: 100, cacheReadTokens: 0, cacheWriteTokens: 3_000 }));
      await log.record(clinic, 'conv_b', { model: 'claude-haiku-4-5', inputTokens: 2_000, outputTokens: 300, cacheReadTokens: 0, cacheWriteTokens: 0 });
      await log.record(clinic, 'conv_b', { model: 'mystery-model', inputTokens: 10, outputTokens: 10, cacheReadTokens: 0, cacheWriteTokens: 0 });
    });

    const totals = await scope(clinic, () => log.totals(clinic));
    const turnA2 = 500 * 2 + 100 * 10 + 3_000 * 2.5; // 9500
    const haiku = 2_000 * 1 + 300 * 5; // 3500
    expect(totals).toMatchObject({
      turns: 4,
      inputTokens: 3_510,
      outputTokens: 610,
      cacheReadTokens: 3_000,
      cacheWriteTokens: 3_000,
      costMicroUsd: 4_300 + turnA2 + haiku,
      unpricedTurns: 1,
    });
    expect(totals.byModel['claude-sonnet-5-5']).toEqual({
      turns: 2,
      inputTokens: 1_500,
      outputTokens: 300,
      cacheReadTokens: 3_000,
      cacheWriteTokens: 3_000,
      costMicroUsd: 4_300 + turnA2,
      unpricedTurns: 0,
    });
    expect(totals.byModel['mystery-model']).toMatchObject({ turns: 1, inputTokens: 10, costMicroUsd: 0, unpricedTurns: 1 });
    expect(Object.keys(totals.byModel).sort()).toEqual(['claude-haiku-4-5', 'claude-sonnet-5-5', 'mystery-model']);

    const a = await scope(clinic, () => log.forConversation(clinic, 'conv_a'));
    expect(a).toMatchObject({ turns: 2, inputTokens: 1_500, outputTokens: 300, costMicroUsd: 4_300 + turnA2 });
    expect(Object.keys(a.byModel)).toEqual(['claude-sonnet-5-5']);
    const none = await scope(clinic, () => log.forConversation(clinic, 'conv_never'));
    expect(none).toEqual({ turns: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costMicroUsd: 0, unpricedTurns: 0, byModel: {} });
  });

  it('keeps every key in the tenant layout; conversation hashes expire, clinic totals do not', async () => {
    const clinic = uniqueClinicId('usage');
    const log = new RedisModelUsageLog(kit.redis, kit.guard);
    await scope(clinic, () => log.record(clinic, 'conv_keys', sonnet()));
    const keys = (await scanKeys(kit.redis, `t:{${clinic}}:*`)).sort();
    expect(keys).toEqual([`t:{${clinic}}:model-usage:conversation:conv_keys`, `t:{${clinic}}:model-usage:totals`]);
    const ttl = await kit.redis.ttl(`t:{${clinic}}:model-usage:conversation:conv_keys`);
    expect(ttl).toBeGreaterThan(CONVERSATION_USAGE_TTL_SECONDS - 60);
    expect(await kit.redis.ttl(`t:{${clinic}}:model-usage:totals`)).toBe(-1);
  });

  it("keeps clinics apart and refuses another clinic's data or a missing scope", async () => {
    const one = uniqueClinicId('usage');
    const two = uniqueClinicId('usage');
    const log = new RedisModelUsageLog(kit.redis, kit.guard);
    await scope(one, () => log.record(one, 'conv_x', sonnet()));
    expect((await scope(two, () => log.totals(two))).turns).toBe(0);
    await expect(scope(two, () => log.totals(one))).rejects.toBeInstanceOf(TenantScopeViolation);
    await expect(log.record(one, 'conv_x', sonnet())).rejects.toBeInstanceOf(TenantScopeViolation);
    expect((await scope(one, () => log.totals(one))).turns).toBe(1);
  });

  it('clamps junk token counts to zero and refuses an unsafe conversation id in a key', async () => {
    const clinic = uniqueClinicId('usage');
    const log = new RedisModelUsageLog(kit.redis, kit.guard);
    await scope(clinic, () => log.record(clinic, 'conv_junk', sonnet({ inputTokens: -5, outputTokens: Number.NaN, cacheReadTokens: 1.9 })));
    expect(await scope(clinic, () => log.totals(clinic))).toMatchObject({ turns: 1, inputTokens: 0, outputTokens: 0, cacheReadTokens: 1 });
    await expect(scope(clinic, () => log.record(clinic, 'conv with spaces', sonnet()))).rejects.toThrow(/Unsafe Redis key part/);
  });
});
