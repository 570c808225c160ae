import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const clusterSetup = fileURLToPath(new URL('./shared-kernel/src/testing/redis-cluster-global-setup.ts', import.meta.url));

/**
 * The root test config (vitest 4 reads projects from here; run with
 * `vitest --config vitest.workspace.ts`). One project per package; one private
 * redis-server for the whole run, started by the global setup. Projects named
 * `*-cluster` run some test files again against a private 3-master Redis
 * Cluster started by their own global setup (connectTestRedis() then returns a
 * Cluster client).
 */
export default defineConfig({
  test: {
    globalSetup: ['./shared-kernel/src/testing/redis-global-setup.ts'],
    projects: [
      // 30 s per test where whole-corpus checks run (the guardrail eval files, the pattern gates): on a slow 2-core
      // machine under the full parallel run some took over 5 s, the default; the timeout only guards against hangs.
      { test: { name: 'shared-kernel', root: './shared-kernel', include: ['src/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'tenancy', root: './modules/tenancy', include: ['src/**/*.test.ts'] } },
      { test: { name: 'guardrails', root: './modules/guardrails', include: ['src/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'identity', root: './modules/identity', include: ['src/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'scheduling', root: './modules/scheduling', include: ['src/**/*.test.ts'] } },
      { test: { name: 'conversation', root: './modules/conversation', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'scheduling-cluster',
          root: './modules/scheduling',
          include: ['src/application/booking.integration.test.ts', 'src/application/lifecycle.integration.test.ts', 'src/application/waitlist.integration.test.ts'],
          globalSetup: [clusterSetup],
        },
      },
      {
        test: {
          name: 'server',
          root: './apps/server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
