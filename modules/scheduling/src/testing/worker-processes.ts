/** For this module's tests: script processes started together, as several servers would run. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface WorkerProcess {
  child: ChildProcessWithoutNullStreams;
  /** Resolves once the script printed `ready`. */
  ready: Promise<void>;
  /** The script's last stdout line, parsed as JSON, once it exited 0. */
  done: Promise<unknown>;
}

const TSX = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

/** Starts `count` processes of a script in modules/scheduling/scripts with tsx; `env(w)` adds each one's environment. */
export function startWorkerProcesses(script: string, count: number, env: (worker: number) => Record<string, string>): WorkerProcess[] {
  const path = fileURLToPath(new URL(`../../scripts/${script}`, import.meta.url));
  return Array.from({ length: count }, (_, w) => {
    const child = spawn(TSX, [path], { env: { ...process.env, ...env(w) }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('ready\n')) resolve();
      }),
    );
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const done = new Promise<unknown>((resolve, reject) =>
      child.on('exit', (code) =>
        code === 0 ? resolve(JSON.parse(out.split('\n').filter(Boolean).at(-1)!)) : reject(new Error(`worker ${w} exited ${code}: ${err}`)),
      ),
    );
    return { child, ready, done };
  });
}
