import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';

export type Branch = Catalog['branches'][number];
export type Doctor = Catalog['doctors'][number];
export type Service = Catalog['services'][number];
export type FaqEntry = Catalog['faq'][number];
export type OpeningHours = Branch['openingHours'];
export type Weekday = keyof OpeningHours;

/** After any catalog change: reload the catalog and the clinic profile shown on Home. */
export function useRefreshCatalog(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.staff.tenancy.catalog.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.tenancy.myClinic.queryKey() }),
    ]);
  };
}

export const LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'ar', label: 'Arabic (العربية)' },
] as const;

export const LANGUAGE_NAME: Record<string, string> = { en: 'English', ar: 'Arabic' };

/** Digits after the decimal point of a currency: 2 for EGP, 3 for KWD, 0 for JPY. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 15000 minor units of EGP -> "EGP 150.00" in the reader's locale. */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, minimumFractionDigits: digits }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

/** What people type ("150", "150.50") -> minor units, or undefined when it is not an amount. */
export function parseMoney(value: string, currency: string): number | undefined {
  const cleaned = value.trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Math.round(Number(cleaned) * 10 ** minorDigits(currency));
}

export function minorToInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}
