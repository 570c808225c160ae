import type { VerifiedTurn } from './verified-turn';

/** A Cairo dental clinic's verified turn for the unit tests; each test overrides what it is about. */
export function cairoTurn(overrides: Partial<VerifiedTurn> = {}): VerifiedTurn {
  return {
    timezone: 'Africa/Cairo',
    clinic: {
      name: 'Nile Smile Dental',
      phones: ['+20221234567', '+201066778899'],
      hours: [
        { day: 'sat', open: '09:00', close: '17:00' },
        { day: 'sun', open: '09:00', close: '17:00' },
        { day: 'mon', open: '09:00', close: '17:00' },
        { day: 'tue', open: '09:00', close: '17:00' },
        { day: 'wed', open: '09:00', close: '17:00' },
        { day: 'thu', open: '10:00', close: '15:00' },
      ],
      doctors: [
        { name: 'Dr. Mona Adel', nameAr: 'د. منى عادل' },
        { name: 'Dr. Karim Farouk', nameAr: 'د. كريم فاروق' },
      ],
      branches: [
        { name: 'Heliopolis', nameAr: 'مصر الجديدة', phone: '+20221234568' },
        { name: 'Maadi', nameAr: 'المعادي', phone: '+20223581234' },
      ],
      services: [
        { name: 'Consultation', nameAr: 'كشف', price: 350, deposit: 50, currency: 'EGP' },
        { name: 'Scaling', nameAr: 'تنظيف الجير', price: 600, deposit: 100, currency: 'EGP' },
        { name: 'Root canal treatment', nameAr: 'علاج العصب', price: 2500, deposit: 500, currency: 'EGP' },
      ],
    },
    patient: { name: 'Omar Hassan', phone: '+201001234567' },
    lastSlots: [{ start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel' }],
    appointments: [],
    toolCalls: [],
    ...overrides,
  };
}

/** The Cairo turn with some of its clinic's facts replaced ("services", "doctors", "branches", "name"). */
export function cairoTurnWithClinic(clinic: Partial<VerifiedTurn['clinic']>, overrides: Partial<VerifiedTurn> = {}): VerifiedTurn {
  return cairoTurn({ clinic: { ...cairoTurn().clinic, ...clinic }, ...overrides });
}

/** Sunday 22 November 2026, 09:00 in Cairo. */
export const CAIRO_NOW = '2026-11-22T09:00:00+02:00';
