import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const schema = z.object({
  PORT: z.coerce.number().int().min(1),
  REDIS_URL: z.url(),
  MODE: z.enum(['a', 'b']).default('a'),
});

describe('loadConfig', () => {
  it('parses and applies defaults', () => {
    expect(loadConfig(schema, { PORT: '80', REDIS_URL: 'redis://x:1' })).toEqual({ PORT: 80, REDIS_URL: 'redis://x:1', MODE: 'a' });
  });

  it('names every bad or missing variable in one error', () => {
    try {
      loadConfig(schema, { PORT: 'eighty', MODE: 'c' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^REDIS_URL: /m);
      expect(problems).toMatch(/^MODE: /m);
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig(schema, { PORT: '1', REDIS_URL: 'redis://x:1', MODE: '' }).MODE).toBe('a');
  });
});
