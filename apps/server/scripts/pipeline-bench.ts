import { randomBytes } from 'node:crypto';
/**
 * The inbound pipeline from the WhatsApp webhook route, request to reply
 * queued, with the offline receptionist: the server's own HTTP host
 * (`createHttpServer`: helmet, cookies, the raw-body webhook scope) and
 * container (`buildContainer`), POSTs signed with the app secret, 50
 * connections from a load generator in a separate process (so it does not
 * share the server's event loop). Each POST carries one text message from a
 * new phone number ("Hello": the greeting turn) to one of CLINICS clinics in
 * turn, so the product's own rate limits (200 messages per clinic and minute)
 * are never hit; each reply ends as a durable job in the outbound queue (no
 * job worker runs, so sending is not measured). Checked after each round:
 * every message got a transcript and a queued reply.
 *
 * Also in the same run:
 * - ceiling: a bare Fastify route (no plugins) answering 200 to the same
 *   POST body, at the same 50 connections: the HTTP stack alone.
 * - Redis round trips per message: 100 messages one at a time with MONITOR
 *   on, counting the commands the server's connections send (commands a Lua
 *   script runs itself are not round trips; a MULTI ... EXEC block is one).
 *
 *   npm run bench:pipeline
 *   npx tsx apps/server/scripts/pipeline-bench.ts [rounds=5] [seconds per round=4]
 *   PIPELINE_PROFILE=/tmp/pipeline.cpuprofile npx tsx apps/server/scripts/pipeline-bench.ts
 *     (also keeps the CPU profile of the server's extra, uncounted round that the shares in the doc come from)
 *
 * Its own private, diskless redis-server on a free loopback port (never 6379).
 * Targets (issue #5): >= 3,000 messages/s and p99 <= 25 ms on a 2-core
 * machine, <= 4 Redis round trips per message. Rewrites the pipeline section
 * of docs/benchmarks.md.
 */
import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { Session } from 'node:inspector';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { KERNEL_TOKENS, clinicId as toClinicId, silentLogger, systemClock, type TenantGuard } from '@frontdesk/shared-kernel';
import { createRedisClient, startEmbeddedRedis } from '@frontdesk/shared-kernel/redis';
import { CONVERSATION_TOKENS, whatsappTextWebhook, type ReceiveMetaWebhook, type WhatsAppNumbers } from '@frontdesk/conversation/server';
import { SCHEDULING_PUBLIC_TOKENS } from '@frontdesk/scheduling';
import { TENANCY_PUBLIC_TOKENS } from '@frontdesk/tenancy';
import { TENANCY_TOKENS, type RedisCatalogChanges, type RegisterClinic } from '@frontdesk/tenancy/server';
import { describeMachine, today, writeBenchSection } from '../../../modules/scheduling/scripts/bench-doc';
import { buildContainer } from '../src/container';
import { createHttpServer } from '../src/http';
import { buildAppRouter } from '../src/router';

const CONNECTIONS = 50;
const CLINICS = 1_000;
const APP_SECRET = 'pipeline-bench-app-secret-0123456789';
const ROUNDS = Number(process.argv[2] ?? 5);
const SECONDS = Number(process.argv[3] ?? 4);
const numberIdOf = (n: number) => String(500_000_000_000_000 + n);
/** Clinics the round-trip probe writes to: few enough that their routing and catalog stay cached, as under load. */
const PROBE_CLINICS = 5;

interface MonitorConnection {
  on(event: 'monitor', listener: (time: string, args: string[], source: string) => void): void;
  disconnect(): void;
}

interface RoundResult {
  messages: number;
  seconds: number;
  /** Sorted, milliseconds. */
  latencies: number[];
  /** CPU time (user + system) the load generator used, microseconds. */
  generatorCpuMicros: number;
}

/** CPU microseconds per message of each process in one pipeline round. */
interface CpuShare {
  server: number;
  redis: number;
  generator: number;
}

// ------------------------------------------------------------ the load generator (child process)

/** One POST on a kept-alive connection; node:http, because fetch costs the client more CPU than the server under test. */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function generateLoad(target: string, seconds: number, offset: number, signed: boolean): Promise<RoundResult> {
  const url = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  const cpuAtStart = process.cpuUsage();
  let next = offset;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const caller = async () => {
    while (performance.now() < until) {
      const n = next++;
      const body = whatsappTextWebhook({
        phoneNumberId: numberIdOf(n % CLINICS),
        displayNumber: '+201000000001',
        from: `+2010${String(n).padStart(8, '0')}`,
        text: 'Hello',
        id: `wamid.BENCH${n}`,
        sentAt: new Date(),
      });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (signed) headers['x-hub-signature-256'] = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
      const t0 = performance.now();
      const status = await post(agent, url, headers, body);
      if (status !== 200) throw new Error(`HTTP ${status} from ${target}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, caller));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const cpu = process.cpuUsage(cpuAtStart);
  return { messages: latencies.length, seconds: elapsed, latencies: latencies.sort((a, b) => a - b), generatorCpuMicros: cpu.user + cpu.system };
}

// ------------------------------------------------------------ the server (this process)

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** A CPU profile of this process during `round`, written to `file` when one is given. */
async function profileRound(round: () => Promise<unknown>, file?: string): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string) => new Promise<T>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
  await post('Profiler.enable');
  await post('Profiler.start');
  await round();
  const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
  session.disconnect();
  if (file) {
    await writeFile(file, JSON.stringify(profile));
    console.log(`CPU profile of one pipeline round: ${file}`);
  }
  return profile;
}

/** Where the server's busy time goes, by self time: shares (0..1) of the samples that were not idle. */
function busyShares(profile: CpuProfile): Record<'guardrails' | 'conversation' | 'socketWrites' | 'redisClient' | 'garbageCollection', number> {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const shares = { guardrails: 0, conversation: 0, socketWrites: 0, redisClient: 0, garbageCollection: 0 };
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id);
    const time = profile.timeDeltas[index] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    busy += time;
    const { functionName, url } = frame;
    if (url.includes('/modules/guardrails/')) shares.guardrails += time;
    else if (url.includes('/modules/conversation/')) shares.conversation += time;
    else if (url.includes('/node_modules/ioredis/')) shares.redisClient += time;
    else if (functionName === '(garbage collector)') shares.garbageCollection += time;
    else if (['writeUtf8String', 'writev', 'writeBuffer'].includes(functionName) || url === 'node:internal/stream_base_commons') shares.socketWrites += time;
  });
  for (const key of Object.keys(shares) as (keyof typeof shares)[]) shares[key] /= busy || 1;
  return shares;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const loadAtStart = loadavg()[0]!;
  const redisServer = await startEmbeddedRedis();
  const redis = createRedisClient({ url: redisServer.url });
  const client = fork(fileURLToPath(import.meta.url), ['--client'], { execArgv: process.execArgv });
  const load = (url: string, seconds: number, offset: number, signed: boolean) =>
    new Promise<RoundResult>((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      client.once('error', failed);
      client.once('message', (result) => {
        client.off('error', failed);
        resolve(result as RoundResult);
      });
      client.send({ url, seconds, offset, signed });
    });

  const container = buildContainer({
    redis,
    logger: silentLogger(),
    clock: systemClock,
    tenantMode: 'strict',
    identity: { publicUrl: 'http://127.0.0.1', mailFrom: 'bench@frontdesk.test', devMailDirectory: join(tmpdir(), 'frontdesk-bench-mail'), credentialSecrets: [randomBytes(32).toString('base64url')] },
    conversation: { meta: { appSecret: APP_SECRET, graphVersion: 'v21.0' } },
  });
  const app = await createHttpServer({
    appRouter: buildAppRouter(container),
    redis,
    guard: container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard),
    logger: silentLogger(),
    production: true,
    bodyLimitBytes: 1024 * 1024,
    cookies: { secrets: ['pipeline-bench-cookie-secret-0123456789'], secure: false },
    trustProxy: false,
    webApps: [],
    metaWebhook: container.get<ReceiveMetaWebhook>(CONVERSATION_TOKENS.MetaWebhook),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const webhookUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/webhooks/meta`;

  const bare = Fastify({ logger: false });
  bare.post('/webhook', async () => 'OK');
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/webhook`;

  try {
    const version = /^redis_version:(\S+)/m.exec(await redis.info('server'))?.[1] ?? 'unknown';
    // CLINICS clinics, each with its own WhatsApp number (setup, not timed).
    const register = container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic);
    const numbers = container.get<WhatsAppNumbers>(CONVERSATION_TOKENS.WhatsAppNumbers);
    const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
    for (let n = 0; n < CLINICS; n++) {
      const clinicId = toClinicId(`bench-pipeline-${n}`);
      await register.execute({ clinicId, name: `Bench Clinic ${n}`, timezone: 'Africa/Cairo' }, { kind: 'system', id: 'bench' }, 'bench');
      await guard.run({ clinicId, actor: { kind: 'system', id: 'bench' }, requestId: 'bench' }, () =>
        numbers.assign(clinicId, { phoneNumberId: numberIdOf(n), displayNumber: `+2011${String(n).padStart(8, '0')}` }),
      );
    }

    /** redis-server's own CPU seconds (user + system) so far, from INFO. */
    const redisCpuSeconds = async () => {
      const info = await redis.info('cpu');
      const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
      return field('used_cpu_user') + field('used_cpu_sys');
    };
    const cpuShares: CpuShare[] = [];
    const jobsQueued = async () => Number(await redis.llen('g:{jobs}:delayed:wait')) + Number(await redis.zcard('g:{jobs}:delayed:prioritized'));
    let offset = 0;
    const pipelineRound = async (seconds: number) => {
      const before = await jobsQueued();
      const [serverCpu, redisCpu] = [process.cpuUsage(), await redisCpuSeconds()];
      const result = await load(webhookUrl, seconds, offset, true);
      const serverUsed = process.cpuUsage(serverCpu);
      const redisUsed = (await redisCpuSeconds()) - redisCpu;
      offset += result.messages + CONNECTIONS;
      const queued = (await jobsQueued()) - before;
      if (queued !== result.messages) throw new Error(`${result.messages} messages but ${queued} replies queued`);
      cpuShares.push({
        server: (serverUsed.user + serverUsed.system) / result.messages,
        redis: (redisUsed * 1e6) / result.messages,
        generator: result.generatorCpuMicros / result.messages,
      });
      return result;
    };

    // Warm-up (JIT, script caches, route caches), then alternating rounds.
    await pipelineRound(1);
    // One more round under the profiler (not counted: the profiler slows it), for where a message's time goes.
    const shares = busyShares(await profileRound(() => pipelineRound(SECONDS), process.env.PIPELINE_PROFILE));
    await load(bareUrl, 1, 0, false);
    const rows = { pipeline: [] as RoundResult[], bare: [] as RoundResult[] };
    for (let round = 0; round < ROUNDS; round++) {
      rows.pipeline.push(await pipelineRound(SECONDS));
      rows.bare.push(await load(bareUrl, SECONDS, 0, false));
    }

    // Round trips: PROBE_CLINICS clinics, each warmed with one message (its number routed and catalog
    // cached, as in steady traffic), then 100 messages one at a time with MONITOR on.
    // MONITOR is a single-node command; the bench's client is always one node.
    const monitor = await (redis as unknown as { monitor(): Promise<MonitorConnection> }).monitor();
    const commands: { client: string; command: string }[] = [];
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source === 'lua') return;
      commands.push({ client: source, command: String(args[0]).toUpperCase() });
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const probe = 100;
    const probeOffset = offset + 1_000_000;
    const probeMessage = async (n: number) => {
      const body = whatsappTextWebhook({ phoneNumberId: numberIdOf(n % PROBE_CLINICS), displayNumber: '+201000000001', from: `+2012${String(n).padStart(8, '0')}`, text: 'Hello', id: `wamid.PROBE${n}`, sentAt: new Date() });
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}` },
        body,
      });
      if (response.status !== 200) throw new Error(`probe HTTP ${response.status}`);
    };
    for (let i = 0; i < PROBE_CLINICS; i++) await probeMessage(probeOffset - PROBE_CLINICS + i);
    commands.length = 0;
    for (let i = 0; i < probe; i++) await probeMessage(probeOffset + i);
    await new Promise((resolve) => setTimeout(resolve, 200));
    monitor.disconnect();
    // A MULTI ... EXEC block (and the commands queued in it) is one round trip.
    let roundTrips = 0;
    const inMulti = new Set<string>();
    const byCommand = new Map<string, number>();
    for (const { client: source, command } of commands) {
      if (command === 'MULTI') inMulti.add(source);
      if (inMulti.has(source)) {
        if (command === 'EXEC') {
          inMulti.delete(source);
          roundTrips++;
          byCommand.set('MULTI/EXEC', (byCommand.get('MULTI/EXEC') ?? 0) + 1);
        }
        continue;
      }
      roundTrips++;
      byCommand.set(command, (byCommand.get(command) ?? 0) + 1);
    }
    const perMessage = roundTrips / probe;
    const breakdown = [...byCommand.entries()].sort((a, b) => b[1] - a[1]).map(([command, count]) => `${command} ${(count / probe).toFixed(2)}`).join(', ');

    const summary = (results: RoundResult[]) => ({
      rate: median(results.map((r) => r.messages / r.seconds)),
      p50: median(results.map((r) => percentile(r.latencies, 50))),
      p99: median(results.map((r) => percentile(r.latencies, 99))),
    });
    const pipeline = summary(rows.pipeline);
    // The warm-up round and the profiled round are the first two; the measured rounds follow.
    const measured = cpuShares.slice(2);
    const cpu = { server: median(measured.map((c) => c.server)), redis: median(measured.map((c) => c.redis)), generator: median(measured.map((c) => c.generator)) };
    const cpuTotal = cpu.server + cpu.redis + cpu.generator;
    const coresAtTarget = (3_000 * cpuTotal) / 1e6;
    const ceiling = summary(rows.bare);
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    const pct = (share: number) => `${Math.round(100 * share)}%`;
    const lines = [
      '## Inbound pipeline (WhatsApp webhook, offline receptionist)',
      '',
      `Command: \`npm run bench:pipeline\` (apps/server/scripts/pipeline-bench.ts). The server's HTTP host and container in one process; a load generator in a second process with ${CONNECTIONS} concurrent connections POSTs signed webhooks, each one text message ("Hello", the greeting turn) from a new phone number to one of ${CLINICS.toLocaleString('en-US')} clinics in turn (so the 200/minute clinic limit is never reached); request to reply queued as a durable job (no worker running). Every round checks one queued reply per message. Private diskless redis-server ${version} on loopback. 1 s warm-up and one profiled round of ${SECONDS} s (not counted), then ${ROUNDS} alternating rounds of ${SECONDS} s of the pipeline and of a bare Fastify route (no plugins, same body) as the ceiling; medians over rounds, measured ${today()} on ${describeMachine(loadAtStart)}.`,
      '',
      '| Row | Messages/s | Latency p50 | Latency p99 |',
      '| --- | --- | --- | --- |',
      `| Pipeline (webhook -> signature -> guard -> transcript -> offline model -> guardrails -> reply queued) | ${fmt(pipeline.rate)} | ${pipeline.p50.toFixed(2)} ms | ${pipeline.p99.toFixed(2)} ms |`,
      `| Ceiling: bare Fastify route | ${fmt(ceiling.rate)} | ${ceiling.p50.toFixed(2)} ms | ${ceiling.p99.toFixed(2)} ms |`,
      '',
      `Pipeline at ${Math.round((100 * pipeline.rate) / ceiling.rate)}% of the bare route. Redis round trips per message: ${perMessage.toFixed(2)} (${probe} messages one at a time with MONITOR, to ${PROBE_CLINICS} clinics whose number routing (5 s) and catalog (until a change is announced, 15 s at most) were cached; ${breakdown}; a clinic's first message after those caches lapse adds one HGET and one MULTI). Targets: >= 3,000 messages/s (${pipeline.rate >= 3000 ? 'met' : 'not met'}), p99 <= 25 ms (${pipeline.p99 <= 25 ? 'met' : 'not met'}), <= 4 round trips (${perMessage <= 4 ? 'met' : 'not met'}). The limit is the server's one JavaScript thread: at ${Math.round(cpu.server)} µs of server CPU per message it can take at most about ${fmt(1e6 / cpu.server)} messages/s, whatever the other core does. A CPU profile of one more round (not counted; \`PIPELINE_PROFILE=file\` keeps it) puts, by self time, ${pct(shares.guardrails)} of the server's busy time in the guardrail check, ${pct(shares.conversation)} in the conversation module (webhook parsing, the offline receptionist, the stores), ${pct(shares.socketWrites)} in socket writes (one per Redis command and per response), ${pct(shares.redisClient)} in the Redis client and ${pct(shares.garbageCollection)} in garbage collection.`,
      '',
      'CPU per message in the pipeline rounds (user + system, medians over rounds):',
      '',
      '| Process | CPU per message | Cores at 3,000 messages/s |',
      '| --- | --- | --- |',
      `| Server (one Node process) | ${Math.round(cpu.server)} µs | ${((3_000 * cpu.server) / 1e6).toFixed(2)} |`,
      `| redis-server | ${Math.round(cpu.redis)} µs | ${((3_000 * cpu.redis) / 1e6).toFixed(2)} |`,
      `| Load generator | ${Math.round(cpu.generator)} µs | ${((3_000 * cpu.generator) / 1e6).toFixed(2)} |`,
      `| All three | ${Math.round(cpuTotal)} µs | ${coresAtTarget.toFixed(2)} |`,
      '',
      `At these costs, 3,000 messages/s needs ${coresAtTarget.toFixed(1)} cores of CPU in all, against the machine's 2${coresAtTarget > 2 ? ': the target cannot be met on this machine by spreading the work over more processes; only cheaper work per message can get there' : ''}.`,
    ];
    console.log(writeBenchSection('pipeline', lines));
  } finally {
    client.kill();
    await app.close();
    await bare.close();
    // The outbound queue's own BullMQ connection, before its Redis goes away.
    await container.get<{ close(): Promise<void> }>(SCHEDULING_PUBLIC_TOKENS.DelayedJobs).close();
    await container.get<RedisCatalogChanges>(TENANCY_PUBLIC_TOKENS.CatalogChanges).close();
    redis.disconnect();
    await redisServer.stop();
  }
}

if (process.argv[2] === '--client') {
  process.on('message', async (job: { url: string; seconds: number; offset: number; signed: boolean }) => {
    process.send!(await generateLoad(job.url, job.seconds, job.offset, job.signed));
  });
} else {
  await main();
}
