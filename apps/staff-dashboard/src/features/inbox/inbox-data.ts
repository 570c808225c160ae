import { useQueryClient } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useTRPC, type Api } from '@frontdesk/web-common';
import { clockOf, dateTimeLabel, localDateOf, todayIn } from '../../shared/clinic-time';

/** What the staff conversation procedures send (ISO instants). */
export type ConversationSummary = inferOutput<Api['staff']['conversation']['list']>[number];
export type ConversationDetail = inferOutput<Api['staff']['conversation']['view']>;
export type TranscriptLine = ConversationDetail['lines'][number];
export type Draft = inferOutput<Api['staff']['conversation']['outbox']['list']>[number];
export type ApprovalRates = inferOutput<Api['staff']['conversation']['outbox']['approvalRates']>;
export type RateLimitDrop = inferOutput<Api['staff']['conversation']['rateLimitDrops']>[number];
type EventsSubscription = ReturnType<Api['staff']['conversation']['events']['subscriptionOptions']>;
/** One event of the clinic's live stream (`ready` first, once the server listens). */
export type InboxEvent = Parameters<NonNullable<EventsSubscription['onData']>>[0];

/** The server answers a free-text send outside WhatsApp's 24-hour window with this code. */
export const WINDOW_CLOSED = 'CONVERSATION.WHATSAPP_WINDOW_CLOSED';
export const DRAFT_NOT_FOUND = 'CONVERSATION.DRAFT_NOT_FOUND';

export const CHANNEL_LABEL: Record<ConversationSummary['channel'], string> = {
  whatsapp: 'WhatsApp',
  web: 'Web chat',
  messenger: 'Messenger',
  instagram: 'Instagram',
};

/** Channels where a provider carries each line and reports sent/delivered/read. */
export const PROVIDER_CHANNELS: ReadonlySet<string> = new Set(['whatsapp', 'messenger', 'instagram']);

/** Who the patient is, in one line: the phone when known, else "Web visitor" (web chat before verification). */
export function patientLabel(conversation: Pick<ConversationSummary, 'phone' | 'channel'>): string {
  if (conversation.phone) return conversation.phone;
  return conversation.channel === 'web' ? 'Web visitor' : `${CHANNEL_LABEL[conversation.channel]} contact`;
}

export const AUTHOR_LABEL: Record<TranscriptLine['author'], string> = {
  patient: 'Patient',
  assistant: 'Assistant',
  staff: 'Clinic team',
  system: 'System',
};

const DELIVERY_LABEL: Record<string, string> = { sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Not delivered' };

/** The delivery state of an outbound line on a provider channel: "Queued" until the provider takes it. */
export function deliveryLabel(delivery: string | undefined): string {
  return delivery ? (DELIVERY_LABEL[delivery] ?? delivery) : 'Queued';
}

/** Reply intents as staff read them (the outbox counts approvals per intent). */
const INTENT_LABEL: Record<string, string> = {
  greeting: 'Greeting',
  faq: 'FAQ answer',
  book: 'Booking',
  reschedule: 'Rescheduling',
  cancel: 'Cancellation',
  my_appointments: "Patient's appointments",
  verify: 'Phone verification',
  human: 'Hand-over to a person',
  reminder: 'Reminder',
  other: 'Other',
};

export function intentLabel(intent: string): string {
  return INTENT_LABEL[intent] ?? intent;
}

/** Guardrail finding kinds (the guardrails module's FINDING_KINDS) in words. */
const FINDING_LABEL: Record<string, string> = {
  medical_advice: 'Medical advice',
  phantom_confirmation: 'Confirms something that did not happen',
  unverified_name: 'Name not in the catalog',
  unverified_phone: 'Phone number not verified',
  unverified_date: 'Date or time not verified',
  unverified_amount: 'Price or amount not verified',
};

export function findingLabel(kind: string): string {
  return FINDING_LABEL[kind] ?? kind.replace(/_/g, ' ');
}

/** "14:05" today, "Wed 25 Nov, 14:05" on other days: the clinic's clock, never the browser's. */
export function whenLabel(instant: string, timezone: string): string {
  return localDateOf(instant, timezone) === todayIn(timezone) ? clockOf(instant, timezone) : dateTimeLabel(instant, timezone);
}

/** Every conversation query (feed, transcripts, outbox, approval rates) is read again. */
export function useRefreshInbox(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.pathKey() });
}
