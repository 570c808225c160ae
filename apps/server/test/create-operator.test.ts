import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { describe, expect, inject, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function run(args: string[], env: Record<string, string>) {
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'apps/server/src/cli/create-operator.ts'), ...args], {
    env: { ...process.env, NODE_ENV: 'test', REDIS_URL: inject('redisUrl'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

describe('npm run create-operator', () => {
  it('creates an operator who can then sign in, taking the password from the environment', async () => {
    const email = `ops.${uniqueClinicId()}@frontdesk.test`;
    const result = await run(['--email', email, '--name', 'Night Shift Ops'], { OPERATOR_PASSWORD: 'a sturdy operator passphrase' });
    expect(result.out).toContain(`Operator ${email} created`);
    expect(result.code).toBe(0);
    const redis = new Redis(inject('redisUrl'));
    expect(await redis.hget('g:operator-emails', email)).toMatch(/^op_/);
    redis.disconnect();
  });

  it('refuses a weak password with the reason', async () => {
    const result = await run(['--email', `ops.${uniqueClinicId()}@frontdesk.test`, '--name', 'Ops'], { OPERATOR_PASSWORD: 'password1234' });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/too common/);
  });
});
