import type { Catalog } from './catalog';

export type HumanReviewMode = Catalog['aiSettings']['humanReview'];

/**
 * The clinic's human-review setting in words: the AI settings form offers
 * these, and the outbox shows the current one next to the approval rates.
 */
export const REVIEW_MODES: readonly { value: HumanReviewMode; label: string; hint: string }[] = [
  { value: 'all', label: 'Every reply', hint: 'Staff approve each reply before the patient sees it.' },
  { value: 'flagged', label: 'Flagged replies only', hint: 'Staff approve replies the guardrails flag.' },
  { value: 'none', label: 'None', hint: 'Replies go out directly.' },
];

export function reviewModeOf(value: string): { label: string; hint: string } {
  return REVIEW_MODES.find((mode) => mode.value === value) ?? { label: value, hint: '' };
}
