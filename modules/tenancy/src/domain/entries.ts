import {
  assertBranchDeletable,
  buildBranch,
  buildDoctor,
  buildFaqEntry,
  buildService,
  type Branch,
  type BranchDraft,
  type CatalogState,
  type Doctor,
  type DoctorDraft,
  type FaqEntry,
  type FaqEntryDraft,
  type Service,
  type ServiceDraft,
} from './catalog';

/** The four lists of the catalog, each a collection of entries with ids. */
export interface Entries {
  branches: Branch;
  doctors: Doctor;
  services: Service;
  faq: FaqEntry;
}

export interface Drafts {
  branches: BranchDraft;
  doctors: DoctorDraft;
  services: ServiceDraft;
  faq: FaqEntryDraft;
}

export type EntryCollection = keyof Entries;
export type AnyEntry = Entries[EntryCollection];

/**
 * How one kind of catalog entry is made, checked, ordered and deleted. The
 * create / update / delete use cases are written once against this.
 */
export interface EntryKind<K extends EntryCollection> {
  collection: K;
  /** Singular, used in audit actions (`tenancy.branch.create`), targets and events. */
  entity: 'branch' | 'doctor' | 'service' | 'faq';
  idPrefix: string;
  notFoundCode: string;
  /** How an owner calls one, for messages: "No branch with id ...". */
  label: string;
  build(id: string, draft: Drafts[K], catalog: CatalogState): Entries[K];
  toDraft(entry: Entries[K]): Drafts[K];
  assertDeletable(id: string, catalog: CatalogState): void;
  compare(a: Entries[K], b: Entries[K]): number;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en') || 0;
const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

export const BRANCHES: EntryKind<'branches'> = {
  collection: 'branches',
  entity: 'branch',
  idPrefix: 'brn',
  notFoundCode: 'TENANCY.BRANCH_NOT_FOUND',
  label: 'branch',
  build: buildBranch,
  toDraft: withoutId,
  assertDeletable: assertBranchDeletable,
  compare: byName,
};

export const DOCTORS: EntryKind<'doctors'> = {
  collection: 'doctors',
  entity: 'doctor',
  idPrefix: 'doc',
  notFoundCode: 'TENANCY.DOCTOR_NOT_FOUND',
  label: 'doctor',
  build: buildDoctor,
  toDraft: withoutId,
  assertDeletable: () => undefined,
  compare: byName,
};

export const SERVICES: EntryKind<'services'> = {
  collection: 'services',
  entity: 'service',
  idPrefix: 'svc',
  notFoundCode: 'TENANCY.SERVICE_NOT_FOUND',
  label: 'service',
  build: buildService,
  toDraft: withoutId,
  assertDeletable: () => undefined,
  compare: byName,
};

export const FAQ: EntryKind<'faq'> = {
  collection: 'faq',
  entity: 'faq',
  idPrefix: 'faq',
  notFoundCode: 'TENANCY.FAQ_NOT_FOUND',
  label: 'FAQ entry',
  build: buildFaqEntry,
  toDraft: withoutId,
  assertDeletable: () => undefined,
  compare: (a, b) => a.language.localeCompare(b.language) || a.question.localeCompare(b.question, a.language),
};

export const ENTRY_KINDS = { branches: BRANCHES, doctors: DOCTORS, services: SERVICES, faq: FAQ } as const;

/** The entries of one collection, typed by its kind. */
export function entriesOf<K extends EntryCollection>(catalog: CatalogState, collection: K): Entries[K][] {
  return catalog[collection] as Entries[K][];
}
