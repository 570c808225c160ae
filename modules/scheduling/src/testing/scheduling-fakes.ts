/**
 * For this module's tests and scripts: stand-ins for the ports owned by other
 * modules (never for Redis, which is always real).
 */
import { NotFound, type ClinicId } from '@frontdesk/shared-kernel';
import type { ClinicCatalog, ClinicCatalogSnapshot, ClinicProfile } from '@frontdesk/tenancy';
import { DEFAULT_SCHEDULING_SETTINGS } from '../domain/scheduling-settings';
import type { BookingPolicy } from '../application/booking-policy';

/** A policy that admits every request with fixed durations: for tests of the store and the scripts alone. */
export function fixedPolicy(services: Record<string, { durationMinutes: number; bufferMinutes: number }>): BookingPolicy {
  return {
    admit: async (_clinic, request) => {
      const service = services[request.serviceId];
      if (!service) throw new NotFound('SCHEDULING.UNKNOWN_SERVICE', `No service ${request.serviceId}`);
      return { ...service, branchId: request.branchId ?? 'br_main', approvalRequired: false, settings: DEFAULT_SCHEDULING_SETTINGS };
    },
  };
}

/** The tenancy catalog port over snapshots held in memory; `set` replaces a clinic's snapshot. */
export class InMemoryClinicCatalog implements ClinicCatalog {
  private readonly snapshots = new Map<ClinicId, ClinicCatalogSnapshot>();

  set(clinicId: ClinicId, snapshot: ClinicCatalogSnapshot): void {
    this.snapshots.set(clinicId, snapshot);
  }

  async getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> {
    const snapshot = this.snapshots.get(clinicId);
    if (!snapshot) throw new NotFound('TENANCY.CLINIC_NOT_FOUND', 'No such clinic');
    return snapshot;
  }

  async getProfile(clinicId: ClinicId): Promise<ClinicProfile> {
    return (await this.getCatalog(clinicId)).profile;
  }
}

const DAY = [{ from: '09:00', to: '17:00' }];
const OPEN = { sun: DAY, mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: [], sat: DAY };

/** A small dental clinic in Cairo: two doctors, two branches, three services (one needs approval in tests that say so). */
export function cairoClinic(clinicId: ClinicId): ClinicCatalogSnapshot {
  return {
    profile: { id: clinicId, name: 'Nile Dental', timezone: 'Africa/Cairo', defaultLanguage: 'ar', currency: 'EGP', status: 'active' },
    status: 'active',
    revision: 1,
    branches: [
      { id: 'br_main', name: 'Zamalek', nameAr: 'الزمالك', phone: '+20227350000', address: '1 Street', openingHours: OPEN },
      { id: 'br_east', name: 'Heliopolis', nameAr: 'مصر الجديدة', phone: '+20224150000', address: '2 Street', openingHours: OPEN },
    ],
    doctors: [
      { id: 'doc_a', name: 'Dr. Amal Hassan', nameAr: 'د. أمل حسن', specialty: 'Dentist', branchIds: ['br_main'] },
      { id: 'doc_b', name: 'Dr. Karim Nabil', nameAr: 'د. كريم نبيل', specialty: 'Orthodontist', branchIds: ['br_main', 'br_east'] },
    ],
    services: [
      { id: 'svc_checkup', name: 'Check-up', nameAr: 'كشف', durationMinutes: 30, bufferMinutes: 0, priceMinor: 30000, depositMinor: null },
      { id: 'svc_clean', name: 'Cleaning', nameAr: 'تنظيف', durationMinutes: 45, bufferMinutes: 15, priceMinor: 60000, depositMinor: 10000 },
      { id: 'svc_implant', name: 'Implant consult', nameAr: 'استشارة زراعة', durationMinutes: 60, bufferMinutes: 0, priceMinor: 90000, depositMinor: null },
    ],
    faq: [],
    aiSettings: { personaName: 'Nour', greetings: { en: 'Hello', ar: 'أهلاً' }, escalationRules: [], guardrailMode: 'enforce', humanReview: 'flagged' },
  };
}
