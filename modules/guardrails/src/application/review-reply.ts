import type { ClinicId, Clock } from '@frontdesk/shared-kernel';
import { checkReply, type CheckReplyInput, type GuardrailOutcome } from '../domain/check-reply';
import type { FindingLog } from '../ports/finding-log.port';

/**
 * What the conversation pipeline calls for every draft: the pure check, then
 * every finding recorded and counted for the clinic, whatever the mode.
 */
export class ReviewReply {
  constructor(
    private readonly findings: FindingLog,
    private readonly clock: Clock,
  ) {}

  async execute(clinicId: ClinicId, conversationId: string, input: CheckReplyInput): Promise<GuardrailOutcome> {
    const outcome = checkReply(input);
    const at = this.clock.now();
    await this.findings.record(
      clinicId,
      outcome.findings.map((finding) => ({ ...finding, conversationId, mode: outcome.mode, at })),
    );
    return outcome;
  }
}

/** Owners' view: totals per kind and the latest findings. */
export class GuardrailSummary {
  constructor(private readonly findings: FindingLog) {}

  async execute(clinicId: ClinicId, limit: number) {
    const [counts, recent] = await Promise.all([this.findings.counts(clinicId), this.findings.recent(clinicId, limit)]);
    return { counts, recent: recent.map((f) => ({ ...f, at: f.at.toISOString() })) };
  }
}
