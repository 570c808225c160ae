import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from './conversation';
import { summarizeConversation } from './summary';

const at = new Date('2026-11-25T10:00:00Z');
const line = (author: TranscriptEntry['author'], text: string, intent?: TranscriptEntry['intent']): TranscriptEntry => ({ id: `${Math.random()}`, author, text, at, ...(intent ? { intent } : {}) });

describe('summarizeConversation', () => {
  it('says how much the patient wrote, the topics of the replies, the team and the last words', () => {
    const summary = summarizeConversation([
      line('patient', 'Hi'),
      line('assistant', 'Hello! 1 book 2 cancel', 'greeting'),
      line('patient', 'book'),
      line('assistant', 'Which service?', 'book'),
      line('patient', 'Do you take insurance?'),
      line('assistant', 'Yes, most insurers.', 'faq'),
      line('staff', 'Hi, this is Mona'),
      line('patient', 'Thanks   a lot\nbye'),
    ]);
    expect(summary).toBe('The patient wrote 4 messages about booking and questions. The clinic team wrote 1 message. Last from the patient: "Thanks a lot bye"');
  });

  it('keeps long last messages short and handles a single message', () => {
    const summary = summarizeConversation([line('patient', 'x'.repeat(300))]);
    expect(summary.startsWith('The patient wrote 1 message. Last from the patient: "')).toBe(true);
    expect(summary.length).toBeLessThan(220);
  });
});
