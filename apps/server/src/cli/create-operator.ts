/**
 * Create a platform operator: `npm run create-operator -- --email ops@example.com --name "Ops Person"`.
 * The password is read from OPERATOR_PASSWORD or asked for on the terminal, never taken from argv
 * (argv shows up in process lists and shell history). Uses the same configuration as the server.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ConfigError, createLogger, DomainError, systemClock } from '@frontdesk/shared-kernel';
import { createRedisClient } from '@frontdesk/shared-kernel/redis';
import { IDENTITY_TOKENS, type AccountProvisioning } from '@frontdesk/identity/server';
import { resolve } from 'node:path';
import { loadAppConfig } from '../config';
import { buildContainer } from '../container';
import { sessionSecrets } from '../secrets';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run create-operator -- --email <e-mail> --name "<full name>"   (password from OPERATOR_PASSWORD or the prompt)');
    return 2;
  }
  const config = loadAppConfig();
  if (!config.redisUrl && !config.redisClusterNodes) {
    console.error('Set REDIS_URL (or REDIS_CLUSTER_NODES) to the Redis the server uses.');
    return 2;
  }
  let password = process.env.OPERATOR_PASSWORD;
  if (!password) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    password = await prompt.question('Password (12+ characters): ');
    prompt.close();
  }
  const redis = createRedisClient({ url: config.redisUrl, clusterNodes: config.redisClusterNodes });
  try {
    const container = buildContainer({
      redis,
      logger: createLogger({ level: 'warn' }),
      clock: systemClock,
      tenantMode: config.tenantMode,
      identity: { publicUrl: config.publicUrl, mailFrom: config.mailFrom, devMailDirectory: resolve(config.dataDir, 'mail'), credentialSecrets: sessionSecrets(config) },
    });
    const { id } = await container.get<AccountProvisioning>(IDENTITY_TOKENS.Provisioning).createOperator({ email: values.email, name: values.name, password });
    console.log(`Operator ${values.email} created (${id}). They set up two-step sign-in at their first login.`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    redis.disconnect();
  }
}

process.exitCode = await main();
