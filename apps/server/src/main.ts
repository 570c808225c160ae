import { ConfigError, createLogger } from '@frontdesk/shared-kernel';
import { RedisServerMissing } from '@frontdesk/shared-kernel/redis';
import { loadAppConfig } from './config';
import { DEMO_CLINIC, DEMO_LOGINS, DEMO_WHATSAPP, RedisNotFit, startPlatform } from './platform';

/** `npm start`: configuration from the environment, then the whole platform in one process. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  // The reply guardrail's large patterns read one-byte (English) and two-byte (Arabic) text. With V8's regexp tier-up only
  // the width seen first gets native code and the other language's checks stay interpreted, about 1.5 times slower.
  if (!process.execArgv.includes('--no-regexp-tier-up')) {
    logger.warn('node was started without --no-regexp-tier-up: reply checks in the second language will run slower (docs/guardrails.md, Speed)');
  }
  let platform;
  try {
    platform = await startPlatform({ config, logger });
  } catch (error) {
    if (error instanceof RedisServerMissing || error instanceof RedisNotFit) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const lines = [
    '',
    `Frontdesk is running (${config.env})`,
    `  Staff dashboard   ${platform.url}/staff/`,
    `  Patient web chat  ${platform.url}/chat/?clinic=${DEMO_CLINIC.clinicId}`,
    `  Operator console  ${platform.url}/admin/`,
    `  Health            ${platform.url}/healthz   Readiness ${platform.url}/readyz`,
    config.whatsappSimulator ? `  WhatsApp          simulator (development) ${platform.url}/dev/whatsapp — demo clinic number ${DEMO_WHATSAPP.displayNumber}` : '',
    `  Receptionist      ${config.anthropic ? 'Anthropic model, offline receptionist as fallback' : 'offline receptionist (no ANTHROPIC_API_KEY)'}`,
    platform.embeddedRedis
      ? `  Redis             private redis-server on ${platform.embeddedRedis.url} (data in ${config.dataDir}/redis)`
      : '  Redis             as configured by REDIS_URL / REDIS_CLUSTER_NODES',
    config.seedDemo ? `  Demo clinic       ${DEMO_CLINIC.name} (id ${DEMO_CLINIC.clinicId})` : '',
    ...(config.seedDemo
      ? [
          '  Demo logins       (owners and operators set up two-step sign-in with an authenticator app at first login)',
          ...DEMO_LOGINS.map((l) => `    ${(l.kind === 'operator' ? 'operator' : l.role).padEnd(13)} ${l.email.padEnd(28)} ${l.password.padEnd(30)} ${platform.url}${l.where}`),
          `  Mail              no SMTP_URL: mails are printed here and saved in ${config.dataDir}/mail`,
        ]
      : []),
    '',
  ];
  process.stdout.write(`${lines.filter((l) => l !== '').join('\n')}\n`);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    platform
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
