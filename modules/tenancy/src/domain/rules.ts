import { InvalidInput } from '@frontdesk/shared-kernel';

/**
 * Small building blocks of the catalog rules. Every failure is an InvalidInput
 * with a stable code and a sentence a clinic owner can act on; `details.field`
 * names the offending field for a form.
 */
export function invalid(code: string, message: string, field: string): InvalidInput {
  return new InvalidInput(code, message, { field });
}

export interface TextRule {
  code: string;
  field: string;
  /** How the owner knows the field, e.g. "The branch name". */
  label: string;
  min: number;
  max: number;
}

/** Length in characters as people count them (code points), not UTF-16 units. */
export function charCount(value: string): number {
  return [...value].length;
}

/** Trims and checks the length of a free-text field. */
export function text(value: string, rule: TextRule): string {
  const trimmed = value.trim();
  const length = charCount(trimmed);
  if (length === 0 && rule.min > 0) throw invalid(rule.code, `${rule.label} is missing`, rule.field);
  if (length < rule.min) {
    throw invalid(rule.code, `${rule.label} is too short: it needs at least ${rule.min} characters`, rule.field);
  }
  if (length > rule.max) {
    throw invalid(rule.code, `${rule.label} is too long: ${length} characters, at most ${rule.max}`, rule.field);
  }
  return trimmed;
}

/** Case- and space-insensitive form used to spot duplicates ("Dental  Cleaning" = "dental cleaning"). */
export function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return fold(a) === fold(b);
}

export function isWholeNumber(value: number): boolean {
  return Number.isSafeInteger(value);
}
