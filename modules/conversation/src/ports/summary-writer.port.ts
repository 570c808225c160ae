import type { ClinicId } from '@frontdesk/shared-kernel';
import type { TranscriptEntry } from '../domain/conversation';
import type { ModelUsage } from './receptionist-model.port';

export interface SummaryRequest {
  clinicId: ClinicId;
  conversationId: string;
  /** Oldest first. */
  lines: readonly TranscriptEntry[];
}

export interface WrittenSummary {
  /** For staff, in English; never empty. */
  text: string;
  /** Present when a model wrote it, for the clinic's usage and cost. */
  usage?: ModelUsage;
}

/**
 * Writes what a quiet conversation was about, for the staff inbox. Adapters:
 * the transcript-only writer (deterministic, no network) and Anthropic.
 */
export interface SummaryWriter {
  readonly name: string;
  write(request: SummaryRequest): Promise<WrittenSummary>;
}
