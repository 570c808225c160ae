import { DomainError } from '@frontdesk/shared-kernel';
import type { CalendarFeeds } from '../application/calendar-feeds';

/** The route to mount (GET; HEAD comes with it in Fastify). */
export const CALENDAR_FEED_ROUTE = '/ics/:clinicId/:file';

/** What the HTTP route needs of the use case. */
export type CalendarFeedRenderer = Pick<CalendarFeeds, 'render'>;

export interface CalendarFeedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Never leak the secret URL: no Referer from anything a calendar app opens,
 * no indexing, no MIME sniffing.
 */
const PRIVATE_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow, noarchive',
  'X-Content-Type-Options': 'nosniff',
} as const;

const NOT_FOUND: CalendarFeedResponse = {
  status: 404,
  headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  body: 'Not found\n',
};

const FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * GET /ics/<clinicId>/<secret>.ics, framework-free: the host maps the result
 * onto its reply. 200 with the feed, or the same plain 404 for every wrong
 * URL (malformed, unknown, rotated, revoked, another clinic's secret, doctor
 * removed). Other failures (Redis down) are thrown for the host to log as 5xx.
 * Hosts must not log the path of this route: it holds the secret.
 */
export async function serveCalendarFeed(
  feeds: CalendarFeedRenderer,
  params: { clinicId: string; file: string; requestId?: string },
): Promise<CalendarFeedResponse> {
  const match = typeof params.file === 'string' ? FILE.exec(params.file) : null;
  if (!match || typeof params.clinicId !== 'string') return copy(NOT_FOUND);
  try {
    const body = await feeds.render(params.clinicId, match[1]!, params.requestId);
    return {
      status: 200,
      headers: {
        ...PRIVATE_HEADERS,
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="calendar.ics"',
        'Cache-Control': 'private, max-age=300',
      },
      body,
    };
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not_found') return copy(NOT_FOUND);
    throw error;
  }
}

function copy(response: CalendarFeedResponse): CalendarFeedResponse {
  return { ...response, headers: { ...response.headers } };
}
