/**
 * Writes one bench section of docs/benchmarks.md, between
 * `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->` (the same
 * markers the identity and guardrails benches rewrite), or appends it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';

const INTRO = '# Benchmarks\n\nMeasured on the machine named in each section; numbers are medians from one run of the command shown.\n';

export function writeBenchSection(name: string, lines: string[]): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = [start, ...lines, end].join('\n');
  const file = new URL('../../../docs/benchmarks.md', import.meta.url);
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : INTRO;
  const existing = new RegExp(`${start}[\\s\\S]*${end}`);
  // A replacer function, so `$` in the section is taken literally.
  doc = existing.test(doc) ? doc.replace(existing, () => section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, doc);
  return section;
}

/** `linux x64, <CPU> (2 cores), Node v20..., 1-minute load average 0.42 at the start` */
export function describeMachine(loadAtStart = loadavg()[0]!): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${platform()} ${arch()}, ${cpu} (${cpus().length} cores), Node ${process.version}, 1-minute load average ${loadAtStart.toFixed(2)} at the start`;
}

export const today = (): string => new Date().toISOString().slice(0, 10);
