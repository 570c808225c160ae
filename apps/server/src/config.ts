import { z } from 'zod';
import { loadConfig } from '@frontdesk/shared-kernel';

const port = z.coerce.number().int().min(0).max(65535);
const WHOLE_MS = 'must be a whole number of milliseconds';

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
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL patients and staff open' }).optional(),
    SESSION_SECRETS: z
      .string()
      .refine((v) => v.split(',').every((secret) => secret.trim().length >= 32), 'each comma-separated secret needs at least 32 characters')
      .optional(),
    TRUST_PROXY: z
      .string()
      .regex(/^(\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, 'must be a hop count or a comma-separated list of proxy addresses/CIDRs')
      .optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().default('Frontdesk <no-reply@frontdesk.local>'),
    META_APP_SECRET: z.string().min(16, 'must be the Meta app secret').optional(),
    META_VERIFY_TOKEN: z.string().min(16, 'must have at least 16 characters').optional(),
    META_ACCESS_TOKEN: z.string().min(16, 'must be a Graph API access token').optional(),
    META_GRAPH_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    META_GRAPH_VERSION: z.string().regex(/^v\d+\.\d+$/, 'must look like v21.0').default('v21.0'),
    WHATSAPP_SIMULATOR: z.enum(['true', 'false']).optional(),
    ANTHROPIC_API_KEY: z.string().min(10, 'must be an Anthropic API key').optional(),
    ANTHROPIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    ANTHROPIC_MODEL: z.string().min(3).optional(),
    // The model's budget per reply turn (SDK retries included); past it the offline receptionist answers.
    ANTHROPIC_TURN_TIMEOUT_MS: z.coerce
      .number({ error: WHOLE_MS })
      .int(WHOLE_MS)
      .min(1_000, 'must be at least 1000 ms')
      .max(120_000, 'must be at most 120000 ms')
      .optional(),
    CHAT_EMBED_ORIGINS: z
      .string()
      .regex(/^(\*|https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*)$/, 'must be * or a comma-separated list of http(s) origins')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.PUBLIC_URL?.startsWith('http://') && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(env.PUBLIC_URL)) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'plain http is only allowed on localhost; use https' });
    }
    if (env.NODE_ENV !== 'production') return;
    if (!env.SESSION_SECRETS) ctx.addIssue({ code: 'custom', path: ['SESSION_SECRETS'], message: 'is required in production' });
    if (env.WHATSAPP_SIMULATOR === 'true') ctx.addIssue({ code: 'custom', path: ['WHATSAPP_SIMULATOR'], message: 'the WhatsApp simulator is for development only' });
    if (!env.PUBLIC_URL?.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'must be an https:// URL in production (session cookies are Secure)' });
    }
  })
  .transform((env) => {
    const production = env.NODE_ENV === 'production';
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const trustProxy = env.TRUST_PROXY === undefined ? false : /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY;
    return {
      publicUrl,
      secureCookies: publicUrl.startsWith('https://'),
      sessionSecrets: env.SESSION_SECRETS?.split(',').map((secret) => secret.trim()),
      trustProxy,
      smtpUrl: env.SMTP_URL,
      mailFrom: env.MAIL_FROM,
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
      meta: {
        appSecret: env.META_APP_SECRET,
        verifyToken: env.META_VERIFY_TOKEN,
        accessToken: env.META_ACCESS_TOKEN,
        graphUrl: env.META_GRAPH_URL,
        graphVersion: env.META_GRAPH_VERSION,
      },
      // On by default in development so the whole flow can be tried without Meta; never in production.
      whatsappSimulator: production ? false : env.WHATSAPP_SIMULATOR !== 'false',
      chatEmbedOrigins: env.CHAT_EMBED_ORIGINS?.split(','),
      anthropic: env.ANTHROPIC_API_KEY
        ? { apiKey: env.ANTHROPIC_API_KEY, baseURL: env.ANTHROPIC_BASE_URL, model: env.ANTHROPIC_MODEL, turnTimeoutMs: env.ANTHROPIC_TURN_TIMEOUT_MS }
        : undefined,
    } as const;
  });

export type AppConfig = z.output<typeof AppConfigSchema>;

export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  return loadConfig(AppConfigSchema, env);
}
