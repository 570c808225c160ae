/**
 * Public contracts of the tenancy module: schemas, DTOs, the ClinicCatalog
 * port and the events other modules may use. The catalog is the clinic's
 * verified truth: scheduling, the AI agent and the guardrails read it through
 * `ClinicCatalog`, never through tenancy's Redis keys.
 *
 * Input schemas check shapes only; the rules (lengths, E.164, hours, deposit
 * <= price, ...) live in the domain and fail as `InvalidInput` with a stable
 * `TENANCY.*` code and a sentence a clinic owner can act on.
 */
import { z } from 'zod';
import { ClinicIdSchema, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import { CLINIC_LANGUAGES, CLINIC_STATUSES, DEFAULT_CURRENCY, type ClinicLanguage, type ClinicStatus } from './domain/clinic';
import { WEEKDAYS, type OpeningHours, type TimeRange, type Weekday } from './domain/opening-hours';
import { GUARDRAIL_MODES, HUMAN_REVIEW_MODES, type AiSettings, type Branch, type Doctor, type FaqEntry, type Service } from './domain/catalog';

export { WEEKDAYS };
export type { AiSettings, Branch, ClinicLanguage, ClinicStatus, Doctor, FaqEntry, OpeningHours, Service, TimeRange, Weekday };

/** Container tokens other modules inject (the container binds them in tenancy.container.ts). */
/** Catalog amounts are minor units of the clinic currency; these read them. */
export { formatMinor, minorUnitDigits, toMajorUnits } from './domain/clinic';

export const TENANCY_PUBLIC_TOKENS = {
  ClinicCatalog: Symbol.for('tenancy.ClinicCatalog'),
  /** `CatalogChanges`: word of every catalog write, from any process, for caches. */
  CatalogChanges: Symbol.for('tenancy.CatalogChanges'),
} as const;

// ---------------------------------------------------------------- read models

export const ClinicLanguageSchema = z.enum(CLINIC_LANGUAGES);
export const ClinicStatusSchema = z.enum(CLINIC_STATUSES);
export const WeekdaySchema = z.enum(WEEKDAYS);
export const GuardrailModeSchema = z.enum(GUARDRAIL_MODES);
export const HumanReviewModeSchema = z.enum(HUMAN_REVIEW_MODES);

export const ClinicProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  defaultLanguage: ClinicLanguageSchema,
  /** ISO 4217; catalog prices are minor units of it. */
  currency: z.string(),
  /** `suspended`: patients get a polite closed message and the AI does not answer. */
  status: ClinicStatusSchema,
});
export type ClinicProfile = z.infer<typeof ClinicProfileSchema>;

export const TimeRangeSchema = z.object({ from: z.string(), to: z.string() });

/** Every weekday; an empty list means closed. Times are "HH:MM" in the clinic's time zone. */
export const OpeningHoursSchema = z.object({
  sun: z.array(TimeRangeSchema),
  mon: z.array(TimeRangeSchema),
  tue: z.array(TimeRangeSchema),
  wed: z.array(TimeRangeSchema),
  thu: z.array(TimeRangeSchema),
  fri: z.array(TimeRangeSchema),
  sat: z.array(TimeRangeSchema),
});

export const BranchSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: z.string(),
  address: z.string(),
  phone: z.string(),
  openingHours: OpeningHoursSchema,
});

export const DoctorSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: z.string(),
  specialty: z.string(),
  branchIds: z.array(z.string()),
});

export const ServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: z.string(),
  durationMinutes: z.number().int(),
  bufferMinutes: z.number().int(),
  priceMinor: z.number().int(),
  depositMinor: z.number().int().nullable(),
});

export const FaqEntrySchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  language: ClinicLanguageSchema,
});

export const AiSettingsSchema = z.object({
  personaName: z.string(),
  greetings: z.object({ en: z.string(), ar: z.string() }),
  escalationRules: z.array(z.string()),
  guardrailMode: GuardrailModeSchema,
  humanReview: HumanReviewModeSchema,
});

export const ClinicCatalogSnapshotSchema = z.object({
  profile: ClinicProfileSchema,
  status: ClinicStatusSchema,
  /** Increases with every change to the catalog (profile and status included): a cache key. */
  revision: z.number().int(),
  branches: z.array(BranchSchema),
  doctors: z.array(DoctorSchema),
  services: z.array(ServiceSchema),
  faq: z.array(FaqEntrySchema),
  /** The saved settings, or the defaults while an owner has not saved any. */
  aiSettings: AiSettingsSchema,
});
export type ClinicCatalogSnapshot = z.infer<typeof ClinicCatalogSnapshotSchema>;

/** What operators see: the catalog and, while suspended, why and since when. */
export const OperatorClinicViewSchema = ClinicCatalogSnapshotSchema.extend({
  suspension: z.object({ reason: z.string(), since: z.string(), by: z.string() }).nullable(),
});
export type OperatorClinicView = z.infer<typeof OperatorClinicViewSchema>;

/**
 * The port other modules read the catalog through. It runs in the caller's
 * tenant scope: the guard refuses a clinic other than the scope's.
 */
export interface ClinicCatalog {
  /** The full verified catalog. NotFound `TENANCY.CLINIC_NOT_FOUND` for an unknown clinic. */
  getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot>;
  /** Only the profile (name, time zone, language, currency, status): one small read. */
  getProfile(clinicId: ClinicId): Promise<ClinicProfile>;
}

// ---------------------------------------------------------------- inputs

export const RegisterClinicInputSchema = z.object({
  clinicId: ClinicIdSchema,
  name: z.string().trim().min(2, 'must have at least 2 characters').max(120, 'must have at most 120 characters'),
  timezone: z.string().min(1),
  defaultLanguage: ClinicLanguageSchema.default('en'),
  currency: z.string().default(DEFAULT_CURRENCY),
});
export type RegisterClinicInput = z.input<typeof RegisterClinicInputSchema>;

export const UpdateProfileInputSchema = z.object({
  name: z.string().optional(),
  timezone: z.string().optional(),
  defaultLanguage: ClinicLanguageSchema.optional(),
  currency: z.string().optional(),
});
export type UpdateProfileInput = z.input<typeof UpdateProfileInputSchema>;

/** Ids of catalog entries as they come back from the API (`brn_...`, `doc_...`). */
export const EntryIdSchema = z.string().min(1).max(80);
const EntryRefSchema = z.object({ id: EntryIdSchema });
export type EntryRef = z.infer<typeof EntryRefSchema>;

const DayInputSchema = z.array(TimeRangeSchema).optional();
/** Days left out are closed; an unknown day name is refused rather than ignored. */
export const OpeningHoursInputSchema = z.strictObject({
  sun: DayInputSchema,
  mon: DayInputSchema,
  tue: DayInputSchema,
  wed: DayInputSchema,
  thu: DayInputSchema,
  fri: DayInputSchema,
  sat: DayInputSchema,
});

export const BranchInputSchema = z.object({
  name: z.string(),
  nameAr: z.string(),
  address: z.string(),
  phone: z.string(),
  openingHours: OpeningHoursInputSchema,
});
export type BranchInput = z.input<typeof BranchInputSchema>;
export const BranchUpdateInputSchema = BranchInputSchema.partial().extend(EntryRefSchema.shape);
export type BranchUpdateInput = z.input<typeof BranchUpdateInputSchema>;

export const DoctorInputSchema = z.object({
  name: z.string(),
  nameAr: z.string(),
  specialty: z.string(),
  branchIds: z.array(EntryIdSchema).max(100),
});
export type DoctorInput = z.input<typeof DoctorInputSchema>;
export const DoctorUpdateInputSchema = DoctorInputSchema.partial().extend(EntryRefSchema.shape);
export type DoctorUpdateInput = z.input<typeof DoctorUpdateInputSchema>;

/** Without defaults, so that an update leaves out what it does not change. */
const ServiceFieldsSchema = z.object({
  name: z.string(),
  nameAr: z.string(),
  durationMinutes: z.number(),
  bufferMinutes: z.number(),
  priceMinor: z.number(),
  /** null: no deposit. */
  depositMinor: z.number().nullable(),
});
export const ServiceInputSchema = ServiceFieldsSchema.extend({
  bufferMinutes: z.number().default(0),
  depositMinor: z.number().nullable().default(null),
});
export type ServiceInput = z.input<typeof ServiceInputSchema>;
export const ServiceUpdateInputSchema = ServiceFieldsSchema.partial().extend(EntryRefSchema.shape);
export type ServiceUpdateInput = z.input<typeof ServiceUpdateInputSchema>;

export const FaqEntryInputSchema = z.object({
  question: z.string(),
  answer: z.string(),
  language: ClinicLanguageSchema,
});
export type FaqEntryInput = z.input<typeof FaqEntryInputSchema>;
export const FaqEntryUpdateInputSchema = FaqEntryInputSchema.partial().extend(EntryRefSchema.shape);
export type FaqEntryUpdateInput = z.input<typeof FaqEntryUpdateInputSchema>;

/** Any subset of the AI settings; what is left out stays as it is. */
export const AiSettingsUpdateInputSchema = z.object({
  personaName: z.string().optional(),
  greetings: z.object({ en: z.string().optional(), ar: z.string().optional() }).optional(),
  escalationRules: z.array(z.string()).max(200).optional(),
  guardrailMode: GuardrailModeSchema.optional(),
  humanReview: HumanReviewModeSchema.optional(),
});
export type AiSettingsUpdateInput = z.input<typeof AiSettingsUpdateInputSchema>;

export const ClinicRefInputSchema = z.object({ clinicId: ClinicIdSchema });
export const SuspendClinicInputSchema = z.object({ clinicId: ClinicIdSchema, reason: z.string() });
export type SuspendClinicInput = z.infer<typeof SuspendClinicInputSchema>;
/** `note` is optional context for the audit trail. */
export const ResumeClinicInputSchema = z.object({ clinicId: ClinicIdSchema, note: z.string().optional() });
export type ResumeClinicInput = z.infer<typeof ResumeClinicInputSchema>;

// ---------------------------------------------------------------- events

export type CatalogEntity = 'profile' | 'status' | 'branch' | 'doctor' | 'service' | 'faq' | 'ai_settings';
export type CatalogChange = 'created' | 'updated' | 'deleted';

/** Events the tenancy module publishes, always after the write succeeded. */
export interface TenancyEvents {
  ClinicRegistered: { clinicId: string; name: string };
  /** Any change to a clinic's catalog (profile and status included); `id` names the entry, null for profile, status and AI settings. */
  CatalogChanged: { clinicId: string; entity: CatalogEntity; change: CatalogChange; id: string | null; revision: number };
  /** The AI must stop answering this clinic's patients. */
  ClinicSuspended: { clinicId: string; reason: string; by: string };
  ClinicResumed: { clinicId: string; by: string };
  [type: string]: unknown;
}

// ------------------------------------------- the schemas describe the domain types exactly

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type AllTrue<T extends readonly true[]> = T;
type SchemasMatchDomain = AllTrue<[
  Equals<z.infer<typeof BranchSchema>, Branch>,
  Equals<z.infer<typeof DoctorSchema>, Doctor>,
  Equals<z.infer<typeof ServiceSchema>, Service>,
  Equals<z.infer<typeof FaqEntrySchema>, FaqEntry>,
  Equals<z.infer<typeof AiSettingsSchema>, AiSettings>,
  Equals<z.infer<typeof OpeningHoursSchema>, OpeningHours>,
]>;

// ---------------------------------------------------------------- cache

/**
 * Word that a clinic's catalog was written, from whichever process wrote it
 * (Redis pub/sub in the server). Caches drop what they hold for that clinic.
 */
export interface CatalogChanges {
  /**
   * `listener(clinicId)` after each catalog write of that clinic;
   * `listener(null)` when word may have been missed (the connection dropped
   * and came back): forget every clinic. Returns the unsubscribe.
   */
  onChange(listener: (clinicId: ClinicId | null) => void): () => void;
  /** True while word is arriving (subscribed and connected); until then, and while it is not, caches keep entries only briefly. */
  readonly live: boolean;
}

export interface CatalogCacheOptions {
  clock: Clock;
  /** The check `ClinicCatalog.getCatalog` makes before reading: the tenant scope must be the clinic's. */
  guard: { assertAccess(clinicId: ClinicId): void };
  /**
   * Catalog writes from any process: with it, an entry is dropped as soon as
   * its clinic's catalog changes and is otherwise kept `ttlMs` (default 15 s, a
   * safety net should word be lost); without it, or while it is not live,
   * entries are kept `shortTtlMs`.
   */
  changes?: CatalogChanges;
  /** With live `changes`. Default 15 s. */
  ttlMs?: number;
  /** Without `changes`, or while they are not live: a catalog edit reaches readers within this time. Default 1 s. */
  shortTtlMs?: number;
  /** Clinics kept; past it the cache starts over. Default 5,000. */
  maxClinics?: number;
}

/**
 * A per-clinic, per-process cache of the catalog snapshot for hot paths
 * (every booking, every AI turn): the snapshot is a multi-key Redis read, and
 * what other modules derive from it (guardrail facts, the offline
 * receptionist's texts) is kept per snapshot object, so a snapshot read again
 * costs far more than the read. The tenant scope check still runs on every
 * call, and concurrent misses for one clinic share one read.
 */
export class CachedClinicCatalog implements ClinicCatalog {
  private readonly snapshots = new Map<ClinicId, { snapshot: Promise<ClinicCatalogSnapshot>; until: number }>();

  constructor(
    private readonly catalog: ClinicCatalog,
    private readonly options: CatalogCacheOptions,
  ) {
    options.changes?.onChange((clinicId) => (clinicId === null ? this.snapshots.clear() : this.snapshots.delete(clinicId)));
  }

  getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> {
    this.options.guard.assertAccess(clinicId);
    const now = this.options.clock.now().getTime();
    const hit = this.snapshots.get(clinicId);
    if (hit && hit.until > now) return hit.snapshot;
    // Read before the read starts: a change announced while it runs then drops the entry it makes.
    const ttl = this.options.changes?.live ? (this.options.ttlMs ?? 15_000) : (this.options.shortTtlMs ?? 1_000);
    const snapshot = this.catalog.getCatalog(clinicId);
    if (this.snapshots.size >= (this.options.maxClinics ?? 5_000)) this.snapshots.clear();
    const entry = { snapshot, until: now + ttl };
    this.snapshots.set(clinicId, entry);
    // A failed read (unknown clinic, Redis down) is not kept.
    snapshot.catch(() => {
      if (this.snapshots.get(clinicId) === entry) this.snapshots.delete(clinicId);
    });
    return snapshot;
  }

  getProfile(clinicId: ClinicId): Promise<ClinicProfile> {
    return this.catalog.getProfile(clinicId);
  }
}
