import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferInput, inferOutput } from '@trpc/tanstack-react-query';
import { describeError, useTRPC, type Api, type StaffUser } from '@frontdesk/web-common';
import type { Catalog } from './catalog';

/** An appointment as the scheduling API sends it (ISO instants). */
export type Appointment = inferOutput<Api['staff']['scheduling']['calendar']>['appointments'][number];
export type AppointmentState = Appointment['state'];
export type Slot = inferOutput<Api['staff']['scheduling']['slots']>[number];
export type SchedulingConfig = inferOutput<Api['staff']['scheduling']['config']>;
export type PatientSummary = inferOutput<Api['staff']['scheduling']['patients']['search']>['results'][number];
export type PatientView = inferOutput<Api['staff']['scheduling']['patients']['get']>;
export type Language = NonNullable<inferInput<Api['staff']['scheduling']['patients']['upsert']>['language']>;

/** Domain codes the screens answer in their own words. */
export const SLOT_TAKEN = 'SCHEDULING.SLOT_TAKEN';
export const CUTOFF_OVERRIDE_REQUIRED = 'SCHEDULING.CUTOFF_OVERRIDE_REQUIRED';

export const domainCodeOf = (error: unknown): string | undefined => (error ? describeError(error).domainCode : undefined);

export function can(user: StaffUser, permission: string): boolean {
  return user.permissions.includes(permission);
}

/** The clinic's catalog: names (with Arabic), the time zone, doctors, branches and services. */
export function useCatalog() {
  const trpc = useTRPC();
  return useQuery(trpc.staff.tenancy.catalog.queryOptions());
}

/** After any booking change: every scheduling query (calendars, history, slots, patients) is read again. */
export function useRefreshSchedule(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.staff.scheduling.pathKey() });
}

/** Names of a catalog entry: the English name and, when the catalog has one, the Arabic name. */
export interface Named {
  name: string;
  nameAr: string;
}

const UNKNOWN = (id: string | null): Named => ({ name: id ? `Removed (${id})` : 'Any', nameAr: '' });

export function doctorOf(catalog: Catalog, id: string): Named {
  return catalog.doctors.find((d) => d.id === id) ?? UNKNOWN(id);
}
export function serviceOf(catalog: Catalog, id: string): Named {
  return catalog.services.find((s) => s.id === id) ?? UNKNOWN(id);
}
export function branchOf(catalog: Catalog, id: string | null): Named {
  return (id ? catalog.branches.find((b) => b.id === id) : undefined) ?? UNKNOWN(id);
}

/** "Check-up — كشف" for a select option, where one line of text is all there is. */
export function optionLabel(entry: Named): string {
  return entry.nameAr ? `${entry.name} — ${entry.nameAr}` : entry.name;
}

interface StateLook {
  label: string;
  badge: string;
}

/** The badge of an appointment: held requests read as "Pending approval", lapsed holds as such. */
export function stateLook(a: Pick<Appointment, 'state' | 'holdPurpose' | 'changeReason'>): StateLook {
  switch (a.state) {
    case 'held':
      return a.holdPurpose === 'approval' ? { label: 'Pending approval', badge: 'fd-badge-warn' } : { label: 'Held', badge: 'fd-badge-warn' };
    case 'booked':
      return { label: 'Booked', badge: 'fd-badge-brand' };
    case 'confirmed':
      return { label: 'Confirmed', badge: '' };
    case 'completed':
      return { label: 'Completed', badge: 'fd-badge-neutral' };
    case 'no_show':
      return { label: 'No-show', badge: 'fd-badge-danger' };
    case 'cancelled':
      if (a.changeReason === 'hold_expired') return { label: 'Hold lapsed', badge: 'fd-badge-neutral' };
      if (a.changeReason === 'decline') return { label: 'Declined', badge: 'fd-badge-neutral' };
      return { label: 'Cancelled', badge: 'fd-badge-neutral' };
  }
}

/** Appointments in time order, then by doctor (a stable order for lists). */
export function byStart(a: Appointment, b: Appointment): number {
  return a.start.localeCompare(b.start) || a.doctorId.localeCompare(b.doctorId) || a.id.localeCompare(b.id);
}

/**
 * The patients behind a list of appointments (patientRef is the E.164 phone),
 * looked up by phone search: the profile summary only, never clinical data.
 */
export function usePatientDirectory(patientRefs: readonly string[]): Map<string, PatientSummary> {
  const trpc = useTRPC();
  const refs = [...new Set(patientRefs)].filter((ref) => /^\+\d{6,}$/.test(ref));
  const results = useQueries({
    queries: refs.map((ref) => ({ ...trpc.staff.scheduling.patients.search.queryOptions({ query: ref, limit: 5 }), staleTime: 60_000 })),
  });
  const directory = new Map<string, PatientSummary>();
  results.forEach((result, index) => {
    const match = result.data?.results.find((p) => p.phone === refs[index]);
    if (match) directory.set(match.phone, match);
  });
  return directory;
}

/** A fresh key for each attempt of a change: a retried request is then recognised, a new attempt is not. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
