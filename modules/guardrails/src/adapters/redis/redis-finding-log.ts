import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { GuardrailMode } from '../../domain/check-reply';
import { FINDING_KINDS, type FindingKind } from '../../domain/verified-turn';
import type { FindingLog, RecordedFinding } from '../../ports/finding-log.port';

/** Keep roughly the last 50,000 findings per clinic; the counters keep the totals. */
const STREAM_CAP = 50_000;

/**
 * `t:{clinic}:guardrails:findings` (stream, one entry per finding) and
 * `t:{clinic}:guardrails:counts` (hash kind -> total), written in one MULTI.
 */
export class RedisFindingLog implements FindingLog {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  async record(clinicId: ClinicId, findings: RecordedFinding[]): Promise<void> {
    if (findings.length === 0) return;
    const stream = this.guard.key(clinicId, 'guardrails', 'findings');
    const counts = this.guard.key(clinicId, 'guardrails', 'counts');
    const tx = this.redis.multi();
    for (const f of findings) {
      tx.xadd(stream, 'MAXLEN', '~', String(STREAM_CAP), '*', 'conversation', f.conversationId, 'kind', f.kind, 'excerpt', f.excerpt, 'reason', f.reason, 'mode', f.mode, 'at', f.at.toISOString());
      tx.hincrby(counts, f.kind, 1);
    }
    await tx.exec();
  }

  async counts(clinicId: ClinicId): Promise<Record<FindingKind, number>> {
    const stored = await this.redis.hgetall(this.guard.key(clinicId, 'guardrails', 'counts'));
    return Object.fromEntries(FINDING_KINDS.map((kind) => [kind, Number(stored[kind] ?? 0)])) as Record<FindingKind, number>;
  }

  async recent(clinicId: ClinicId, limit: number): Promise<RecordedFinding[]> {
    const entries = await this.redis.xrevrange(this.guard.key(clinicId, 'guardrails', 'findings'), '+', '-', 'COUNT', limit);
    return entries.map(([, flat]) => {
      const f: Record<string, string> = {};
      for (let i = 0; i < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
      return {
        conversationId: f.conversation!,
        kind: f.kind as FindingKind,
        excerpt: f.excerpt!,
        reason: f.reason!,
        mode: f.mode as GuardrailMode,
        at: new Date(f.at!),
      };
    });
  }
}
