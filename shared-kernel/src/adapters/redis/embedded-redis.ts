import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export class RedisServerMissing extends Error {
  constructor() {
    super(
      'redis-server was not found on PATH: install it (e.g. `apt-get install -y redis-server`) or set REDIS_URL to a Redis you run yourself',
    );
    this.name = 'RedisServerMissing';
  }
}

export interface EmbeddedRedisOptions {
  /** Directory for the append-only file. Omit for a diskless server (tests). */
  dataDir?: string;
  binary?: string;
  /** More `redis-server` arguments, after ours (e.g. `--cluster-enabled yes`). */
  extraArgs?: string[];
  /** Listen on this port instead of a free one the OS picks. */
  port?: number;
}

export interface EmbeddedRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Ask the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start a private redis-server on a free loopback port. With a dataDir it
 * persists (AOF, fsync every second); without one it keeps nothing on disk.
 * Either way nothing is ever evicted.
 */
export async function startEmbeddedRedis(options: EmbeddedRedisOptions = {}): Promise<EmbeddedRedis> {
  const port = options.port ?? (await freePort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--maxmemory-policy', 'noeviction', '--save', ''];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('--dir', options.dataDir, '--appendonly', 'yes', '--appendfsync', 'everysec');
  } else {
    args.push('--appendonly', 'no');
  }
  args.push(...(options.extraArgs ?? []));
  const child: ChildProcess = spawn(options.binary ?? 'redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    if (output.length < 8000) output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    if (output.length < 8000) output += chunk.toString();
  });
  const spawnFailure = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new RedisServerMissing() : error);
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with code ${code}: ${output.trim()}`)));
  });
  spawnFailure.catch(() => undefined);
  const url = `redis://127.0.0.1:${port}`;
  await Promise.race([waitForPing(url), spawnFailure]);
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    port,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForPing(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${url}: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      probe.disconnect();
    }
  }
}
