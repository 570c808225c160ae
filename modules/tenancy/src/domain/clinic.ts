import { InvalidInput, type ClinicId } from '@frontdesk/shared-kernel';

export type ClinicLanguage = 'en' | 'ar';

export interface Clinic {
  id: ClinicId;
  name: string;
  timezone: string;
  defaultLanguage: ClinicLanguage;
  createdAt: Date;
}

export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** The rules a clinic profile must meet, whoever writes it. */
export function validateClinic(clinic: Clinic): Clinic {
  const name = clinic.name.trim();
  if (name.length < 2 || name.length > 120) {
    throw new InvalidInput('TENANCY.INVALID_NAME', 'A clinic name has 2 to 120 characters');
  }
  if (!isValidTimezone(clinic.timezone)) {
    throw new InvalidInput('TENANCY.INVALID_TIMEZONE', `Unknown time zone: ${clinic.timezone}`);
  }
  return { ...clinic, name };
}
