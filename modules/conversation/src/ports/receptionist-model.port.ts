import type { ClinicId } from '@frontdesk/shared-kernel';
import type { SchedulingToolSet } from '@frontdesk/scheduling';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';

import type { PatientLanguage, ReplyIntent } from '../domain/language';

export { REPLY_INTENTS, type PatientLanguage, type ReplyIntent } from '../domain/language';

/** One line of the transcript as the model sees it. */
export interface TranscriptLine {
  /** `patient` wrote it, `assistant` is the AI receptionist, `staff` is a person at the clinic. */
  author: 'patient' | 'assistant' | 'staff';
  text: string;
  /** ISO instant. */
  at: string;
}


/**
 * The tools a model may call: the scheduling agent surface, already bound by the
 * pipeline to this conversation's clinic and verified patient (the model never
 * names a clinic or a patient). Calls that need a verified patient reject with
 * `SCHEDULING.PATIENT_NOT_VERIFIED` until the patient has verified their phone.
 */
export type ReceptionistTools = SchedulingToolSet;

export interface ReceptionistTurn {
  clinicId: ClinicId;
  conversationId: string;
  /** The clinic's verified catalog (services, doctors, branches, prices, FAQ, AI settings). Server-side only. */
  catalog: ClinicCatalogSnapshot;
  /** The turn's time; the clinic's time zone is `catalog.profile.timezone`. */
  now: Date;
  /** The patient's language as far as known (the pipeline reads it from the message script, else the clinic default). */
  language: PatientLanguage;
  /** Earlier lines, oldest first (at most the last 30). */
  history: TranscriptLine[];
  /** The new patient message. */
  message: string;
  /** The verified patient of this conversation, or null: before verification no patient data may be revealed. */
  patient: { phone: string } | null;
  /**
   * The model's own memory of this conversation, as it returned it last turn
   * (`{}` at the start). The pipeline stores it with the conversation; it must be JSON.
   */
  state: Record<string, unknown>;
  tools: ReceptionistTools;
  /** Aborted when the turn's time budget runs out. */
  signal?: AbortSignal;
}

export interface ModelUsage {
  model: string;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

export interface ReceptionistReply {
  /** The draft the guardrails check before the patient sees it. Never empty. */
  text: string;
  language: PatientLanguage;
  intent: ReplyIntent;
  /** The patient asked for a person: the pipeline hands the conversation to staff. */
  handoff: boolean;
  /** The state to pass back next turn (JSON). */
  state: Record<string, unknown>;
  /** Which model wrote it (`offline`, or the Anthropic model id). */
  model: string;
  /** Token usage, for models that have any. */
  usage?: ModelUsage;
}

/** The AI receptionist. Adapters: the offline guided flow, and Anthropic's Messages API. */
export interface ReceptionistModel {
  readonly name: string;
  reply(turn: ReceptionistTurn): Promise<ReceptionistReply>;
}
