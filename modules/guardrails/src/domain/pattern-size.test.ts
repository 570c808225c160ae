import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * Past about 20,000 characters V8 stops compiling a regular expression to native code and the check slows (see
 * medical-advice.ts): every pattern the checker's modules build when they load must stay under that size.
 */
const NATIVE_LIMIT = 20_000;

describe('pattern sizes', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('keeps every pattern the checker builds under the size V8 compiles natively', async () => {
    const sizes: number[] = [];
    const Native = RegExp;
    vi.stubGlobal(
      'RegExp',
      new Proxy(Native, {
        construct(target, args: [string | RegExp, string?]) {
          const pattern = new target(...args);
          sizes.push(pattern.source.length);
          return pattern;
        },
      }),
    );
    vi.resetModules();
    await import('./check-reply');
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.max(...sizes)).toBeLessThan(NATIVE_LIMIT);
  });
});
