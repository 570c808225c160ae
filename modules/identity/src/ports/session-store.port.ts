import type { ClinicId } from '@frontdesk/shared-kernel';

export type SessionOwner = { kind: 'staff'; clinicId: ClinicId; userId: string } | { kind: 'operator'; userId: string };

export interface SessionRecord {
  /** SHA-256 of the token: what is stored and shown; the token itself lives only in the cookie. */
  id: string;
  owner: SessionOwner;
  createdAt: Date;
  lastSeenAt: Date;
  absoluteMinutes: number;
  idleMinutes: number;
  ip: string;
  userAgent: string;
}

export interface SessionStore {
  save(session: SessionRecord, ttlSeconds: number): Promise<void>;
  get(owner: Pick<SessionOwner, 'kind'> & { clinicId?: ClinicId }, id: string): Promise<SessionRecord | undefined>;
  touch(session: SessionRecord, lastSeenAt: Date, ttlSeconds: number): Promise<void>;
  delete(session: Pick<SessionRecord, 'id' | 'owner'>): Promise<void>;
  listFor(owner: SessionOwner): Promise<SessionRecord[]>;
  /** Ends every session of the owner except `keepId`; returns how many ended. */
  deleteAllFor(owner: SessionOwner, keepId?: string): Promise<number>;
}
