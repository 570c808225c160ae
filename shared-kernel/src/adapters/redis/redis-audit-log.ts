import { matchesAuditQuery, type AuditLog, type AuditQuery, type AuditRecord, type StoredAuditRecord } from '../../audit';
import type { ClinicId } from '../../ids';
import { formatTenantKey, GLOBAL_KEYS } from '../../keys';
import type { RedisClient } from './redis-client';

/**
 * Audit trail in Redis streams: one stream per clinic (inside the clinic's
 * hash slot) and one platform stream for operator and cross-tenant records.
 * Streams are append-only; entry ids give a total order per stream.
 * The adapter does not consult the tenant guard: recording must never fail
 * because of scope (a denied cross-clinic attempt is exactly what we want on
 * record), and reads are exposed only through use cases that check access.
 */
export class RedisAuditLog implements AuditLog {
  constructor(private readonly redis: RedisClient) {}

  private streamKey(clinicId: ClinicId | null): string {
    return clinicId === null ? GLOBAL_KEYS.platformAudit : formatTenantKey(clinicId, ['audit']);
  }

  async append(record: AuditRecord): Promise<string> {
    const fields = [
      'actor', record.actor,
      'action', record.action,
      'target', record.target,
      'clinic', record.clinicId ?? '',
      'at', record.at.toISOString(),
      'outcome', record.outcome,
      'requestId', record.requestId,
      'detail', record.detail ?? '',
      'changes', record.changes ? JSON.stringify(record.changes) : '',
    ];
    const id = await this.redis.xadd(this.streamKey(record.clinicId), '*', ...fields);
    if (!id) throw new Error('XADD returned no id');
    return id;
  }

  async recent(clinicId: ClinicId | null, limit: number): Promise<StoredAuditRecord[]> {
    const entries = await this.redis.xrevrange(this.streamKey(clinicId), '+', '-', 'COUNT', limit);
    return entries.map(([id, flat]) => toRecord(id, flat));
  }

  /** Walks the stream newest first in pages, filtering on the recorded time and fields; stops at the limit. */
  async query(clinicId: ClinicId | null, query: AuditQuery): Promise<StoredAuditRecord[]> {
    const key = this.streamKey(clinicId);
    const found: StoredAuditRecord[] = [];
    let end = '+';
    for (let page = 0; page < 200 && found.length < query.limit; page++) {
      const entries = await this.redis.xrevrange(key, end, '-', 'COUNT', 500);
      for (const [id, flat] of entries) {
        const record = toRecord(id, flat);
        if (matchesAuditQuery(record, query)) found.push(record);
        if (found.length >= query.limit) break;
      }
      if (entries.length < 500) break;
      end = `(${entries[entries.length - 1]![0]}`;
    }
    return found;
  }
}

function toRecord(id: string, flat: string[]): StoredAuditRecord {
  const f: Record<string, string> = {};
  for (let i = 0; i < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
  return {
    id,
    actor: f.actor!,
    action: f.action!,
    target: f.target!,
    clinicId: f.clinic ? (f.clinic as ClinicId) : null,
    at: new Date(f.at!),
    outcome: f.outcome as StoredAuditRecord['outcome'],
    requestId: f.requestId!,
    ...(f.detail ? { detail: f.detail } : {}),
    ...(f.changes ? { changes: JSON.parse(f.changes) as AuditRecord['changes'] } : {}),
  };
}
