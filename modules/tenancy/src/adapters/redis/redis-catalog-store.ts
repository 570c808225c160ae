import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { z } from 'zod';
import { AiSettingsSchema, BranchSchema, DoctorSchema, FaqEntrySchema, ServiceSchema } from '../../index';
import type { AiSettings, CatalogState } from '../../domain/catalog';
import type { EntryCollection } from '../../domain/entries';
import type { CatalogMutation, CatalogStore, CommitResult } from '../../ports/catalog-store.port';
import { clinicFromHash, clinicToHash } from './clinic-record';

/**
 * Key layout of one clinic's catalog. Every key carries the clinic's hash tag,
 * so they share a Redis Cluster slot and one script may touch them all.
 *
 *   t:{<clinicId>}:clinic              hash    profile, status, suspension (clinic-record.ts)
 *   t:{<clinicId>}:catalog:rev         string  revision: +1 on every change, the compare-and-set guard
 *   t:{<clinicId>}:catalog:branches    hash    branch id   -> Branch JSON
 *   t:{<clinicId>}:catalog:doctors     hash    doctor id   -> Doctor JSON
 *   t:{<clinicId>}:catalog:services    hash    service id  -> Service JSON
 *   t:{<clinicId>}:catalog:faq         hash    FAQ id      -> FaqEntry JSON
 *   t:{<clinicId>}:catalog:ai          string  AiSettings JSON (absent: defaults apply)
 *
 * One hash per entity type keeps a whole list one HGETALL away (the AI reads
 * the catalog on every conversation) while one entry changes with one HSET.
 * Reads are a MULTI of those reads, so they see one revision. Writes are one
 * Lua script that checks the revision, applies the change and bumps the
 * revision: a change is applied whole or not at all, and never on top of a
 * catalog that moved since the use case validated against it.
 */
const COMMIT = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current ~= tonumber(ARGV[1]) then return -1 end
if redis.call('EXISTS', KEYS[2]) == 0 then return -2 end
local ops = {}
local i = 2
while i <= #ARGV do
  local name = ARGV[i]
  if name ~= 'HSET' and name ~= 'HDEL' and name ~= 'SET' then
    return redis.error_reply('catalog commit: unsupported command ' .. tostring(name))
  end
  local key = KEYS[tonumber(ARGV[i + 1])]
  if not key then return redis.error_reply('catalog commit: no key ' .. tostring(ARGV[i + 1])) end
  local n = tonumber(ARGV[i + 2])
  local args = {}
  for j = 1, n do args[j] = ARGV[i + 2 + j] end
  ops[#ops + 1] = { name, key, args }
  i = i + 3 + n
end
for _, op in ipairs(ops) do redis.call(op[1], op[2], unpack(op[3])) end
return redis.call('INCR', KEYS[1])`;

const ENTRY_SCHEMAS = {
  branches: BranchSchema,
  doctors: DoctorSchema,
  services: ServiceSchema,
  faq: FaqEntrySchema,
} as const satisfies Record<EntryCollection, z.ZodType>;

/** Commands of the script: each names the index of its key in KEYS (1-based) and its arguments. */
type Op = [name: 'HSET' | 'HDEL' | 'SET', keyIndex: number, args: string[]];

export class RedisCatalogStore implements CatalogStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  private keys(clinicId: ClinicId) {
    return {
      revision: this.guard.key(clinicId, 'catalog', 'rev'),
      clinic: this.guard.key(clinicId, 'clinic'),
      branches: this.guard.key(clinicId, 'catalog', 'branches'),
      doctors: this.guard.key(clinicId, 'catalog', 'doctors'),
      services: this.guard.key(clinicId, 'catalog', 'services'),
      faq: this.guard.key(clinicId, 'catalog', 'faq'),
      ai: this.guard.key(clinicId, 'catalog', 'ai'),
    };
  }

  async read(clinicId: ClinicId): Promise<CatalogState | undefined> {
    const k = this.keys(clinicId);
    const replies = await this.redis
      .multi()
      .hgetall(k.clinic)
      .get(k.revision)
      .hgetall(k.branches)
      .hgetall(k.doctors)
      .hgetall(k.services)
      .hgetall(k.faq)
      .get(k.ai)
      .exec();
    if (!replies) throw new Error('catalog read: transaction aborted');
    const values = replies.map(([error, value]) => {
      if (error) throw error;
      return value;
    });
    const [clinicHash, revision, branches, doctors, services, faq, ai] = values as [
      Record<string, string>,
      string | null,
      Record<string, string>,
      Record<string, string>,
      Record<string, string>,
      Record<string, string>,
      string | null,
    ];
    const clinic = clinicFromHash(clinicId, clinicHash);
    if (!clinic) return undefined;
    return {
      clinic,
      revision: Number(revision ?? 0),
      branches: decodeAll(branches, 'branches'),
      doctors: decodeAll(doctors, 'doctors'),
      services: decodeAll(services, 'services'),
      faq: decodeAll(faq, 'faq'),
      aiSettings: ai === null ? null : (AiSettingsSchema.parse(JSON.parse(ai)) satisfies AiSettings),
    };
  }

  async commit(clinicId: ClinicId, expectedRevision: number, mutation: CatalogMutation): Promise<CommitResult> {
    const k = this.keys(clinicId);
    const keys = [k.revision, k.clinic];
    const ops: Op[] = [];
    // push() returns the new length: the 1-based index of the key in KEYS, as the script wants it.
    const target = (key: string) => keys.push(key);
    switch (mutation.type) {
      case 'putEntry':
        ops.push(['HSET', target(k[mutation.collection]), [mutation.entry.id, JSON.stringify(mutation.entry)]]);
        break;
      case 'deleteEntry':
        ops.push(['HDEL', target(k[mutation.collection]), [mutation.id]]);
        break;
      case 'putClinic': {
        if (mutation.clinic.id !== clinicId) throw new Error('catalog commit: the clinic record belongs to another clinic');
        const { set, unset } = clinicToHash(mutation.clinic);
        ops.push(['HSET', 2, set]);
        if (unset.length > 0) ops.push(['HDEL', 2, unset]);
        break;
      }
      case 'putAiSettings':
        ops.push(['SET', target(k.ai), [JSON.stringify(mutation.settings)]]);
        break;
    }
    const argv = [String(expectedRevision), ...ops.flatMap(([name, keyIndex, args]) => [name, String(keyIndex), String(args.length), ...args])];
    const result = (await this.redis.eval(COMMIT, keys.length, ...keys, ...argv)) as number;
    if (result === -1) return { ok: false, reason: 'stale' };
    if (result === -2) return { ok: false, reason: 'missing' };
    return { ok: true, revision: result };
  }
}

function decodeAll<K extends EntryCollection>(hash: Record<string, string>, collection: K): z.infer<(typeof ENTRY_SCHEMAS)[K]>[] {
  const schema = ENTRY_SCHEMAS[collection];
  return Object.entries(hash).map(([id, json]) => {
    const parsed = schema.safeParse(JSON.parse(json));
    if (!parsed.success) throw new Error(`catalog read: stored ${collection} entry ${id} does not match its schema`);
    return parsed.data as z.infer<(typeof ENTRY_SCHEMAS)[K]>;
  });
}
