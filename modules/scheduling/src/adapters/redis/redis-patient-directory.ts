import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type LuaScript, type RedisClient } from '@frontdesk/shared-kernel/redis';
import {
  CONSENT_KINDS,
  MAX_NOTES_RETURNED,
  defaultConsent,
  isPatientLanguage,
  type ClinicalNote,
  type ClinicalRecord,
  type ConsentFlag,
  type ConsentFlags,
  type ConsentKind,
  type PatientProfile,
  type PatientSummary,
} from '../../domain/patient';
import type { PhoneSearchPlan } from '../../domain/patient-search';
import type { PatientDirectory, PatientUpsert, UpsertOutcome } from '../../ports/patient-directory.port';

/**
 * Key layout (all built with `guard.key(clinicId, ...)`: one clinic's keys share
 * its hash tag, so each script stays in one cluster slot, and no key or index
 * spans clinics):
 *
 * - `t:{clinic}:customer:<e164>`            hash: the record (fields below)
 * - `t:{clinic}:customer-notes:<e164>`      list: clinical notes, JSON, oldest first (RPUSH)
 * - `t:{clinic}:customer-noshows:<e164>`    set: appointment ids already counted as no-shows
 * - `t:{clinic}:customer-ix:name`           zset, all scores 0: `<folded word>|<e164 digits>`
 * - `t:{clinic}:customer-ix:intl`           zset, all scores 0: `<e164 digits>`
 * - `t:{clinic}:customer-ix:natl`           zset, all scores 0: `<national number>|<e164 digits>`
 * - `t:{clinic}:customer-ix:tail`           zset, all scores 0: `<e164 digits reversed>|<e164 digits>`
 * - `t:{clinic}:customer-ix:consent:<kind>` set: E.164 phones whose `<kind>` consent is granted now
 * - `t:{clinic}:customer-ix:consent-ready`  string: the consent sets were built from the records (see below)
 *
 * Record fields: id, phone, name, language, intakeSummary, noShowCount,
 * createdAt, updatedAt (epoch ms), allergies (JSON array), `consent:<kind>`
 * (JSON `{granted, at, by}`, absent = never set) and nameIndex (the name
 * members last written, `\n`-separated, so a rename removes exactly them).
 *
 * A hash, not one JSON string: the no-show counter is an HINCRBY, profile,
 * consent and allergy edits each set their own fields without a
 * read-modify-write race between them, and a profile read (HMGET) never
 * fetches allergies, so a receptionist's read does not even load them. Notes
 * grow without bound, so they are a list beside the record, read newest-last
 * up to MAX_NOTES_RETURNED.
 *
 * Search is ZRANGEBYLEX over the prefix `[p` .. `[p\xff`: equal scores make a
 * zset sort by member bytes, so a prefix is one contiguous range. Suffix search
 * (the last digits) is a prefix search of the reversed digits.
 *
 * Each write is one Lua script declared with `#!lua flags=`: record and
 * indexes change together or not at all (and Redis refuses it with -OOM before
 * it starts when memory is full).
 *
 * The consent sets answer "who agreed to news" (broadcasts) without reading
 * every record. A consent change updates the record's field and the set in one
 * script. Records whose consent was set before the sets existed are indexed
 * once per clinic, at the first read (`consent-ready` absent): the patient
 * index is walked in chunks, and each chunk's script reads the records' flags
 * and sets the set membership in the same atomic step, so a consent change
 * racing the walk still leaves record and set agreeing.
 */

/**
 * KEYS: record, ix:name, ix:intl, ix:natl, ix:tail.
 * ARGV: nowMs, newId, phone, nameGiven ('1' | '0'), nameMembers ('\n'-joined),
 *       intlMember, natlMember, tailMember, then field/value pairs to set.
 */
export const UPSERT_PATIENT_SCRIPT = `#!lua flags=
local exists = redis.call('EXISTS', KEYS[1]) == 1
if not exists and ARGV[4] ~= '1' then return {'needs_name'} end
if ARGV[4] == '1' then
  local old = redis.call('HGET', KEYS[1], 'nameIndex')
  if old then
    for m in string.gmatch(old, '[^\\n]+') do redis.call('ZREM', KEYS[2], m) end
  end
  for m in string.gmatch(ARGV[5], '[^\\n]+') do redis.call('ZADD', KEYS[2], 0, m) end
  redis.call('HSET', KEYS[1], 'nameIndex', ARGV[5])
end
redis.call('ZADD', KEYS[3], 0, ARGV[6])
redis.call('ZADD', KEYS[4], 0, ARGV[7])
redis.call('ZADD', KEYS[5], 0, ARGV[8])
if not exists then
  redis.call('HSET', KEYS[1], 'id', ARGV[2], 'phone', ARGV[3], 'createdAt', ARGV[1], 'noShowCount', '0',
    'language', 'ar', 'intakeSummary', '', 'allergies', '[]')
end
if #ARGV >= 9 then redis.call('HSET', KEYS[1], unpack(ARGV, 9)) end
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[1])
if exists then return {'updated'} end
return {'created'}
`;

/**
 * KEYS: record. ARGV: nowMs, then field/value pairs.
 * Sets the fields of an existing record; returns {'ok', old values...} or {'missing'}.
 */
export const PATCH_PATIENT_SCRIPT = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
local names = {}
for i = 2, #ARGV, 2 do names[#names + 1] = ARGV[i] end
local before = redis.call('HMGET', KEYS[1], unpack(names))
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[1])
local reply = {'ok'}
for i = 1, #names do reply[#reply + 1] = before[i] or '' end
return reply
`;

/** KEYS: record, notes list. ARGV: nowMs, note JSON. */
export const ADD_NOTE_SCRIPT = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[1])
return 1
`;

/** KEYS: record, counted-appointments set. ARGV: nowMs, appointmentId ('' = not idempotent). Returns {counted, count} or {-1}. */
export const COUNT_NO_SHOW_SCRIPT = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return {-1} end
if ARGV[2] ~= '' and redis.call('SADD', KEYS[2], ARGV[2]) == 0 then
  return {0, tonumber(redis.call('HGET', KEYS[1], 'noShowCount') or '0')}
end
local count = redis.call('HINCRBY', KEYS[1], 'noShowCount', 1)
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[1])
return {1, count}
`;

/**
 * KEYS: record, consent set of the kind. ARGV: nowMs, field (`consent:<kind>`), flag JSON, phone, granted ('1' | '0').
 * Returns {'ok', old JSON or ''} or {'missing'}.
 */
export const SET_CONSENT_SCRIPT = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
local before = redis.call('HGET', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3], 'updatedAt', ARGV[1])
if ARGV[5] == '1' then redis.call('SADD', KEYS[2], ARGV[4]) else redis.call('SREM', KEYS[2], ARGV[4]) end
return {'ok', before or ''}
`;

/**
 * Builds the consent sets for a chunk of records.
 * KEYS: the K consent sets, then the records. ARGV: K, the K kinds, then one phone per record.
 */
export const INDEX_CONSENT_SCRIPT = `#!lua flags=
local k = tonumber(ARGV[1])
for i = k + 1, #KEYS do
  local phone = ARGV[i + 1]
  if redis.call('EXISTS', KEYS[i]) == 1 then
    for j = 1, k do
      local json = redis.call('HGET', KEYS[i], 'consent:' .. ARGV[j + 1])
      local granted = false
      if json then
        local ok, flag = pcall(cjson.decode, json)
        granted = ok and type(flag) == 'table' and flag.granted == true
      end
      if granted then redis.call('SADD', KEYS[j], phone) else redis.call('SREM', KEYS[j], phone) end
    end
  end
end
return 1
`;

/** Records per consent-indexing script. */
const CONSENT_INDEX_CHUNK = 200;

interface PatientCommands {
  fdPatientUpsert(...args: (string | number)[]): Promise<string[]>;
  fdPatientPatch(...args: (string | number)[]): Promise<string[]>;
  fdPatientAddNote(...args: (string | number)[]): Promise<number>;
  fdPatientCountNoShow(...args: (string | number)[]): Promise<number[]>;
  fdPatientSetConsent(...args: (string | number)[]): Promise<string[]>;
  fdPatientIndexConsent(...args: (string | number)[]): Promise<number>;
}

const SCRIPTS: { [Name in keyof PatientCommands]: LuaScript } = {
  fdPatientUpsert: { numberOfKeys: 5, lua: UPSERT_PATIENT_SCRIPT },
  fdPatientPatch: { numberOfKeys: 1, lua: PATCH_PATIENT_SCRIPT },
  fdPatientAddNote: { numberOfKeys: 2, lua: ADD_NOTE_SCRIPT },
  fdPatientCountNoShow: { numberOfKeys: 2, lua: COUNT_NO_SHOW_SCRIPT },
  fdPatientSetConsent: { numberOfKeys: 2, lua: SET_CONSENT_SCRIPT },
  // The key count comes first in the arguments (it varies with the chunk).
  fdPatientIndexConsent: { lua: INDEX_CONSENT_SCRIPT },
};

const PROFILE_FIELDS = ['id', 'phone', 'name', 'language', 'intakeSummary', 'noShowCount', 'createdAt', 'updatedAt', ...CONSENT_KINDS.map((k) => `consent:${k}`)] as const;
const SUMMARY_FIELDS = ['id', 'phone', 'name', 'language', 'noShowCount'] as const;

/** How many index entries one search reads at most before it stops looking. */
export const MAX_INDEX_SCAN = 500;

/** `[prefix` .. `[prefix\xff`: every member that starts with prefix (no UTF-8 byte is 0xff). */
function prefixRange(prefix: string): [Buffer, Buffer] {
  return [Buffer.from(`[${prefix}`, 'utf8'), Buffer.concat([Buffer.from(`[${prefix}`, 'utf8'), Buffer.from([0xff])])];
}

const reverse = (digits: string) => [...digits].reverse().join('');
/** The E.164 digits after the `|` of an index member (or the whole member). */
const digitsOfMember = (member: string) => member.slice(member.lastIndexOf('|') + 1);

export class RedisPatientDirectory implements PatientDirectory {
  private readonly commands: PatientCommands;

  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.commands = withLuaScripts<PatientCommands>(redis, SCRIPTS);
  }

  private recordKey(clinicId: ClinicId, phone: string): string {
    return this.guard.key(clinicId, 'customer', phone);
  }

  private indexKeys(clinicId: ClinicId) {
    return {
      name: this.guard.key(clinicId, 'customer-ix', 'name'),
      intl: this.guard.key(clinicId, 'customer-ix', 'intl'),
      natl: this.guard.key(clinicId, 'customer-ix', 'natl'),
      tail: this.guard.key(clinicId, 'customer-ix', 'tail'),
    };
  }

  async upsert(clinicId: ClinicId, write: PatientUpsert): Promise<UpsertOutcome> {
    const record = this.recordKey(clinicId, write.phone);
    const ix = this.indexKeys(clinicId);
    const digits = write.phoneKeys.international;
    const nameMembers = write.name ? write.name.indexWords.map((word) => `${word}|${digits}`).join('\n') : '';
    const fields: string[] = [];
    if (write.name) fields.push('name', write.name.value);
    if (write.language !== undefined) fields.push('language', write.language);
    if (write.intakeSummary !== undefined) fields.push('intakeSummary', write.intakeSummary);
    const [outcome] = await this.commands.fdPatientUpsert(
      record,
      ix.name,
      ix.intl,
      ix.natl,
      ix.tail,
      write.at.getTime(),
      write.newId,
      write.phone,
      write.name ? '1' : '0',
      nameMembers,
      digits,
      `${write.phoneKeys.national}|${digits}`,
      `${reverse(digits)}|${digits}`,
      ...fields,
    );
    if (outcome === 'needs_name') return { outcome: 'needs_name' };
    const patient = await this.getProfile(clinicId, write.phone);
    if (!patient) throw new Error('patient upsert: the record vanished after it was written');
    return { outcome: outcome === 'created' ? 'created' : 'updated', patient };
  }

  async getProfile(clinicId: ClinicId, phone: string): Promise<PatientProfile | undefined> {
    const values = await this.redis.hmget(this.recordKey(clinicId, phone), ...PROFILE_FIELDS);
    return profileFromFields(values);
  }

  async getClinical(clinicId: ClinicId, phone: string): Promise<ClinicalRecord | undefined> {
    const record = this.recordKey(clinicId, phone);
    const notesKey = this.guard.key(clinicId, 'customer-notes', phone);
    const replies = await this.redis.multi().hget(record, 'allergies').exists(record).lrange(notesKey, -MAX_NOTES_RETURNED, -1).exec();
    if (!replies) throw new Error('patient read: transaction aborted');
    const [allergies, exists, notes] = replies.map(([error, value]) => {
      if (error) throw error;
      return value;
    }) as [string | null, number, string[]];
    if (exists === 0) return undefined;
    return { allergies: parseStringList(allergies), clinicalNotes: notes.map(parseNote).filter((n): n is ClinicalNote => n !== undefined) };
  }

  async findByNameWord(clinicId: ClinicId, word: string, max: number): Promise<PatientSummary[]> {
    const [min, upper] = prefixRange(word);
    const members = await this.redis.zrangebylex(this.indexKeys(clinicId).name, min, upper, 'LIMIT', 0, MAX_INDEX_SCAN);
    return this.summaries(clinicId, distinct(members.map(digitsOfMember), max));
  }

  async findByPhone(clinicId: ClinicId, plan: PhoneSearchPlan, max: number): Promise<PatientSummary[]> {
    const ix = this.indexKeys(clinicId);
    const ranges: [string, string][] = [
      ...plan.international.map((p): [string, string] => [ix.intl, p]),
      ...plan.national.map((p): [string, string] => [ix.natl, p]),
      ...plan.suffix.map((p): [string, string] => [ix.tail, reverse(p)]),
    ];
    const pipeline = this.redis.pipeline();
    for (const [key, prefix] of ranges) pipeline.zrangebylex(key, ...prefixRange(prefix), 'LIMIT', 0, max);
    const replies = (await pipeline.exec()) ?? [];
    const digits: string[] = [];
    for (const [error, members] of replies) {
      if (error) throw error;
      for (const member of members as string[]) digits.push(digitsOfMember(member));
    }
    return this.summaries(clinicId, distinct(digits, max));
  }

  async setAllergies(clinicId: ClinicId, phone: string, allergies: readonly string[], at: Date): Promise<{ before: string[] } | undefined> {
    const [status, before] = await this.commands.fdPatientPatch(this.recordKey(clinicId, phone), at.getTime(), 'allergies', JSON.stringify(allergies));
    if (status !== 'ok') return undefined;
    return { before: parseStringList(before ?? null) };
  }

  async addClinicalNote(clinicId: ClinicId, phone: string, note: ClinicalNote): Promise<boolean> {
    const json = JSON.stringify({ id: note.id, text: note.text, authorId: note.authorId, at: note.at.getTime() });
    const added = await this.commands.fdPatientAddNote(
      this.recordKey(clinicId, phone),
      this.guard.key(clinicId, 'customer-notes', phone),
      note.at.getTime(),
      json,
    );
    return added === 1;
  }

  async setConsent(clinicId: ClinicId, phone: string, kind: ConsentKind, flag: ConsentFlag): Promise<{ before: ConsentFlag } | undefined> {
    const json = JSON.stringify({ granted: flag.granted, at: flag.changedAt?.getTime() ?? null, by: flag.changedBy });
    const at = flag.changedAt ?? new Date();
    const [status, before] = await this.commands.fdPatientSetConsent(
      this.recordKey(clinicId, phone),
      this.consentSetKey(clinicId, kind),
      at.getTime(),
      `consent:${kind}`,
      json,
      phone,
      flag.granted ? '1' : '0',
    );
    if (status !== 'ok') return undefined;
    return { before: parseConsent(before || null) };
  }

  async phonesWithConsent(clinicId: ClinicId, kind: ConsentKind): Promise<string[]> {
    await this.ensureConsentIndex(clinicId);
    return (await this.redis.smembers(this.consentSetKey(clinicId, kind))).sort();
  }

  private consentSetKey(clinicId: ClinicId, kind: ConsentKind): string {
    return this.guard.key(clinicId, 'customer-ix', 'consent', kind);
  }

  /** Builds the consent sets from the records once per clinic (records written before the sets existed). */
  private async ensureConsentIndex(clinicId: ClinicId): Promise<void> {
    const ready = this.guard.key(clinicId, 'customer-ix', 'consent-ready');
    if ((await this.redis.exists(ready)) === 1) return;
    const sets = CONSENT_KINDS.map((kind) => this.consentSetKey(clinicId, kind));
    const intl = this.indexKeys(clinicId).intl;
    // A lexical cursor over the members (all scores are 0): records added during the walk shift no one past it.
    for (let after = '-'; ; ) {
      const digits = await this.redis.zrangebylex(intl, after, '+', 'LIMIT', 0, CONSENT_INDEX_CHUNK);
      if (digits.length === 0) break;
      after = `(${digits[digits.length - 1]}`;
      const phones = digits.map((d) => `+${d}`);
      await this.commands.fdPatientIndexConsent(
        sets.length + phones.length,
        ...sets,
        ...phones.map((phone) => this.recordKey(clinicId, phone)),
        sets.length,
        ...CONSENT_KINDS,
        ...phones,
      );
      if (digits.length < CONSENT_INDEX_CHUNK) break;
    }
    await this.redis.set(ready, '1');
  }

  async incrementNoShows(
    clinicId: ClinicId,
    phone: string,
    options: { appointmentId?: string; at?: Date } = {},
  ): Promise<{ noShowCount: number; counted: boolean } | undefined> {
    const [counted, count] = await this.commands.fdPatientCountNoShow(
      this.recordKey(clinicId, phone),
      this.guard.key(clinicId, 'customer-noshows', phone),
      (options.at ?? new Date()).getTime(),
      options.appointmentId ?? '',
    );
    if (counted === -1) return undefined;
    return { counted: counted === 1, noShowCount: Number(count) };
  }

  /** Summaries of these numbers (E.164 digits), in the order given; records that are gone are skipped. */
  private async summaries(clinicId: ClinicId, digits: string[]): Promise<PatientSummary[]> {
    if (digits.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const d of digits) pipeline.hmget(this.recordKey(clinicId, `+${d}`), ...SUMMARY_FIELDS);
    const replies = (await pipeline.exec()) ?? [];
    const out: PatientSummary[] = [];
    for (const [error, values] of replies) {
      if (error) throw error;
      const [id, phone, name, language, noShowCount] = values as (string | null)[];
      if (!id || !phone || !name) continue;
      out.push({ id, phone, name, language: isPatientLanguage(language) ? language : 'ar', noShowCount: Number(noShowCount ?? 0) });
    }
    return out;
  }
}

function distinct(values: string[], max: number): string[] {
  return [...new Set(values)].slice(0, max);
}

function profileFromFields(values: (string | null)[]): PatientProfile | undefined {
  const [id, phone, name, language, intakeSummary, noShowCount, createdAt, updatedAt, ...consentValues] = values;
  if (!id || !phone || !name) return undefined;
  const consent: ConsentFlags = defaultConsent();
  CONSENT_KINDS.forEach((kind, i) => {
    consent[kind] = parseConsent(consentValues[i] ?? null);
  });
  return {
    id,
    phone,
    name,
    language: isPatientLanguage(language) ? language : 'ar',
    intakeSummary: intakeSummary ?? '',
    consent,
    noShowCount: Number(noShowCount ?? 0),
    createdAt: new Date(Number(createdAt)),
    updatedAt: new Date(Number(updatedAt ?? createdAt)),
  };
}

function parseConsent(json: string | null): ConsentFlag {
  if (!json) return { granted: false, changedAt: null, changedBy: null };
  const value = JSON.parse(json) as { granted?: unknown; at?: unknown; by?: unknown };
  return {
    granted: value.granted === true,
    changedAt: typeof value.at === 'number' ? new Date(value.at) : null,
    changedBy: typeof value.by === 'string' ? value.by : null,
  };
}

function parseStringList(json: string | null): string[] {
  if (!json) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function parseNote(json: string): ClinicalNote | undefined {
  const value = JSON.parse(json) as { id?: unknown; text?: unknown; authorId?: unknown; at?: unknown };
  if (typeof value.id !== 'string' || typeof value.text !== 'string' || typeof value.authorId !== 'string' || typeof value.at !== 'number') return undefined;
  return { id: value.id, text: value.text, authorId: value.authorId, at: new Date(value.at) };
}
