import { z } from 'zod';
import { loadConfig } from '@frontdesk/shared-kernel';

const port = z.coerce.number().int().min(0).max(65535);

/** Every environment variable the server reads. README.md documents each one. */
export const AppConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(3000),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
    REDIS_CLUSTER_NODES: z
      .string()
      .regex(/^[^,:\s]+:\d+(,[^,:\s]+:\d+)*$/, 'must be a comma-separated list of host:port')
      .optional(),
    DATA_DIR: z.string().default('.data'),
    TENANT_MODE: z.enum(['strict', 'audit']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    SEED_DEMO: z.enum(['true', 'false']).optional(),
  })
  .transform((env) => {
    const production = env.NODE_ENV === 'production';
    return {
      production,
      env: env.NODE_ENV,
      host: env.HOST,
      port: env.PORT,
      redisUrl: env.REDIS_URL,
      redisClusterNodes: env.REDIS_CLUSTER_NODES,
      dataDir: env.DATA_DIR,
      // Strict by default in development and tests; production logs violations unless told to be strict.
      tenantMode: env.TENANT_MODE ?? (production ? 'audit' : 'strict'),
      logLevel: env.LOG_LEVEL,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
      seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !production,
    } as const;
  });

export type AppConfig = z.output<typeof AppConfigSchema>;

export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  return loadConfig(AppConfigSchema, env);
}
