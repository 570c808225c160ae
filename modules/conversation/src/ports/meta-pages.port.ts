import type { ClinicId } from '@frontdesk/shared-kernel';

/** The Meta channels connected by page: Facebook Messenger and Instagram. */
export type PageChannel = 'messenger' | 'instagram';

export const PAGE_CHANNELS: readonly PageChannel[] = ['messenger', 'instagram'];

/** A connected page or Instagram account as staff see it. Never carries the token. */
export interface PageConnection {
  channel: PageChannel;
  /** Meta's id of the Facebook page or the Instagram professional account (webhooks carry it as `entry[].id`). */
  accountId: string;
  /** What staff call it (the page's name, the @handle). */
  name: string;
  connectedAt: Date;
}

/** What the sender needs: the account to send from and its page access token, decrypted. */
export interface PageCredentials {
  accountId: string;
  accessToken: string;
}

/**
 * Which clinic a Facebook page or Instagram account belongs to, and its page
 * access token. One account per clinic per channel, and one clinic per
 * account: a webhook for clinic A's page can only ever write into A.
 */
export interface MetaPages {
  /** Webhook routing (no tenant scope yet): the clinic that claimed the account, or null. */
  clinicFor(channel: PageChannel, accountId: string): Promise<ClinicId | null>;
  /** Inside the clinic's scope: is this still the clinic's connected account for the channel? */
  confirms(clinicId: ClinicId, channel: PageChannel, accountId: string): Promise<boolean>;
  connections(clinicId: ClinicId): Promise<PageConnection[]>;
  /** For the sender only. Null when nothing is connected or the stored token cannot be opened. */
  credentials(clinicId: ClinicId, channel: PageChannel): Promise<PageCredentials | null>;
  /**
   * Claims the account for the clinic (replacing the clinic's previous account on
   * that channel) and stores the token encrypted. Conflict
   * `CONVERSATION.META_ACCOUNT_TAKEN` when another clinic holds the account.
   */
  connect(clinicId: ClinicId, input: { channel: PageChannel; accountId: string; name: string; accessToken: string }, at: Date): Promise<PageConnection>;
  /** Forgets the account and its token; the account that was connected, or null. */
  disconnect(clinicId: ClinicId, channel: PageChannel): Promise<PageConnection | null>;
}
