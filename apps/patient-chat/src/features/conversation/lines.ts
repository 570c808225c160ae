import type { inferOutput } from '@trpc/tanstack-react-query';
import type { Api } from '@frontdesk/web-common';

/** One transcript line as the chat receives it (ISO time). */
export type Line = inferOutput<Api['public']['conversation']['history']>[number];

export type Intro = inferOutput<Api['public']['conversation']['open']>;

type EventsSubscription = ReturnType<Api['public']['conversation']['events']['subscriptionOptions']>;
/** What `public.conversation.events` sends (`ready` first, once the server listens), as the server types it. */
export type ChatEvent = Parameters<NonNullable<EventsSubscription['onData']>>[0];

/** A Redis stream id, `<ms>-<seq>`, as numbers; null for other ids (notices). */
function streamPosition(id: string): [number, number] | null {
  const match = /^(\d+)-(\d+)$/.exec(id);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function compareLines(a: Line, b: Line): number {
  const byTime = Date.parse(a.at) - Date.parse(b.at);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  const pa = streamPosition(a.id);
  const pb = streamPosition(b.id);
  if (pa && pb) return pa[0] - pb[0] || pa[1] - pb[1];
  return 0;
}

/**
 * The transcript from the stored history and the lines heard live, each line
 * once (by id; the patient's own lines come back as events too), in time
 * order. Notices (rate-limit apologies) exist only as events.
 */
export function mergeLines(history: readonly Line[] | undefined, live: ReadonlyMap<string, Line>): Line[] {
  const byId = new Map<string, Line>();
  for (const line of history ?? []) byId.set(line.id, line);
  for (const line of live.values()) if (!byId.has(line.id)) byId.set(line.id, line);
  // Array.prototype.sort is stable: lines with equal times keep their arrival order.
  return [...byId.values()].sort(compareLines);
}
