import { InvalidInput, NotFound, type Actor, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import { CachedClinicCatalog, type CatalogCacheOptions, type ClinicCatalog, type ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { whyNotBookable } from '../domain/slot-search';
import type { SchedulingSettings } from '../domain/scheduling-settings';
import type { SchedulingConfigReader } from './scheduling-config';

export interface BookingRequestFacts {
  doctorId: string;
  branchId?: string | undefined;
  serviceId: string;
  start: Date;
  actor: Actor;
  now: Date;
}

/** What the clinic's rules say about one requested booking. */
export interface BookingAdmission {
  durationMinutes: number;
  bufferMinutes: number;
  branchId: string;
  /** The service needs a receptionist to accept the request: it becomes a hold until then. */
  approvalRequired: boolean;
  settings: SchedulingSettings;
}

/** Decides whether a requested time may be booked at all (the store then decides whether it is free). */
export interface BookingPolicy {
  admit(clinicId: ClinicId, request: BookingRequestFacts): Promise<BookingAdmission>;
}

const REASONS = {
  past: 'That time has already passed',
  notice: 'That time is too soon to book',
  horizon: 'That date is too far ahead to book',
  closed: 'The doctor does not work at that time',
} as const;

/** The clinic's catalog and scheduling setup: doctor, branch, service, working hours, notice and horizon. */
export class ConfiguredBookingPolicy implements BookingPolicy {
  private readonly catalogs: ClinicCatalog;

  /** Without `cache`, every admission reads the catalog through the port. */
  constructor(
    catalog: ClinicCatalog,
    private readonly config: SchedulingConfigReader,
    cache?: CatalogCacheOptions,
  ) {
    this.catalogs = cache ? new CachedClinicCatalog(catalog, cache) : catalog;
  }

  private catalogOf(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> {
    return this.catalogs.getCatalog(clinicId);
  }

  async admit(clinicId: ClinicId, request: BookingRequestFacts): Promise<BookingAdmission> {
    const [catalog, config] = await Promise.all([this.catalogOf(clinicId), this.config.get(clinicId)]);
    const service = catalog.services.find((s) => s.id === request.serviceId);
    if (!service) throw new NotFound('SCHEDULING.UNKNOWN_SERVICE', `No service ${request.serviceId} in this clinic`);
    const doctor = catalog.doctors.find((d) => d.id === request.doctorId);
    const availability = config.doctors[request.doctorId];
    if (!doctor || !availability) throw new NotFound('SCHEDULING.UNKNOWN_DOCTOR', `No bookable doctor ${request.doctorId} in this clinic`);
    const branchId = request.branchId ?? (doctor.branchIds.length === 1 ? doctor.branchIds[0] : undefined);
    if (!branchId) throw new InvalidInput('SCHEDULING.BRANCH_REQUIRED', `${doctor.name} works at several branches: choose one`, { field: 'branchId' });
    if (!doctor.branchIds.includes(branchId)) {
      throw new InvalidInput('SCHEDULING.UNKNOWN_BRANCH', `${doctor.name} does not work at that branch`, { field: 'branchId' });
    }
    // Staff may book a walk-in at short notice or far ahead; working hours hold for everyone.
    const staff = request.actor.kind === 'staff';
    const why = whyNotBookable({
      timezone: catalog.profile.timezone,
      doctor: availability,
      branchId,
      holidays: config.holidays,
      start: request.start,
      durationMinutes: service.durationMinutes,
      now: request.now,
      minimumNoticeMinutes: staff ? 0 : config.settings.minimumNoticeMinutes,
      horizonDays: staff ? 366 : config.settings.horizonDays,
    });
    if (why) throw new InvalidInput(`SCHEDULING.NOT_BOOKABLE_${why.toUpperCase()}`, REASONS[why], { field: 'start' });
    return {
      durationMinutes: service.durationMinutes,
      bufferMinutes: service.bufferMinutes,
      branchId,
      // Staff booking on the clinic's behalf is the approval.
      approvalRequired: !staff && config.settings.approvalServiceIds.includes(service.id),
      settings: config.settings,
    };
  }
}
