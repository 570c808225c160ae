/** How long sessions live (OWASP ASVS level 2: absolute and idle limits). */
export const SESSION_LIMITS = {
  staff: { absoluteMinutes: 10 * 60, defaultIdleMinutes: 30 },
  operator: { absoluteMinutes: 12 * 60, idleMinutes: 30 },
} as const;

export const CLINIC_IDLE_BOUNDS = { min: 5, max: 8 * 60 } as const;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  absoluteMinutes: number;
  idleMinutes: number;
}

export function sessionExpired(session: SessionTimes, now: Date): boolean {
  const absoluteEnd = session.createdAt.getTime() + session.absoluteMinutes * 60_000;
  const idleEnd = session.lastSeenAt.getTime() + session.idleMinutes * 60_000;
  return now.getTime() >= Math.min(absoluteEnd, idleEnd);
}

/** Seconds until the session would expire if unused from now: the Redis TTL. */
export function secondsLeft(session: SessionTimes, now: Date): number {
  const absoluteEnd = session.createdAt.getTime() + session.absoluteMinutes * 60_000;
  const idleEnd = now.getTime() + session.idleMinutes * 60_000;
  return Math.max(1, Math.ceil((Math.min(absoluteEnd, idleEnd) - now.getTime()) / 1000));
}
