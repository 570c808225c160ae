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
 * - reference: a trivial tRPC mutation through the tRPC Fastify adapter, the
 *   issue's own yardstick for this machine (about 3,000 requests/s and 300 µs
 *   of CPU per request where the issue was written).
 * - the guardrail check alone: checkReply on the pipeline's own greeting reply
 *   and turn (captured from the first message), timed in a loop.
 * - the floor: what the parts the issue requires of every message cost on
 *   their own (the HTTP request of the bare route, redis-server's work for
 *   the four scripts, the guardrail check, the load generator's request),
 *   summed and scaled to 3,000 messages/s, against the machine's 2 cores.
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
import { initTRPC } from '@trpc/server';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { KERNEL_TOKENS, clinicId as toClinicId, silentLogger, systemClock, type TenantGuard } from '@frontdesk/shared-kernel';
import { createRedisClient, startEmbeddedRedis } from '@frontdesk/shared-kernel/redis';
import { GUARDRAILS_PUBLIC_TOKENS, checkReply, type CheckReplyInput } from '@frontdesk/guardrails';
import type { ReviewReply } from '@frontdesk/guardrails/server';
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

/** CPU microseconds per request of the server and the load generator in one round of a reference route. */
interface ReferenceCpu {
  server: number;
  generator: number;
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

  // The issue's yardstick: a trivial procedure through tRPC's Fastify adapter (the body is its ignored input).
  const t = initTRPC.create();
  const trpc = Fastify({ logger: false });
  await trpc.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions: { router: t.router({ ping: t.procedure.mutation(() => 'OK') }) } });
  await trpc.listen({ host: '127.0.0.1', port: 0 });
  const trpcUrl = `http://127.0.0.1:${(trpc.server.address() as { port: number }).port}/trpc/ping`;

  // The guardrail check's input for the first message (the greeting reply and its turn), to time the check alone.
  const review = container.get<ReviewReply>(GUARDRAILS_PUBLIC_TOKENS.ReviewReply);
  let greetingCheck: CheckReplyInput | undefined;
  const reviewExecute = review.execute.bind(review);
  review.execute = (clinicId, conversationId, input) => {
    greetingCheck ??= input;
    return reviewExecute(clinicId, conversationId, input);
  };

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
    const referenceCpu = { bare: [] as ReferenceCpu[], trpc: [] as ReferenceCpu[] };
    const referenceRound = async (url: string, seconds: number, into?: ReferenceCpu[]) => {
      const serverCpu = process.cpuUsage();
      const result = await load(url, seconds, 0, false);
      const serverUsed = process.cpuUsage(serverCpu);
      into?.push({ server: (serverUsed.user + serverUsed.system) / result.messages, generator: result.generatorCpuMicros / result.messages });
      return result;
    };
    await referenceRound(bareUrl, 1);
    await referenceRound(trpcUrl, 1);
    const rows = { pipeline: [] as RoundResult[], bare: [] as RoundResult[], trpc: [] as RoundResult[] };
    for (let round = 0; round < ROUNDS; round++) {
      rows.pipeline.push(await pipelineRound(SECONDS));
      rows.bare.push(await referenceRound(bareUrl, SECONDS, referenceCpu.bare));
      rows.trpc.push(await referenceRound(trpcUrl, SECONDS, referenceCpu.trpc));
    }

    // The guardrail check alone, on the greeting the pipeline answered with: 5 batches of 1,000 after 2,000 to warm up.
    if (!greetingCheck) throw new Error('no reply reached the guardrail check');
    const checkInput = greetingCheck;
    for (let i = 0; i < 2_000; i++) checkReply(checkInput);
    const checkMicros: number[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const cpuBefore = process.cpuUsage();
      for (let i = 0; i < 1_000; i++) checkReply(checkInput);
      const used = process.cpuUsage(cpuBefore);
      checkMicros.push((used.user + used.system) / 1_000);
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
    const probeStarted = performance.now();
    for (let i = 0; i < probe; i++) await probeMessage(probeOffset + i);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const probeCommands = commands.splice(0);
    // Housekeeping the server does with no messages at all (the job queue's own timers): counted over an
    // idle window as long as the probe and subtracted, so it is not charged to the messages.
    await new Promise((resolve) => setTimeout(resolve, performance.now() - probeStarted));
    const idleCommands = commands.splice(0);
    monitor.disconnect();
    /** Round trips, in all and by command; a MULTI ... EXEC block (and the commands queued in it) is one. */
    const tally = (seen: { client: string; command: string }[]) => {
      const inMulti = new Set<string>();
      const byCommand = new Map<string, number>();
      for (const { client: source, command } of seen) {
        if (command === 'MULTI') inMulti.add(source);
        if (inMulti.has(source)) {
          if (command !== 'EXEC') continue;
          inMulti.delete(source);
        }
        const key = command === 'EXEC' ? 'MULTI/EXEC' : command;
        byCommand.set(key, (byCommand.get(key) ?? 0) + 1);
      }
      return byCommand;
    };
    const byCommand = tally(probeCommands);
    const idle = tally(idleCommands);
    for (const [command, count] of idle) byCommand.set(command, (byCommand.get(command) ?? 0) - count);
    const roundTrips = [...byCommand.values()].reduce((sum, count) => sum + count, 0);
    const perMessage = roundTrips / probe;
    const breakdown = [...byCommand.entries()].filter(([, count]) => count !== 0).sort((a, b) => b[1] - a[1]).map(([command, count]) => `${command} ${(count / probe).toFixed(2)}`).join(', ');
    const idleRoundTrips = [...idle.values()].reduce((sum, count) => sum + count, 0);
    const idleNote = idleRoundTrips === 0 ? 'none in an idle window as long' : `${[...idle.entries()].map(([command, count]) => `${command} ${count}`).join(', ')} in an idle window as long, subtracted`;

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
    const reference = summary(rows.trpc);
    const medianCpu = (rounds: ReferenceCpu[]) => ({ server: median(rounds.map((c) => c.server)), generator: median(rounds.map((c) => c.generator)) });
    const bareCpu = medianCpu(referenceCpu.bare);
    const trpcCpu = medianCpu(referenceCpu.trpc);
    const check = median(checkMicros);
    // What the issue requires of every message, each part on its own: the floor under any implementation.
    const floorParts = [
      ['HTTP request and response (bare Fastify route: server)', bareCpu.server],
      ['redis-server: the four scripts (dedupe and rate limits, inbound line, reply line, reply job)', cpu.redis],
      ['Guardrail check of the greeting reply (checkReply alone)', check],
      ['Load generator: one request (bare route rounds)', bareCpu.generator],
    ] as const;
    const floor = floorParts.reduce((sum, [, micros]) => sum + micros, 0);
    const floorCores = (3_000 * floor) / 1e6;
    const restMicros = cpu.server - bareCpu.server - check;
    const restBudget = ((2 - floorCores) * 1e6) / 3_000;
    const cores = (micros: number) => ((3_000 * micros) / 1e6).toFixed(2);
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    const pct = (share: number) => `${Math.round(100 * share)}%`;
    const lines = [
      '## Inbound pipeline (WhatsApp webhook, offline receptionist)',
      '',
      `Command: \`npm run bench:pipeline\` (apps/server/scripts/pipeline-bench.ts). The server's HTTP host and container in one process; a load generator in a second process with ${CONNECTIONS} concurrent connections POSTs signed webhooks, each one text message ("Hello", the greeting turn) from a new phone number to one of ${CLINICS.toLocaleString('en-US')} clinics in turn (so the 200/minute clinic limit is never reached); request to reply queued as a durable job (no worker running). Every round checks one queued reply per message. Private diskless redis-server ${version} on loopback. 1 s warm-up and one profiled round of ${SECONDS} s (not counted), then ${ROUNDS} rounds of ${SECONDS} s each, in turn, of the pipeline, of a bare Fastify route (no plugins, same body) as the ceiling and of a trivial tRPC mutation (same body, ignored) as the issue's reference; medians over rounds, measured ${today()} on ${describeMachine(loadAtStart)}.`,
      '',
      '| Row | Messages/s | Latency p50 | Latency p99 |',
      '| --- | --- | --- | --- |',
      `| Pipeline (webhook -> signature -> guard -> transcript -> offline model -> guardrails -> reply queued) | ${fmt(pipeline.rate)} | ${pipeline.p50.toFixed(2)} ms | ${pipeline.p99.toFixed(2)} ms |`,
      `| Ceiling: bare Fastify route | ${fmt(ceiling.rate)} | ${ceiling.p50.toFixed(2)} ms | ${ceiling.p99.toFixed(2)} ms |`,
      `| Reference: trivial tRPC mutation (tRPC's Fastify adapter) | ${fmt(reference.rate)} | ${reference.p50.toFixed(2)} ms | ${reference.p99.toFixed(2)} ms |`,
      '',
      `Pipeline at ${Math.round((100 * pipeline.rate) / ceiling.rate)}% of the bare route and ${Math.round((100 * pipeline.rate) / reference.rate)}% of the trivial tRPC mutation. The issue's yardsticks, measured where it was written, were about 40,000 requests/s for the bare route and about 3,000 requests/s at about 300 µs of CPU per request for the tRPC mutation; here the bare route took ${Math.round(bareCpu.server)} µs of server CPU per request and the tRPC mutation ${Math.round(trpcCpu.server)} µs. Redis round trips per message: ${perMessage.toFixed(2)} (${probe} messages one at a time with MONITOR, to ${PROBE_CLINICS} clinics whose number routing and number record (5 s each) and catalog (until a change is announced, 15 s at most) were cached; ${breakdown}; background commands: ${idleNote}; a clinic's first message after those caches lapse adds two HGETs and one MULTI). Targets: >= 3,000 messages/s (${pipeline.rate >= 3000 ? 'met' : 'not met'}), p99 <= 25 ms (${pipeline.p99 <= 25 ? 'met' : 'not met'}), <= 4 round trips (${perMessage <= 4 ? 'met' : 'not met'}). The limit is the server's one JavaScript thread: at ${Math.round(cpu.server)} µs of server CPU per message it can take at most about ${fmt(1e6 / cpu.server)} messages/s, whatever the other core does. A CPU profile of one more round (not counted; \`PIPELINE_PROFILE=file\` keeps it) puts, by self time, ${pct(shares.guardrails)} of the server's busy time in the guardrail check, ${pct(shares.conversation)} in the conversation module (webhook parsing, the offline receptionist, the stores), ${pct(shares.socketWrites)} in socket writes (one per Redis command and per response), ${pct(shares.redisClient)} in the Redis client and ${pct(shares.garbageCollection)} in garbage collection.`,
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
      '',
      'The floor: what the parts the issue requires of every message cost on their own in this run (medians over rounds; the check alone over 5 batches of 1,000 calls on the pipeline\'s own greeting reply and turn):',
      '',
      '| Part | CPU per message | Cores at 3,000 messages/s |',
      '| --- | --- | --- |',
      ...floorParts.map(([part, micros]) => `| ${part} | ${Math.round(micros)} µs | ${cores(micros)} |`),
      `| Floor | ${Math.round(floor)} µs | ${floorCores.toFixed(2)} |`,
      '',
      floorCores >= 2
        ? `The floor alone needs ${floorCores.toFixed(2)} cores at 3,000 messages/s, more than the machine's 2, before the signature check, JSON, the Redis client's side of four scripts, the offline receptionist and the job queue's client (${Math.round(restMicros)} µs of server CPU per message in the pipeline rounds): on this machine the target is out of reach unless the parts in this table themselves get cheaper, and even then everything else would have to cost next to nothing.`
        : `The floor leaves ${(2 - floorCores).toFixed(2)} cores, ${Math.round(restBudget)} µs per message at 3,000 messages/s, for the signature check, JSON, the Redis client's side of four scripts, the offline receptionist and the job queue's client; they took ${Math.round(restMicros)} µs of server CPU per message in the pipeline rounds.`,
      `Without the load generator's share (as if it ran on another machine) the floor is ${(floorCores - (3_000 * bareCpu.generator) / 1e6).toFixed(2)} cores, leaving ${Math.max(0, Math.round(restBudget + bareCpu.generator))} µs per message for that rest.`,
    ];
    console.log(writeBenchSection('pipeline', lines));
  } finally {
    client.kill();
    await app.close();
    await bare.close();
    await trpc.close();
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
