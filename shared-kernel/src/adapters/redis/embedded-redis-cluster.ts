import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, startEmbeddedRedis, type EmbeddedRedis } from './embedded-redis';

/** Redis Cluster talks between nodes on the client port + 10000. */
const CLUSTER_BUS_OFFSET = 10_000;

export interface EmbeddedRedisCluster {
  /** `127.0.0.1:p1,127.0.0.1:p2,...`: the REDIS_CLUSTER_NODES form `createRedisClient` reads. */
  clusterNodes: string;
  /** One `redis://127.0.0.1:<port>` per master. */
  urls: string[];
  /** Temporary directory of the nodes' `nodes-<port>.conf`; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
}

export interface EmbeddedRedisClusterOptions {
  /** Number of masters (no replicas). Redis needs at least 3. */
  masters?: number;
  binary?: string;
  cliBinary?: string;
}

async function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free loopback port whose cluster bus port (port + 10000) is free too. */
async function freeClusterPort(taken: Set<number>): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = await freePort();
    const bus = port + CLUSTER_BUS_OFFSET;
    if (bus > 65_535 || taken.has(port) || taken.has(bus)) continue;
    if (!(await canListen(bus))) continue;
    taken.add(port);
    taken.add(bus);
    return port;
  }
  throw new Error('No free loopback port pair (port, port + 10000) for a Redis Cluster node');
}

function run(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(`${binary} was not found on PATH (it comes with redis-server)`) : error),
    );
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${binary} ${args.join(' ')} exited with ${code}: ${output.trim()}`)),
    );
  });
}

/** Poll CLUSTER INFO on every node until each says cluster_state:ok and knows every master. */
async function waitForClusterOk(urls: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const clients = urls.map((url) => new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true }));
  try {
    for (;;) {
      const infos = await Promise.all(clients.map((c) => c.cluster('INFO') as Promise<string>));
      const ready = infos.every(
        (info) => /^cluster_state:ok\r?$/m.test(info) && new RegExp(`^cluster_known_nodes:${urls.length}\\r?$`, 'm').test(info),
      );
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`Redis Cluster did not reach cluster_state:ok: ${infos.map((i) => i.split('\r\n')[0]).join(' / ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    for (const c of clients) c.disconnect();
  }
}

/**
 * A private Redis Cluster for tests and benchmarks: `masters` diskless
 * `redis-server --cluster-enabled yes` on free loopback ports, their
 * `nodes-<port>.conf` in a temporary directory, joined with
 * `redis-cli --cluster create ... --cluster-replicas 0`, returned once every
 * node reports `cluster_state:ok`. `stop()` kills the servers and removes the
 * directory. It never uses a port that is already taken (such as 6379).
 */
export async function startEmbeddedRedisCluster(options: EmbeddedRedisClusterOptions = {}): Promise<EmbeddedRedisCluster> {
  const masters = options.masters ?? 3;
  if (masters < 3) throw new Error('A Redis Cluster needs at least 3 masters');
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-redis-cluster-'));
  const servers: EmbeddedRedis[] = [];
  const stop = async () => {
    await Promise.allSettled(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const taken = new Set<number>();
    const ports: number[] = [];
    for (let i = 0; i < masters; i++) ports.push(await freeClusterPort(taken));
    const started = await Promise.allSettled(
      ports.map((port) =>
        startEmbeddedRedis({
          port,
          ...(options.binary ? { binary: options.binary } : {}),
          extraArgs: ['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--dir', dir],
        }),
      ),
    );
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const addresses = servers.map((s) => `127.0.0.1:${s.port}`);
    await run(options.cliBinary ?? 'redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
    const urls = servers.map((s) => s.url);
    await waitForClusterOk(urls);
    return { clusterNodes: addresses.join(','), urls, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
