import { randomBytes } from 'node:crypto';
/**
 * Bookings per second through the booking use case as the server wires it:
 * the real container (`buildContainer`, every module's ContainerModule, strict
 * `TenantGuard`), a clinic registered and furnished through the tenancy use
 * cases (one branch, CALLERS doctors, one 30 + 10 minute service), every
 * doctor's hours set through `EditSchedulingConfig` (every day 00:00-24:00),
 * then CALLERS concurrent callers in one process, each booking its own
 * doctor's consecutive slots with the container's `BookAppointment` as a staff
 * actor inside `guard.run`, so none conflict. Every booking goes through
 * `ConfiguredBookingPolicy` (catalog, scheduling config, working hours).
 *
 * Rows (wired, fixed and ceiling in alternating rounds, so drift on the machine
 * hits all alike; reminders afterwards, see below):
 *
 * - wired: the server's wiring, without `startSchedulingBackground`, so the
 *   event bus has no subscribers and `AppointmentBooked` goes nowhere.
 * - reminders: the same wiring plus `startSchedulingBackground` (as
 *   `startPlatform` does): each booking also plans its two reminders (BullMQ
 *   adds), awaited inside `execute` because the bus awaits its handlers.
 *   Measured after the other rows: once the background runs in the process,
 *   the Node-bound ceiling measured about 20% lower, so it is started only
 *   when the other rows are done.
 * - fixed: a third container built the same way, with the `BookingPolicy` rebound to a stub that
 *   admits every request as 30 + 10 minutes (no catalog, no config, no hours):
 *   the figure this bench reported before.
 * - ceiling: a plain MULTI of the five writes a booking makes (HSET
 *   appointment, ZADD busy, ZADD agenda, ZADD patient index, SET idempotency
 *   EX), at the same concurrency.
 *
 * Its own private, diskless redis-server on a free loopback port (never 6379),
 * FLUSHALLed before every round; each booking round then registers a fresh
 * clinic (setup not timed).
 *
 *   npm run bench:booking
 *   npx tsx apps/server/scripts/booking-bench.ts [rounds=5] [seconds per round=3] [rows=wired,reminders,fixed,ceiling]
 *
 * With a subset of rows (e.g. for `node --cpu-prof`), docs/benchmarks.md is
 * left alone. Target (issue #4): >= 8,000 bookings/s on a 2-core machine for
 * the wired row. Rewrites the booking section of docs/benchmarks.md.
 */
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Container } from 'inversify';
import { KERNEL_TOKENS, clinicId as toClinicId, dayNumberOf, readWallClock, silentLogger, systemClock, type Actor, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { createRedisClient, startEmbeddedRedis, type RedisClient } from '@frontdesk/shared-kernel/redis';
import { DEFAULT_SCHEDULING_SETTINGS, type DoctorAvailability } from '@frontdesk/scheduling';
import {
  SCHEDULING_TOKENS,
  startSchedulingBackground,
  type BookAppointment,
  type BookingPolicy,
  type EditSchedulingConfig,
  type SchedulingBackground,
} from '@frontdesk/scheduling/server';
import { TENANCY_PUBLIC_TOKENS } from '@frontdesk/tenancy';
import { TENANCY_TOKENS, type CreateCatalogEntry, type RedisCatalogChanges, type RegisterClinic } from '@frontdesk/tenancy/server';
import { describeMachine, today, writeBenchSection } from '../../../modules/scheduling/scripts/bench-doc';
import { buildContainer } from '../src/container';

const CALLERS = 64;
const ROUNDS = Number(process.argv[2] ?? 5);
const SECONDS = Number(process.argv[3] ?? 3);
const ALL_ROWS = ['wired', 'reminders', 'fixed', 'ceiling'] as const;
type RowName = (typeof ALL_ROWS)[number];
const ROWS = (process.argv[4]?.split(',') ?? [...ALL_ROWS]) as RowName[];
for (const row of ROWS) if (!ALL_ROWS.includes(row)) throw new Error(`unknown row ${row}; rows are ${ALL_ROWS.join(', ')}`);
const WARM_UP_SECONDS = 1;
const TARGET = 8_000;
const TIMEZONE = 'Africa/Cairo';
const DURATION_MINUTES = 30;
const BUFFER_MINUTES = 10;
const MINUTE = 60_000;
const DAY = 86_400_000;
const SLOT_MS = (DURATION_MINUTES + BUFFER_MINUTES) * MINUTE; // back to back
const SLOT_DAYS = 300; // within the 366-day horizon staff book under

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Round {
  ops: number;
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU seconds per wall second: this Node process, and redis-server (INFO cpu). */
  nodeCpu: number;
  redisCpu: number;
}

async function redisCpuSeconds(redis: RedisClient): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
  return field('used_cpu_user') + field('used_cpu_sys');
}

async function countKeys(redis: RedisClient, pattern: string, keep: (key: string) => boolean = () => true): Promise<number> {
  let cursor = '0';
  let found = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 10_000);
    cursor = next;
    found += keys.filter(keep).length;
  } while (cursor !== '0');
  return found;
}

/** Every counted booking really wrote its appointment hash (SCAN after the timed window). */
async function expectKeys(redis: RedisClient, pattern: string, expected: number, keep?: (key: string) => boolean): Promise<void> {
  const found = await countKeys(redis, pattern, keep);
  if (found !== expected) throw new Error(`expected ${expected} keys ${pattern}, found ${found}`);
}

/**
 * FLUSHALL, then `prepare()` (not timed) returns the operation; runs it in
 * CALLERS loops for `seconds`; returns the rate, latencies and CPU use.
 */
async function drive<S>(
  redis: RedisClient,
  seconds: number,
  prepare: () => Promise<S>,
  op: (setup: S, caller: number, i: number) => Promise<unknown>,
): Promise<Round & { setup: S }> {
  await redis.flushall();
  const setup = await prepare();
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const redisCpu0 = await redisCpuSeconds(redis);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let ops = 0;
  await Promise.all(
    Array.from({ length: CALLERS }, async (_, caller) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        await op(setup, caller, i);
        latencies.push(performance.now() - t0);
        ops += 1;
      }
    }),
  );
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const redisCpu = (await redisCpuSeconds(redis)) - redisCpu0;
  const sorted = Float64Array.from(latencies).sort();
  return {
    setup,
    ops,
    opsPerSecond: ops / wall,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    nodeCpu: (cpu.user + cpu.system) / 1e6 / wall,
    redisCpu: redisCpu / wall,
  };
}

// ------------------------------------------------------------ slot starts in the clinic's zone

/** The local day number (days since 1970-01-01 in the clinic's zone) of an instant. */
function localDay(at: number): number {
  return dayNumberOf(readWallClock(at, TIMEZONE).date);
}

/**
 * Starts of back-to-back 40-minute slots from the first local midnight at or
 * after `fromDay`, for SLOT_DAYS local days; a slot's 30 minutes never cross
 * local midnight (the doctors' hours are 00:00-24:00 of each local day).
 */
function slotStarts(fromDay: number): number[] {
  const starts: number[] = [];
  // Local midnight is within 14 hours of UTC midnight; walk in minutes to find it.
  let t = fromDay * DAY - 14 * 60 * MINUTE;
  while (localDay(t) < fromDay) t += MINUTE;
  const lastDay = fromDay + SLOT_DAYS;
  let dayStart = t;
  while (localDay(dayStart) < lastDay) {
    const day = localDay(dayStart);
    let start = dayStart;
    while (localDay(start + DURATION_MINUTES * MINUTE - 1) === day) {
      starts.push(start);
      start += SLOT_MS;
    }
    // The next local midnight, within the next 25 hours.
    let next = dayStart + 22 * 60 * MINUTE;
    while (localDay(next) === day) next += MINUTE;
    dayStart = next;
  }
  return starts;
}

// ------------------------------------------------------------ the clinic, through the use cases

const ALL_DAY = [{ from: '00:00', to: '24:00' }];
const EVERY_DAY = { sun: ALL_DAY, mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY };

interface Clinic {
  clinicId: ClinicId;
  branchId: string;
  serviceId: string;
  doctorIds: string[];
  /** The receptionist who books. */
  staff: Actor;
}

/** Registers a clinic and furnishes it the way an operator and an owner would, through the container's use cases. */
async function seedClinic(container: Container, name: string): Promise<Clinic> {
  const clinicId = toClinicId(name);
  const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
  const operator: Actor = { kind: 'operator', id: 'op_bench' };
  const owner: Actor = { kind: 'staff', id: 'usr_bench_owner', clinicId, role: 'owner' };
  const requestId = `seed-${name}`;
  await container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic).execute({ clinicId, name: 'Bench Dental', timezone: TIMEZONE }, operator, requestId);
  return guard.run({ clinicId, actor: owner, requestId }, async () => {
    const branch = await container
      .get<CreateCatalogEntry<'branches'>>(TENANCY_TOKENS.CreateBranch)
      .execute(clinicId, { name: 'Main', nameAr: 'الفرع الرئيسي', address: '1 Bench Street, Cairo', phone: '+20233350000', openingHours: EVERY_DAY }, owner, requestId);
    const service = await container
      .get<CreateCatalogEntry<'services'>>(TENANCY_TOKENS.CreateService)
      .execute(
        clinicId,
        { name: 'Check-up', nameAr: 'كشف', durationMinutes: DURATION_MINUTES, bufferMinutes: BUFFER_MINUTES, priceMinor: 30_000 },
        owner,
        requestId,
      );
    const createDoctor = container.get<CreateCatalogEntry<'doctors'>>(TENANCY_TOKENS.CreateDoctor);
    const editConfig = container.get<EditSchedulingConfig>(SCHEDULING_TOKENS.EditConfig);
    const doctorIds: string[] = [];
    for (let n = 0; n < CALLERS; n++) {
      const doctor = await createDoctor.execute(
        clinicId,
        { name: `Dr. Bench ${n + 1}`, nameAr: `د. بنش ${n + 1}`, specialty: 'Dentist', branchIds: [branch.id] },
        owner,
        requestId,
      );
      const hours: DoctorAvailability = { id: doctor.id, branches: [{ branchId: branch.id, weekly: EVERY_DAY }] };
      await editConfig.setDoctorAvailability(clinicId, owner, requestId, hours);
      doctorIds.push(doctor.id);
    }
    return {
      clinicId,
      branchId: branch.id,
      serviceId: service.id,
      doctorIds,
      staff: { kind: 'staff', id: 'usr_bench_reception', clinicId, role: 'receptionist' },
    };
  });
}

// ------------------------------------------------------------ the run

async function main() {
  const loadAtStart = loadavg()[0]!;
  const server = await startEmbeddedRedis();
  const redis = createRedisClient({ url: server.url });
  const backgrounds: SchedulingBackground[] = [];
  const built: Container[] = [];
  try {
    const version = /^redis_version:(\S+)/m.exec(await redis.info('server'))?.[1] ?? 'unknown';
    // As startPlatform builds it (strict: the development and test default).
    const newContainer = () => {
      const container = buildContainer({
        redis,
        logger: silentLogger(),
        clock: systemClock,
        tenantMode: 'strict',
        identity: { publicUrl: 'http://127.0.0.1', mailFrom: 'bench@frontdesk.test', devMailDirectory: join(tmpdir(), 'frontdesk-bench-mail'), credentialSecrets: [randomBytes(32).toString('base64url')] },
      });
      built.push(container);
      return container;
    };
    const containers: Record<Exclude<RowName, 'ceiling'>, Container> = {
      wired: newContainer(),
      reminders: newContainer(),
      fixed: newContainer(),
    };
    // The clinic's rules are not what this row measures: admit everything as 30 + 10 minutes.
    const admitAll: BookingPolicy = {
      admit: async (_clinic, request) => ({
        durationMinutes: DURATION_MINUTES,
        bufferMinutes: BUFFER_MINUTES,
        branchId: request.branchId ?? 'brn_main',
        approvalRequired: false,
        settings: DEFAULT_SCHEDULING_SETTINGS,
      }),
    };
    containers.fixed.rebind<BookingPolicy>(SCHEDULING_TOKENS.Policy).toConstantValue(admitAll);

    // Day after tomorrow (clinic time) onwards, so both reminders (24 h and 2 h before) are still ahead.
    const slots = slotStarts(localDay(Date.now()) + 2);
    let run = 0;

    const bookingRound = (row: Exclude<RowName, 'ceiling'>, seconds: number) => {
      const r = run++;
      const container = containers[row];
      const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
      const book = container.get<BookAppointment>(SCHEDULING_TOKENS.Book);
      return drive(
        redis,
        seconds,
        () => seedClinic(container, `bench-${row}-${r}`),
        (clinic, caller, i) => {
          const start = slots[i];
          if (start === undefined) throw new Error(`ran out of slots: raise SLOT_DAYS above ${SLOT_DAYS}`);
          return guard.run({ clinicId: clinic.clinicId, actor: clinic.staff, requestId: `bench-${r}-${caller}-${i}` }, async () => {
            const result = await book.execute(
              clinic.clinicId,
              {
                doctorId: clinic.doctorIds[caller]!,
                serviceId: clinic.serviceId,
                patientRef: `patient-${caller}-${i}`,
                start: new Date(start).toISOString(),
                idempotencyKey: `bench-${r}-${caller}-${i}`,
              },
              clinic.staff,
            );
            if (result.replayed || result.appointment.state !== 'booked') throw new Error(`not a new booking: ${JSON.stringify(result)}`);
          });
        },
      );
    };

    // The same five writes with the same sizes, no script, no checks, no use case.
    const ceilingClinic = 'bench-booking';
    const tag = `t:{${ceilingClinic}}`;
    const firstStart = slots[0]!;
    const ceilingRound = (seconds: number) => {
      const r = run++;
      return drive(
        redis,
        seconds,
        async () => undefined,
        (_, caller, i) => {
          const id = `apt_ceiling${r}x${caller}x${i}`;
          const start = String(firstStart + i * SLOT_MS);
          const busyUntil = String(firstStart + i * SLOT_MS + SLOT_MS);
          const member = `${start}:${busyUntil}:${id}:0`;
          return redis
            .multi()
            .hset(`${tag}:appt:${id}`, {
              id,
              doctorId: `doc_${caller}`,
              serviceId: 'svc_checkup',
              branchId: 'br_main',
              patientRef: `patient-${caller}-${i}`,
              start,
              end: String(Number(busyUntil) - 10 * 60_000),
              busyUntil,
              state: 'booked',
              holdUntil: '',
              holdPurpose: '',
              createdAt: String(Date.now()),
              version: '1',
              member,
            })
            .zadd(`${tag}:busy:doc_${caller}`, start, member)
            .zadd(`${tag}:agenda`, start, id)
            .zadd(`${tag}:patient-appts:patient-${caller}-${i}`, start, id)
            .set(`${tag}:idem:book:${id}`, `${id}|0123456789abcdef0123456789abcdef`, 'EX', 86_400)
            .exec();
        },
      );
    };

    /** One round of a row, with the after-the-window checks that every counted booking happened. */
    const measure = async (row: RowName, seconds: number): Promise<Round> => {
      if (row === 'ceiling') return ceilingRound(seconds);
      const round = await bookingRound(row, seconds);
      const clinic = round.setup.clinicId;
      await expectKeys(redis, `t:{${clinic}}:appt:*`, round.ops);
      if (row === 'reminders') {
        // Two reminders per booking (24 h and 2 h before), each one BullMQ job hash.
        await expectKeys(redis, `g:{jobs}:delayed:reminder.${clinic}.*`, 2 * round.ops, (key) => key.split(':').length === 4);
      }
      return round;
    };

    const rounds = Object.fromEntries(ROWS.map((row) => [row, [] as Round[]])) as Record<RowName, Round[]>;
    const roundsOf = async (rows: RowName[], label: string) => {
      for (const row of rows) await measure(row, WARM_UP_SECONDS);
      for (let round = 0; round < ROUNDS; round++) {
        const line: string[] = [];
        for (const row of rows) {
          const r = await measure(row, SECONDS);
          rounds[row].push(r);
          line.push(`${row} ${r.opsPerSecond.toFixed(0)}/s (p50 ${r.p50Ms.toFixed(2)} ms, node ${r.nodeCpu.toFixed(2)} / redis ${r.redisCpu.toFixed(2)} cores)`);
        }
        console.log(`${label} round ${round + 1}: ${line.join('   ')}`);
      }
    };
    // Alternating rounds of the main rows first. The reminders row comes after, in a phase of its own: once
    // the background (BullMQ queue and worker) runs in this process, the Node-bound ceiling measured ~20% lower.
    await roundsOf(ROWS.filter((row) => row !== 'reminders'), 'main');
    if (ROWS.includes('reminders')) {
      backgrounds.push(startSchedulingBackground(containers.reminders));
      await roundsOf(['reminders'], 'then');
    }
    await redis.flushall();

    const summarise = (list: Round[]) => ({
      opsPerSecond: median(list.map((r) => r.opsPerSecond)),
      p50Ms: median(list.map((r) => r.p50Ms)),
      p99Ms: median(list.map((r) => r.p99Ms)),
      nodeCpu: median(list.map((r) => r.nodeCpu)),
      redisCpu: median(list.map((r) => r.redisCpu)),
    });
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
    const spread = (list: Round[]) => {
      const rates = list.map((r) => r.opsPerSecond);
      return `${fmt(Math.min(...rates))}-${fmt(Math.max(...rates))}`;
    };
    const LABELS: Record<RowName, string> = {
      wired: 'Bookings, server wiring (headline)',
      reminders: 'Bookings, server wiring + reminder planning',
      fixed: 'Bookings, stub policy (no admission checks)',
      ceiling: 'Ceiling (MULTI of 5 writes)',
    };
    const summaries = Object.fromEntries(ROWS.map((row) => [row, summarise(rounds[row])])) as Record<RowName, ReturnType<typeof summarise>>;
    const row = (name: RowName) => {
      const s = summaries[name];
      return `| ${LABELS[name]} | ${fmt(s.opsPerSecond)} | ${spread(rounds[name])} | ${s.p50Ms.toFixed(2)} ms / ${s.p99Ms.toFixed(2)} ms | ${s.nodeCpu.toFixed(2)} | ${s.redisCpu.toFixed(2)} |`;
    };
    for (const name of ROWS) console.log(`${LABELS[name]}: ${fmt(summaries[name].opsPerSecond)}/s median`);

    const wired = summaries.wired?.opsPerSecond;
    if (ROWS.length === ALL_ROWS.length && wired !== undefined) {
      const ratio = (name: RowName) => `${((summaries[name].opsPerSecond / summaries.ceiling.opsPerSecond) * 100).toFixed(0)}%`;
      const section = writeBenchSection('booking', [
        '## Scheduling: booking throughput',
        '',
        `Command: \`npm run bench:booking\` (apps/server/scripts/booking-bench.ts). ${CALLERS} concurrent callers in one process, each booking its own doctor's consecutive 30 + 10 minute slots so none conflict. Private diskless redis-server ${version} on loopback, flushed before each round; each booking round then registers a fresh clinic (not timed). 1 s warm-up per row, then ${ROUNDS} alternating rounds of ${SECONDS} s of the server wiring, stub policy and ceiling rows; then, with the scheduling background started, 1 s warm-up and ${ROUNDS} rounds of ${SECONDS} s of the reminder row (after the others, because the running BullMQ queue and worker made the Node-bound ceiling about 20% slower when measured alongside); medians over rounds, measured ${today()} on ${describeMachine(loadAtStart)}.`,
        '',
        '| Measure | Per second (median) | Rounds (min-max) | Latency p50 / p99 | Node CPU (cores) | redis-server CPU (cores) |',
        '| --- | --- | --- | --- | --- | --- |',
        row('wired'),
        row('reminders'),
        row('fixed'),
        row('ceiling'),
        '',
        'What each row includes:',
        '',
        `- **Server wiring (headline)**: the container \`buildContainer\` builds for the server (strict \`TenantGuard\`, one ioredis client). A clinic in ${TIMEZONE} is registered with \`RegisterClinic\`; one branch, ${CALLERS} doctors and one service are created with the tenancy use cases; every doctor gets 00:00-24:00 every day through \`EditSchedulingConfig\`. Each call is the container's \`BookAppointment.execute\` as a receptionist inside \`guard.run\`: input parsing, \`ConfiguredBookingPolicy\` (the tenancy \`ClinicCatalog\` snapshot through the policy's per-clinic cache, dropped when tenancy announces a catalog write, the scheduling config through \`SchedulingConfigReader\`'s 1 s cache, so the catalog is read once and the config about once a second; the tenant-scope check; doctor, branch and service lookups; working hours with \`whyNotBookable\`), the booking script in \`RedisAppointmentStore\`, and publishing \`AppointmentBooked\`. \`startSchedulingBackground\` is not started, so the event bus has no subscribers. Not included: HTTP, tRPC, session lookup, and the patient-record upsert the staff router does before booking. Before the catalog cache (every admission reading the whole catalog: 64 doctors, JSON and zod per entry) this row was about 2,900/s, Node-bound; see modules/scheduling/README.md.`,
        '- **+ reminder planning**: the same, in a second container built the same way with `startSchedulingBackground` running (as `startPlatform` does): each booking also plans its two reminders (24 h and 2 h before, two BullMQ `Queue.add`s, awaited inside `execute` because the bus awaits its handlers). Checked after each round: two reminder jobs per counted booking. The delayed-job worker is running but has nothing due.',
        '- **Stub policy**: a third container built the same way, with the `BookingPolicy` rebound to a stub that admits every request as 30 + 10 minutes: no catalog, no config, no working-hours check. This was the figure this bench reported before it measured the server wiring.',
        '- **Ceiling**: a plain ioredis MULTI of the five writes a booking makes (HSET, 3 x ZADD, SET EX), no script, no checks, no use case.',
        '',
        `Server wiring / ceiling: ${ratio('wired')} (with reminder planning ${ratio('reminders')}, stub policy ${ratio('fixed')}). Target: >= ${TARGET.toLocaleString('en-US')} bookings/s with the server wiring: ${wired >= TARGET ? 'met' : 'not met'}. Node and redis-server share the machine's cores; the CPU columns are CPU seconds per wall-clock second (1-minute load average ${loadavg()[0]!.toFixed(2)} at the end). A redis-server column near 1.00 means Redis's one thread is the limit; a round far below the median means other work took a core.`,
      ]);
      console.log(`\n${section}`);
    }
    if (wired !== undefined && wired < TARGET) {
      console.error(`bookings/s with the server wiring below the ${TARGET} target`);
      process.exitCode = 1;
    }
  } finally {
    for (const background of backgrounds) await background.close();
    for (const container of built) await container.get<RedisCatalogChanges>(TENANCY_PUBLIC_TOKENS.CatalogChanges).close();
    redis.disconnect();
    await server.stop();
  }
}

await main();
