import { Conflict, GLOBAL_KEYS, PreconditionFailed, clinicId as toClinicId, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import { TokenCipher } from '@frontdesk/shared-kernel/crypto';
import type { MetaPages, PageChannel, PageConnection, PageCredentials } from '../../ports/meta-pages.port';

/** Routing answers are kept this long per process: one Redis read per account per window on the webhook path. */
const ROUTE_CACHE_MS = 5_000;

/**
 * Key layout:
 * - `g:meta-pages`                  hash `<channel>:<accountId>` -> clinic id: webhook routing. Claimed
 *                                   with HSETNX, so two clinics can never hold the same account.
 * - `t:{clinic}:meta-page:<channel>` hash accountId, name, connectedAt (ms), token (sealed with
 *                                   TokenCipher; the plaintext never reaches Redis).
 *
 * Every script touches one key, so all of it works on a Redis Cluster. The
 * global claim and the clinic's record are two steps; routing therefore
 * checks both (`clinicFor`, then `confirms` in the clinic's scope), so a claim
 * left behind by a crash or a lost race routes nowhere rather than somewhere wrong.
 */

/** KEYS: record. ARGV: accountId, name, connectedAt, token. Replaces the record; returns the previous account id. */
const SWAP_RECORD = `#!lua flags=
local previous = redis.call('HGET', KEYS[1], 'accountId')
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'accountId', ARGV[1], 'name', ARGV[2], 'connectedAt', ARGV[3], 'token', ARGV[4])
return previous
`;

/** KEYS: record. Deletes it; returns accountId, name, connectedAt (nils when there was none). */
const TAKE_RECORD = `#!lua flags=
local fields = redis.call('HMGET', KEYS[1], 'accountId', 'name', 'connectedAt')
redis.call('DEL', KEYS[1])
return fields
`;

/** KEYS: g:meta-pages. ARGV: field, clinic. Releases the claim only if this clinic holds it. */
const RELEASE_CLAIM = `#!lua flags=
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0
`;

/** KEYS: record. ARGV: old sealed token, new sealed token. Reseals only if nobody replaced the token meanwhile. */
const RESEAL = `#!lua flags=
if redis.call('HGET', KEYS[1], 'token') == ARGV[1] then redis.call('HSET', KEYS[1], 'token', ARGV[2]) return 1 end
return 0
`;

interface Commands {
  fdPagesSwapRecord(key: string, accountId: string, name: string, connectedAt: string, token: string): Promise<string | null>;
  fdPagesTakeRecord(key: string): Promise<(string | null)[]>;
  fdPagesReleaseClaim(key: string, field: string, clinicId: string): Promise<number>;
  fdPagesReseal(key: string, oldToken: string, newToken: string): Promise<number>;
}

const claimField = (channel: PageChannel, accountId: string) => `${channel}:${accountId}`;
/** Bound into the ciphertext: a token sealed for one clinic's page opens for that record only. */
const tokenContext = (clinicId: ClinicId, channel: PageChannel, accountId: string) => `meta-page-token:${clinicId}:${channel}:${accountId}`;

export class RedisMetaPages implements MetaPages {
  private readonly redis: RedisClient & Commands;
  private readonly cipher: TokenCipher | undefined;
  private readonly routes = new Map<string, { clinicId: ClinicId | null; until: number }>();
  /** Record key -> the account id the clinic's record names (null: none). */
  private readonly confirmed = new Map<string, { accountId: string | null; until: number }>();

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
    /** The server's session secrets (first one seals). Without any, pages cannot be connected. */
    secrets: readonly string[] | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.redis = withLuaScripts<Commands>(redis, {
      fdPagesSwapRecord: { lua: SWAP_RECORD, numberOfKeys: 1 },
      fdPagesTakeRecord: { lua: TAKE_RECORD, numberOfKeys: 1 },
      fdPagesReleaseClaim: { lua: RELEASE_CLAIM, numberOfKeys: 1 },
      fdPagesReseal: { lua: RESEAL, numberOfKeys: 1 },
    });
    this.cipher = secrets && secrets.some((s) => s.trim()) ? new TokenCipher(secrets, 'meta-page-token') : undefined;
  }

  async clinicFor(channel: PageChannel, accountId: string): Promise<ClinicId | null> {
    const field = claimField(channel, accountId);
    const cached = this.routes.get(field);
    if (cached && cached.until > this.now()) return cached.clinicId;
    const value = await this.redis.hget(GLOBAL_KEYS.metaPages, field);
    const clinicId = value ? toClinicId(value) : null;
    this.routes.set(field, { clinicId, until: this.now() + ROUTE_CACHE_MS });
    return clinicId;
  }

  async confirms(clinicId: ClinicId, channel: PageChannel, accountId: string): Promise<boolean> {
    const key = this.recordKey(clinicId, channel);
    const cached = this.confirmed.get(key);
    if (cached && cached.until > this.now()) return cached.accountId === accountId;
    const stored = await this.redis.hget(key, 'accountId');
    this.confirmed.set(key, { accountId: stored, until: this.now() + ROUTE_CACHE_MS });
    return stored === accountId;
  }

  async connections(clinicId: ClinicId): Promise<PageConnection[]> {
    const found: PageConnection[] = [];
    for (const channel of ['messenger', 'instagram'] as const) {
      // HMGET of the public fields only: the sealed token is not even read here.
      const [accountId, name, connectedAt] = await this.redis.hmget(this.recordKey(clinicId, channel), 'accountId', 'name', 'connectedAt');
      if (accountId) found.push({ channel, accountId, name: name ?? '', connectedAt: new Date(Number(connectedAt ?? 0)) });
    }
    return found;
  }

  async credentials(clinicId: ClinicId, channel: PageChannel): Promise<PageCredentials | null> {
    const key = this.recordKey(clinicId, channel);
    const [accountId, sealed] = await this.redis.hmget(key, 'accountId', 'token');
    if (!accountId || !sealed || !this.cipher) return null;
    const opened = this.cipher.open(sealed, tokenContext(clinicId, channel, accountId));
    if (!opened) return null;
    // Sealed with an older secret (after a rotation): seal it again with the current one.
    if (opened.stale) await this.redis.fdPagesReseal(key, sealed, this.cipher.seal(opened.plaintext, tokenContext(clinicId, channel, accountId)));
    return { accountId, accessToken: opened.plaintext };
  }

  async connect(clinicId: ClinicId, input: { channel: PageChannel; accountId: string; name: string; accessToken: string }, at: Date): Promise<PageConnection> {
    const { channel, accountId, name } = input;
    if (!this.cipher) {
      throw new PreconditionFailed('CONVERSATION.TOKEN_KEY_MISSING', 'The server has no secret to encrypt page access tokens with (SESSION_SECRETS); pages cannot be connected');
    }
    const key = this.recordKey(clinicId, channel);
    const field = claimField(channel, accountId);
    const claimed = await this.redis.hsetnx(GLOBAL_KEYS.metaPages, field, clinicId);
    if (!claimed && (await this.redis.hget(GLOBAL_KEYS.metaPages, field)) !== clinicId) {
      throw new Conflict(
        'CONVERSATION.META_ACCOUNT_TAKEN',
        channel === 'messenger' ? 'This Facebook page is connected to another clinic' : 'This Instagram account is connected to another clinic',
        { field: 'accountId' },
      );
    }
    const sealed = this.cipher.seal(input.accessToken, tokenContext(clinicId, channel, accountId));
    const previous = await this.redis.fdPagesSwapRecord(key, accountId, name, String(at.getTime()), sealed);
    if (previous && previous !== accountId) await this.redis.fdPagesReleaseClaim(GLOBAL_KEYS.metaPages, claimField(channel, previous), clinicId);
    this.forget(key, field, previous ? claimField(channel, previous) : undefined);
    return { channel, accountId, name, connectedAt: at };
  }

  async disconnect(clinicId: ClinicId, channel: PageChannel): Promise<PageConnection | null> {
    const key = this.recordKey(clinicId, channel);
    const [accountId, name, connectedAt] = await this.redis.fdPagesTakeRecord(key);
    if (!accountId) return null;
    const field = claimField(channel, accountId);
    await this.redis.fdPagesReleaseClaim(GLOBAL_KEYS.metaPages, field, clinicId);
    this.forget(key, field);
    return { channel, accountId, name: name ?? '', connectedAt: new Date(Number(connectedAt ?? 0)) };
  }

  private recordKey(clinicId: ClinicId, channel: PageChannel): string {
    return this.guard.key(clinicId, 'meta-page', channel);
  }

  /** This process's caches; other processes catch up within ROUTE_CACHE_MS. */
  private forget(key: string, ...fields: (string | undefined)[]): void {
    this.confirmed.delete(key);
    for (const field of fields) if (field) this.routes.delete(field);
  }
}
