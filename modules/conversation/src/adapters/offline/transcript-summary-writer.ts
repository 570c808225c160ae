import { summarizeConversation } from '../../domain/summary';
import type { SummaryRequest, SummaryWriter, WrittenSummary } from '../../ports/summary-writer.port';

/** The summary from the transcript alone: counts, topics and the patient's last words. */
export class TranscriptSummaryWriter implements SummaryWriter {
  readonly name = 'transcript';

  async write(request: SummaryRequest): Promise<WrittenSummary> {
    return { text: summarizeConversation(request.lines) };
  }
}
