import type { ClinicId, Logger, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { ConversationEvent, ConversationFeed } from '../../ports/conversation-feed.port';

/**
 * Pub/sub channel names. They are not keys (PUBLISH reaches every node of a
 * cluster), but they follow the tenant layout so a clinic's events never share
 * a channel with another clinic's.
 */
export function conversationChannel(guard: TenantGuard, clinicId: ClinicId, conversationId: string): string {
  return guard.key(clinicId, 'chat-events', conversationId);
}
export function clinicChannel(guard: TenantGuard, clinicId: ClinicId): string {
  return guard.key(clinicId, 'inbox-events');
}

type Listener = (event: ConversationEvent) => void;

/**
 * One subscriber connection per process, shared by every open chat and inbox
 * stream; a channel is subscribed while at least one listener wants it.
 */
export class RedisConversationFeed implements ConversationFeed {
  private subscriber: RedisClient | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
    private readonly logger: Logger,
  ) {}

  async publish(clinicId: ClinicId, event: ConversationEvent): Promise<void> {
    const payload = JSON.stringify(event);
    await this.redis
      .pipeline()
      .publish(conversationChannel(this.guard, clinicId, event.conversationId), payload)
      .publish(clinicChannel(this.guard, clinicId), payload)
      .exec();
  }

  subscribeConversation(clinicId: ClinicId, conversationId: string, listener: Listener): Promise<() => Promise<void>> {
    return this.subscribe(conversationChannel(this.guard, clinicId, conversationId), listener);
  }

  subscribeClinic(clinicId: ClinicId, listener: Listener): Promise<() => Promise<void>> {
    return this.subscribe(clinicChannel(this.guard, clinicId), listener);
  }

  private connection(): RedisClient {
    if (!this.subscriber) {
      const subscriber = (this.redis as { duplicate(): RedisClient }).duplicate();
      subscriber.on('error', (error: unknown) => this.logger.warn({ err: error }, 'conversation feed subscriber error'));
      subscriber.on('message', (channel: string, payload: string) => {
        const listeners = this.listeners.get(channel);
        if (!listeners) return;
        let event: ConversationEvent;
        try {
          event = JSON.parse(payload) as ConversationEvent;
        } catch {
          return;
        }
        for (const listener of listeners) listener(event);
      });
      this.subscriber = subscriber;
    }
    return this.subscriber;
  }

  private async subscribe(channel: string, listener: Listener): Promise<() => Promise<void>> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.connection().subscribe(channel);
    }
    set.add(listener);
    return async () => {
      const current = this.listeners.get(channel);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) {
        this.listeners.delete(channel);
        await this.subscriber?.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber?.disconnect();
    this.subscriber = undefined;
  }
}
