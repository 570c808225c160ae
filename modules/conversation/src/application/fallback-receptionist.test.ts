import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClock, clinicId } from '@frontdesk/shared-kernel';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import type { ReceptionistModel, ReceptionistReply, ReceptionistTools, ReceptionistTurn } from '../ports/receptionist-model.port';
import { DEFAULT_PRIMARY_TURN_TIMEOUT_MS, FallbackReceptionist, PrimaryModelTimeout, type FallbackReceptionistOptions, type PrimaryFailureInfo } from './fallback-receptionist';

const CLINIC = clinicId('clinic-fallback');

function turn(over: Partial<ReceptionistTurn> = {}): ReceptionistTurn {
  return {
    clinicId: CLINIC,
    conversationId: 'conv_1',
    catalog: {} as ClinicCatalogSnapshot,
    now: new Date('2026-01-05T10:00:00Z'),
    language: 'en',
    history: [],
    message: 'hello',
    patient: null,
    state: {},
    tools: {} as ReceptionistTools,
    ...over,
  };
}

function reply(model: string, text = `hi from ${model}`): ReceptionistReply {
  return { text, language: 'en', intent: 'other', handoff: false, state: {}, model };
}

type Behaviour = 'ok' | 'fail' | 'hang';

/** A tiny scripted model: answers, throws, or hangs until its signal aborts. */
class ScriptedModel implements ReceptionistModel {
  calls = 0;
  signals: AbortSignal[] = [];
  constructor(
    readonly name: string,
    public behaviour: Behaviour = 'ok',
  ) {}
  reply(t: ReceptionistTurn): Promise<ReceptionistReply> {
    this.calls++;
    if (t.signal) this.signals.push(t.signal);
    if (this.behaviour === 'ok') return Promise.resolve(reply(this.name));
    if (this.behaviour === 'fail') return Promise.reject(new Error(`${this.name} is down`));
    return new Promise((_, reject) => {
      if (t.signal?.aborted) return reject(t.signal.reason);
      t.signal?.addEventListener('abort', () => reject(t.signal!.reason), { once: true });
    });
  }
}

function setup(over: Partial<FallbackReceptionistOptions> = {}) {
  const clock = new FakeClock('2026-01-05T10:00:00Z');
  const primary = new ScriptedModel('anthropic');
  const fallback = new ScriptedModel('offline');
  const failures: Array<{ error: unknown; info: PrimaryFailureInfo }> = [];
  const model = new FallbackReceptionist({
    primary,
    fallback,
    clock,
    timeoutMs: 30,
    onFailure: (error, info) => failures.push({ error, info }),
    ...over,
  });
  return { clock, primary, fallback, model, failures };
}

describe('FallbackReceptionist', () => {
  it('answers with the primary while it is healthy', async () => {
    const { model, primary, fallback } = setup();
    expect(await model.reply(turn())).toMatchObject({ model: 'anthropic' });
    expect(primary.calls).toBe(1);
    expect(fallback.calls).toBe(0);
    expect(model.circuitState()).toEqual({ state: 'closed', consecutiveFailures: 0, openedAt: null, probeAt: null });
    expect(model.name).toBe('anthropic>offline');
  });

  it('answers with the fallback when the primary fails, and reports the failure', async () => {
    const { model, primary, fallback, failures } = setup();
    primary.behaviour = 'fail';
    expect(await model.reply(turn())).toMatchObject({ model: 'offline' });
    expect(fallback.calls).toBe(1);
    expect(failures).toHaveLength(1);
    expect((failures[0]!.error as Error).message).toBe('anthropic is down');
    expect(failures[0]!.info).toMatchObject({ reason: 'error', circuit: { state: 'closed', consecutiveFailures: 1 } });
  });

  it('aborts a primary that is too slow and answers with the fallback', async () => {
    const { model, primary, failures } = setup({ timeoutMs: 25 });
    primary.behaviour = 'hang';
    const started = Date.now();
    expect(await model.reply(turn())).toMatchObject({ model: 'offline' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(primary.signals[0]!.aborted).toBe(true);
    expect(primary.signals[0]!.reason).toBeInstanceOf(PrimaryModelTimeout);
    expect(failures[0]!.error).toBeInstanceOf(PrimaryModelTimeout);
    expect((failures[0]!.error as PrimaryModelTimeout).code).toBe('CONVERSATION.MODEL_TIMEOUT');
    expect(failures[0]!.info.reason).toBe('timeout');
  });

  describe('without a timeoutMs', () => {
    afterEach(() => vi.useRealTimers());

    it('gives the primary DEFAULT_PRIMARY_TURN_TIMEOUT_MS, not a moment less or more', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { model, primary, fallback, failures } = setup({ timeoutMs: undefined });
      primary.behaviour = 'hang';
      const answered = model.reply(turn());
      await vi.advanceTimersByTimeAsync(DEFAULT_PRIMARY_TURN_TIMEOUT_MS - 1);
      expect(primary.signals[0]!.aborted).toBe(false);
      expect(fallback.calls).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(await answered).toMatchObject({ model: 'offline' });
      expect(primary.signals[0]!.aborted).toBe(true);
      expect((failures[0]!.error as PrimaryModelTimeout).details).toEqual({ model: 'anthropic', timeoutMs: DEFAULT_PRIMARY_TURN_TIMEOUT_MS });
    });
  });

  it('opens after 3 failures in a row, skips the primary for openMs, then probes and closes', async () => {
    const { model, primary, fallback, clock, failures } = setup();
    primary.behaviour = 'fail';
    for (let i = 0; i < 3; i++) await model.reply(turn());
    expect(primary.calls).toBe(3);
    expect(failures.map((f) => f.info.circuit.state)).toEqual(['closed', 'closed', 'open']);
    expect(model.circuitState()).toEqual({
      state: 'open',
      consecutiveFailures: 3,
      openedAt: new Date('2026-01-05T10:00:00Z'),
      probeAt: new Date('2026-01-05T10:00:30Z'),
    });

    // Open: straight to the fallback, the primary is not even asked.
    primary.behaviour = 'ok';
    clock.advance(29_999);
    expect(await model.reply(turn())).toMatchObject({ model: 'offline' });
    expect(primary.calls).toBe(3);
    expect(fallback.calls).toBe(4);

    // openMs later: half-open, one probe goes to the primary; its success closes the circuit.
    clock.advance(1);
    expect(model.circuitState().state).toBe('half_open');
    expect(await model.reply(turn())).toMatchObject({ model: 'anthropic' });
    expect(primary.calls).toBe(4);
    expect(model.circuitState()).toEqual({ state: 'closed', consecutiveFailures: 0, openedAt: null, probeAt: null });
    expect(await model.reply(turn())).toMatchObject({ model: 'anthropic' });
  });

  it('a failed probe opens the circuit for another openMs', async () => {
    const { model, primary, clock } = setup({ failureThreshold: 2, openMs: 10_000 });
    primary.behaviour = 'fail';
    await model.reply(turn());
    await model.reply(turn());
    expect(model.circuitState().state).toBe('open');
    clock.advance(10_000);
    expect(await model.reply(turn())).toMatchObject({ model: 'offline' });
    expect(primary.calls).toBe(3);
    expect(model.circuitState()).toMatchObject({ state: 'open', consecutiveFailures: 3, openedAt: new Date('2026-01-05T10:00:10Z'), probeAt: new Date('2026-01-05T10:00:20Z') });
    clock.advance(9_999);
    await model.reply(turn());
    expect(primary.calls).toBe(3);
  });

  it('a timeout counts as a failure towards opening', async () => {
    const { model, primary } = setup({ timeoutMs: 10, failureThreshold: 2 });
    primary.behaviour = 'hang';
    await model.reply(turn());
    await model.reply(turn());
    expect(model.circuitState().state).toBe('open');
  });

  it('only failures in a row open it: a success resets the count', async () => {
    const { model, primary } = setup();
    for (const b of ['fail', 'fail', 'ok', 'fail', 'fail'] as const) {
      primary.behaviour = b;
      await model.reply(turn());
    }
    expect(model.circuitState()).toMatchObject({ state: 'closed', consecutiveFailures: 2 });
  });

  it('sends other turns to the fallback while one probe is in flight', async () => {
    const { model, primary, fallback, clock } = setup({ failureThreshold: 1, timeoutMs: 1_000 });
    primary.behaviour = 'fail';
    await model.reply(turn());
    clock.advance(30_000);
    let release!: (r: ReceptionistReply) => void;
    primary.reply = (t) => {
      primary.calls++;
      void t;
      return new Promise((resolve) => (release = resolve));
    };
    const probe = model.reply(turn());
    await Promise.resolve();
    expect(model.circuitState().state).toBe('half_open');
    expect(await model.reply(turn())).toMatchObject({ model: 'offline' });
    expect(primary.calls).toBe(2);
    release(reply('anthropic', 'probe answer'));
    expect(await probe).toMatchObject({ text: 'probe answer' });
    expect(model.circuitState().state).toBe('closed');
    expect(fallback.calls).toBe(2);
  });

  it("does not count a turn the caller aborted against the primary, and passes the abort on", async () => {
    const { model, primary, fallback, failures } = setup({ timeoutMs: 1_000 });
    primary.behaviour = 'hang';
    const controller = new AbortController();
    const answer = model.reply(turn({ signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(primary.calls).toBe(1);
    controller.abort(new Error('pipeline budget spent'));
    const started = Date.now();
    expect(await answer).toMatchObject({ model: 'offline' });
    expect(Date.now() - started).toBeLessThan(500);
    expect(primary.signals[0]!.aborted).toBe(true);
    expect(failures).toHaveLength(0);
    expect(model.circuitState().consecutiveFailures).toBe(0);
    expect(fallback.calls).toBe(1);
  });

  it("lets the fallback's own failure propagate", async () => {
    const { model, primary, fallback } = setup();
    primary.behaviour = 'fail';
    fallback.behaviour = 'fail';
    await expect(model.reply(turn())).rejects.toThrow('offline is down');
  });

  it('a throwing onFailure callback does not cost the turn', async () => {
    const { model, primary } = setup({
      onFailure: () => {
        throw new Error('logger broke');
      },
    });
    primary.behaviour = 'fail';
    expect(await model.reply(turn())).toMatchObject({ model: 'offline' });
  });

  it('a primary that throws synchronously still falls back', async () => {
    const { model, primary } = setup();
    primary.reply = () => {
      throw new Error('sync boom');
    };
    expect(await model.reply(turn())).toMatchObject({ model: 'offline' });
    expect(model.circuitState().consecutiveFailures).toBe(1);
  });
});
