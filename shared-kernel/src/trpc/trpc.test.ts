import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { NotFound, RateLimited } from '../errors';
import { silentLogger } from '../logger';
import { createTenancyKit, memoryHttpExchange } from '../testing/fixtures';
import { publicProcedure, router, type RequestContext } from './trpc';

const kit = createTenancyKit();
kit.redis.disconnect();

const testRouter = router({
  crash: publicProcedure.query(() => {
    throw new Error('connection to 10.0.0.5 refused, password=hunter2');
  }),
  missing: publicProcedure.query(() => {
    throw new NotFound('TEST.MISSING', 'No such thing');
  }),
  limited: publicProcedure.query(() => {
    throw new RateLimited('TEST.SLOW_DOWN', 'Too many tries', 120);
  }),
  echo: publicProcedure.input(z.object({ count: z.number().int().min(1) })).query(({ input }) => input.count),
});

async function call(path: string, production: boolean, input?: unknown) {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(`http://localhost/trpc/${path}${query}`),
    router: testRouter,
    createContext: (): RequestContext => ({
      requestId: 'req-1',
      actor: { kind: 'anonymous' },
      http: memoryHttpExchange(),
      guard: kit.guard,
      logger: silentLogger(),
      production,
    }),
  });
  return { status: response.status, body: (await response.json()) as { error: { message: string; data: Record<string, unknown> } } };
}

describe('tRPC error formatting', () => {
  it('hides internal messages and stacks in production', async () => {
    const { status, body } = await call('crash', true);
    expect(status).toBe(500);
    expect(body.error.message).not.toContain('hunter2');
    expect(body.error.message).toMatch(/request id/);
    expect(body.error.data.stack).toBeUndefined();
    expect(body.error.data.requestId).toBe('req-1');
  });

  it('shows them in development to help debugging', async () => {
    const { body } = await call('crash', false);
    expect(body.error.message).toContain('connection to 10.0.0.5 refused');
    expect(typeof body.error.data.stack).toBe('string');
  });

  it('maps domain errors to their tRPC code and keeps the domain code', async () => {
    const { status, body } = await call('missing', true);
    expect(status).toBe(404);
    expect(body.error.message).toBe('No such thing');
    expect(body.error.data).toMatchObject({ code: 'NOT_FOUND', domainCode: 'TEST.MISSING' });
  });

  it('tells a rate-limited caller when to try again', async () => {
    const { status, body } = await call('limited', true);
    expect(status).toBe(429);
    expect(body.error.data).toMatchObject({ domainCode: 'TEST.SLOW_DOWN', retryAfterSeconds: 120 });
  });

  it('explains bad input field by field', async () => {
    const { status, body } = await call('echo', true, { count: 0 });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^Invalid input: count: /);
    expect(body.error.data.issues).toEqual([{ path: 'count', message: expect.any(String) }]);
  });
});
