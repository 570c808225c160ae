import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import { DEFAULT_SCHEDULING_SETTINGS } from '../../domain/scheduling-settings';
import type { SchedulingConfig, SchedulingConfigStore } from '../../ports/scheduling-config.port';

/**
 * `t:{clinic}:scheduling:config`: one JSON document (settings, availability per
 * doctor, holidays, revision). One key means one read per search and one
 * compare-and-set per edit; a clinic's whole setup is a few kilobytes.
 */
const SAVE_SCRIPT = `#!lua flags=
local current = redis.call('GET', KEYS[1])
local revision = 0
if current then revision = cjson.decode(current).revision end
if tostring(revision) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1
`;

interface ConfigCommands {
  fdSchedulingSaveConfig(key: string, expectedRevision: string, json: string): Promise<number>;
}

export class RedisSchedulingConfigStore implements SchedulingConfigStore {
  private readonly redis: RedisClient & ConfigCommands;

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.redis = withLuaScripts<ConfigCommands>(redis, { fdSchedulingSaveConfig: { numberOfKeys: 1, lua: SAVE_SCRIPT } });
  }

  private key(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'scheduling', 'config');
  }

  async get(clinicId: ClinicId): Promise<SchedulingConfig> {
    const json = await this.redis.get(this.key(clinicId));
    if (!json) return { settings: { ...DEFAULT_SCHEDULING_SETTINGS }, doctors: {}, holidays: [], staffDoctors: {}, revision: 0 };
    const stored = JSON.parse(json) as SchedulingConfig;
    // Settings added in later versions take their defaults.
    return { ...stored, staffDoctors: stored.staffDoctors ?? {}, settings: { ...DEFAULT_SCHEDULING_SETTINGS, ...stored.settings } };
  }

  async save(clinicId: ClinicId, next: SchedulingConfig): Promise<SchedulingConfig | undefined> {
    const saved = { ...next, revision: next.revision + 1 };
    const ok = await this.redis.fdSchedulingSaveConfig(this.key(clinicId), String(next.revision), JSON.stringify(saved));
    return ok === 1 ? saved : undefined;
  }
}
