import { describe, expect, it } from 'vitest';
import { EventBus, type DomainEvent } from './events';
import { silentLogger } from './logger';

interface TestEvents {
  ThingDone: { n: number };
  OtherThing: { s: string };
  [type: string]: unknown;
}

const event = (n: number): DomainEvent<'ThingDone', { n: number }> => ({ type: 'ThingDone', clinicId: null, occurredAt: new Date(0), payload: { n } });

describe('the event bus', () => {
  it('delivers an event to every subscriber of its type only', async () => {
    const bus = new EventBus<TestEvents>(silentLogger());
    const seen: string[] = [];
    bus.subscribe('ThingDone', (e) => void seen.push(`a${e.payload.n}`));
    bus.subscribe('ThingDone', async (e) => void seen.push(`b${e.payload.n}`));
    bus.subscribe('OtherThing', () => void seen.push('other'));
    await bus.publish(event(1));
    expect(seen.sort()).toEqual(['a1', 'b1']);
  });

  it('publishes only after the write succeeded', async () => {
    const bus = new EventBus<TestEvents>(silentLogger());
    const seen: number[] = [];
    bus.subscribe('ThingDone', (e) => void seen.push(e.payload.n));
    await expect(bus.afterCommit(async () => Promise.reject(new Error('write failed')), () => [event(1)])).rejects.toThrow('write failed');
    expect(seen).toEqual([]);
    expect(await bus.afterCommit(async () => 7, (n) => [event(n)])).toBe(7);
    expect(seen).toEqual([7]);
  });

  it('keeps going when one subscriber fails', async () => {
    const bus = new EventBus<TestEvents>(silentLogger());
    const seen: number[] = [];
    bus.subscribe('ThingDone', () => {
      throw new Error('boom');
    });
    bus.subscribe('ThingDone', (e) => void seen.push(e.payload.n));
    await bus.publish(event(2));
    expect(seen).toEqual([2]);
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = new EventBus<TestEvents>(silentLogger());
    const seen: number[] = [];
    const off = bus.subscribe('ThingDone', (e) => void seen.push(e.payload.n));
    off();
    await bus.publish(event(3));
    expect(seen).toEqual([]);
  });
});
