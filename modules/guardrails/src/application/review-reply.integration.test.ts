import { afterAll, describe, expect, it } from 'vitest';
import { createTenancyKit, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisFindingLog } from '../adapters/redis/redis-finding-log';
import { cairoTurn } from '../domain/turn-fixture';
import { GuardrailSummary, ReviewReply } from './review-reply';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());
const log = new RedisFindingLog(kit.redis, kit.guard);
const review = new ReviewReply(log, kit.clock);
const summary = new GuardrailSummary(log);

describe('reviewing a draft reply', () => {
  it('records every finding with its conversation and counts it for the clinic', async () => {
    const clinicId = uniqueClinicId();
    const scope = { clinicId, actor: { kind: 'agent' as const, clinicId }, requestId: 'r' };
    const outcome = await kit.guard.run(scope, () =>
      review.execute(clinicId, 'conv_1', { reply: 'Your appointment is confirmed. Take 400mg ibuprofen twice a day.', turn: cairoTurn(), now: '2026-03-10T08:00:00Z', mode: 'enforce' }),
    );
    expect(outcome.replaced).toBe(true);
    const kinds = outcome.findings.map((f) => f.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['medical_advice', 'phantom_confirmation']));
    const view = await kit.guard.run(scope, () => summary.execute(clinicId, 10));
    expect(view.counts.medical_advice).toBe(1);
    expect(view.counts.phantom_confirmation).toBe(1);
    expect(view.recent.map((f) => f.conversationId)).toEqual(outcome.findings.map(() => 'conv_1'));
    expect(view.recent.some((f) => f.excerpt.includes('ibuprofen'))).toBe(true);
  });

  it('records nothing for a clean reply', async () => {
    const clinicId = uniqueClinicId();
    const scope = { clinicId, actor: { kind: 'agent' as const, clinicId }, requestId: 'r' };
    const outcome = await kit.guard.run(scope, () =>
      review.execute(clinicId, 'conv_2', { reply: 'Hello! How can I help you today?', turn: cairoTurn(), now: '2026-03-10T08:00:00Z', mode: 'log' }),
    );
    expect(outcome.findings).toEqual([]);
    expect(await kit.redis.exists(`t:{${clinicId}}:guardrails:findings`)).toBe(0);
  });

  it('refuses to write findings outside the clinic scope', async () => {
    await expect(review.execute(uniqueClinicId(), 'conv_3', { reply: 'Take 400mg ibuprofen.', turn: cairoTurn(), now: '2026-03-10T08:00:00Z', mode: 'log' })).rejects.toThrow(/outside a tenant scope/);
  });
});
