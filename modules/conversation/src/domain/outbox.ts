import type { ReplyIntent } from './language';

/**
 * A reply held for a person. `review`: the clinic reviews AI replies (all, or
 * flagged ones) and the patient has received nothing yet. `flagged_original`:
 * the guardrails replaced a flagged draft in enforce mode; the patient got the
 * replacement and staff see what the AI wanted to say.
 */
export type DraftReason = 'review' | 'flagged_original';

export interface OutboxDraft {
  id: string;
  conversationId: string;
  text: string;
  reason: DraftReason;
  intent: ReplyIntent;
  /** The guardrail findings that held it: kind and the words flagged. */
  findings: { kind: string; excerpt: string }[];
  createdAt: Date;
}

/** What staff did with a draft; counted per intent to show how often the AI was right unchanged. */
export type DraftDecision = 'approved' | 'edited' | 'rejected';
