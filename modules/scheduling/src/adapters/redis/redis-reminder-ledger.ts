import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { LastReminder, ReminderLedger, ReminderRef } from '../../ports/reminder-ledger.port';

/**
 * Keys (tenant keys, built with `guard.key`):
 *
 * - `t:{clinic}:reminder-sent:<appointmentId>:<offsetMinutes>:<startMs>`  string: the sender's token, SET NX EX
 * - `t:{clinic}:reminder-last:<patientRef>`                              string: JSON LastReminder, EX until after the start
 */

/** KEYS: claim. ARGV: token. Deletes the claim only for its holder. */
const RELEASE_SCRIPT = `#!lua flags=
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** KEYS: last-reminder record. ARGV: expected JSON, next JSON. Keeps the TTL. */
const REPLACE_LAST_SCRIPT = `#!lua flags=
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
return 1
`;

interface LedgerCommands {
  fdReminderRelease(key: string, token: string): Promise<number>;
  fdReminderReplaceLast(key: string, expected: string, next: string): Promise<number>;
}

/** JSON with a fixed field order, so the compare-and-set can compare strings. */
function encode(last: LastReminder): string {
  return JSON.stringify({
    appointmentId: last.appointmentId,
    version: last.version,
    start: last.start,
    offsetMinutes: last.offsetMinutes,
    sentAt: last.sentAt,
  });
}

export class RedisReminderLedger implements ReminderLedger {
  private readonly redis: RedisClient & LedgerCommands;

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.redis = withLuaScripts<LedgerCommands>(redis, {
      fdReminderRelease: { numberOfKeys: 1, lua: RELEASE_SCRIPT },
      fdReminderReplaceLast: { numberOfKeys: 1, lua: REPLACE_LAST_SCRIPT },
    });
  }

  claimKey(clinicId: ClinicId, reminder: ReminderRef): string {
    return this.guard.key(clinicId, 'reminder-sent', reminder.appointmentId, String(reminder.offsetMinutes), String(reminder.start.getTime()));
  }

  lastKey(clinicId: ClinicId, patientRef: string): string {
    return this.guard.key(clinicId, 'reminder-last', patientRef);
  }

  async claim(clinicId: ClinicId, reminder: ReminderRef, token: string, ttlSeconds: number): Promise<boolean> {
    const ok = await this.redis.set(this.claimKey(clinicId, reminder), token, 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX');
    return ok === 'OK';
  }

  async release(clinicId: ClinicId, reminder: ReminderRef, token: string): Promise<void> {
    await this.redis.fdReminderRelease(this.claimKey(clinicId, reminder), token);
  }

  async recordLast(clinicId: ClinicId, patientRef: string, last: LastReminder, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.lastKey(clinicId, patientRef), encode(last), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async readLast(clinicId: ClinicId, patientRef: string): Promise<LastReminder | undefined> {
    const json = await this.redis.get(this.lastKey(clinicId, patientRef));
    return json ? (JSON.parse(json) as LastReminder) : undefined;
  }

  async replaceLast(clinicId: ClinicId, patientRef: string, expected: LastReminder, next: LastReminder): Promise<boolean> {
    return (await this.redis.fdReminderReplaceLast(this.lastKey(clinicId, patientRef), encode(expected), encode(next))) === 1;
  }
}
