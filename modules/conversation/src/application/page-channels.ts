import type { AuditLog, ClinicId, Clock } from '@frontdesk/shared-kernel';
import type { MetaPages, PageChannel, PageConnection } from '../ports/meta-pages.port';
import type { StaffScope } from './staff-inbox';

export interface PageConnectionView {
  channel: PageChannel;
  accountId: string;
  name: string;
  connectedAt: string;
}

/** Per channel, the connected account or null. */
export type PageChannelsView = Record<PageChannel, PageConnectionView | null>;

const view = (c: PageConnection): PageConnectionView => ({ channel: c.channel, accountId: c.accountId, name: c.name, connectedAt: c.connectedAt.toISOString() });

/**
 * Owners connect the clinic's Facebook page (Messenger) and Instagram account.
 * The page access token goes in once and never comes out: not in any answer,
 * log or audit record. Connecting and disconnecting are audited with the
 * account id and name only.
 */
export class PageChannels {
  constructor(private readonly deps: { pages: MetaPages; audit: AuditLog; clock: Clock }) {}

  async get(clinicId: ClinicId): Promise<PageChannelsView> {
    const connections = await this.deps.pages.connections(clinicId);
    const of = (channel: PageChannel) => connections.find((c) => c.channel === channel);
    const messenger = of('messenger');
    const instagram = of('instagram');
    return { messenger: messenger ? view(messenger) : null, instagram: instagram ? view(instagram) : null };
  }

  async connect(clinicId: ClinicId, scope: StaffScope, input: { channel: PageChannel; accountId: string; name: string; pageAccessToken: string }): Promise<PageConnectionView> {
    const before = (await this.deps.pages.connections(clinicId)).find((c) => c.channel === input.channel);
    const connection = await this.deps.pages.connect(clinicId, { channel: input.channel, accountId: input.accountId, name: input.name, accessToken: input.pageAccessToken }, this.deps.clock.now());
    await this.deps.audit.append({
      actor: `staff:${scope.actor.id}`,
      action: 'conversation.channel.connect',
      target: `${input.channel}:${input.accountId}`,
      clinicId,
      at: this.deps.clock.now(),
      outcome: 'success',
      requestId: scope.requestId,
      detail: `${input.channel} account "${input.name}" connected with a new page access token`,
      changes: { before: before ? { accountId: before.accountId, name: before.name } : null, after: { accountId: connection.accountId, name: connection.name } },
    });
    return view(connection);
  }

  /** Idempotent: disconnecting a channel with nothing connected returns null and records nothing. */
  async disconnect(clinicId: ClinicId, scope: StaffScope, channel: PageChannel): Promise<PageConnectionView | null> {
    const removed = await this.deps.pages.disconnect(clinicId, channel);
    if (!removed) return null;
    await this.deps.audit.append({
      actor: `staff:${scope.actor.id}`,
      action: 'conversation.channel.disconnect',
      target: `${channel}:${removed.accountId}`,
      clinicId,
      at: this.deps.clock.now(),
      outcome: 'success',
      requestId: scope.requestId,
      detail: `${channel} account "${removed.name}" disconnected; its page access token was deleted`,
    });
    return view(removed);
  }
}
