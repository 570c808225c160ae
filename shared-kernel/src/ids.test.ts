import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock';
import { clinicId, RandomIdGenerator, SequentialIdGenerator } from './ids';

describe('ids and clocks', () => {
  it('makes unique, key-safe random ids with a prefix', () => {
    const gen = new RandomIdGenerator();
    const ids = new Set(Array.from({ length: 1000 }, () => gen.next('apt')));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^apt_[a-z2-7]{16}$/);
  });

  it('makes predictable ids for tests', () => {
    const gen = new SequentialIdGenerator();
    expect([gen.next('a'), gen.next('b')]).toEqual(['a_1', 'b_2']);
  });

  it('refuses clinic ids that could break a Redis key', () => {
    expect(() => clinicId('a}b')).toThrow();
    expect(() => clinicId('A')).toThrow();
    expect(clinicId('demo-clinic')).toBe('demo-clinic');
  });

  it('moves a fake clock only forwards', () => {
    const clock = new FakeClock('2026-01-01T00:00:00Z');
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
    expect(() => clock.advance(-1)).toThrow();
  });
});
