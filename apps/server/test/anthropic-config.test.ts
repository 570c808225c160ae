import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../src/config';

const KEY = { ANTHROPIC_API_KEY: 'sk-ant-config-test' };

describe('Anthropic settings', () => {
  it('reads ANTHROPIC_TURN_TIMEOUT_MS as the per-turn budget in milliseconds, absent by default', () => {
    expect(loadAppConfig({ ...KEY, ANTHROPIC_TURN_TIMEOUT_MS: '8000' }).anthropic).toEqual({
      apiKey: 'sk-ant-config-test',
      baseURL: undefined,
      model: undefined,
      turnTimeoutMs: 8000,
    });
    expect(loadAppConfig({ ...KEY, ANTHROPIC_TURN_TIMEOUT_MS: '1000' }).anthropic?.turnTimeoutMs).toBe(1000);
    expect(loadAppConfig({ ...KEY, ANTHROPIC_TURN_TIMEOUT_MS: '120000' }).anthropic?.turnTimeoutMs).toBe(120_000);
    // Unset (or empty): the breaker's own default applies.
    expect(loadAppConfig(KEY).anthropic?.turnTimeoutMs).toBeUndefined();
    expect(loadAppConfig({ ...KEY, ANTHROPIC_TURN_TIMEOUT_MS: '' }).anthropic?.turnTimeoutMs).toBeUndefined();
    // Without a key there is no model to time.
    expect(loadAppConfig({ ANTHROPIC_TURN_TIMEOUT_MS: '8000' }).anthropic).toBeUndefined();
  });

  it('refuses a turn timeout that is not a whole number of milliseconds in range, naming the variable', () => {
    const load = (value: string) => () => loadAppConfig({ ...KEY, ANTHROPIC_TURN_TIMEOUT_MS: value });
    expect(load('8s')).toThrow('Invalid configuration: ANTHROPIC_TURN_TIMEOUT_MS: must be a whole number of milliseconds');
    expect(load('2500.5')).toThrow('Invalid configuration: ANTHROPIC_TURN_TIMEOUT_MS: must be a whole number of milliseconds');
    expect(load('0')).toThrow('Invalid configuration: ANTHROPIC_TURN_TIMEOUT_MS: must be at least 1000 ms');
    expect(load('-5000')).toThrow('Invalid configuration: ANTHROPIC_TURN_TIMEOUT_MS: must be at least 1000 ms');
    expect(load('999')).toThrow('Invalid configuration: ANTHROPIC_TURN_TIMEOUT_MS: must be at least 1000 ms');
    expect(load('120001')).toThrow('Invalid configuration: ANTHROPIC_TURN_TIMEOUT_MS: must be at most 120000 ms');
  });
});
