import type { ClinicId, Logger } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { CatalogChanges } from '../../index';
import type { CatalogChangeAnnouncer } from '../../ports/catalog-change-announcer.port';

/**
 * The pub/sub channel of catalog writes; the message is the clinic id. A
 * channel, not a key (PUBLISH reaches every node of a cluster), named like
 * the global keys.
 */
export const CATALOG_CHANGES_CHANNEL = 'g:catalog-changes';

type Listener = (clinicId: ClinicId | null) => void;

/**
 * Catalog writes announced to every process over Redis pub/sub. The
 * subscriber connection opens with the first listener. `live` is true only
 * while it is subscribed; when it comes back after a drop, listeners are told
 * to forget everything (announcements sent meanwhile are lost: pub/sub keeps
 * nothing).
 */
export class RedisCatalogChanges implements CatalogChanges, CatalogChangeAnnouncer {
  private subscriber: RedisClient | undefined;
  private readonly listeners = new Set<Listener>();
  private subscribed = false;
  private everSubscribed = false;

  constructor(
    private readonly redis: RedisClient,
    private readonly logger: Logger,
  ) {}

  get live(): boolean {
    return this.subscribed;
  }

  async announce(clinicId: ClinicId): Promise<void> {
    try {
      await this.redis.publish(CATALOG_CHANGES_CHANNEL, clinicId);
    } catch (error) {
      // The write has happened; other processes' caches catch up within their safety-net TTL.
      this.logger.warn({ err: error, clinicId }, 'could not announce a catalog change');
    }
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  }

  private start(): void {
    if (this.subscriber) return;
    const subscriber = (this.redis as { duplicate(): RedisClient }).duplicate();
    this.subscriber = subscriber;
    subscriber.on('error', (error: unknown) => this.logger.warn({ err: error }, 'catalog change subscriber error'));
    subscriber.on('close', () => {
      this.subscribed = false;
    });
    subscriber.on('message', (channel: string, clinicId: string) => {
      if (channel === CATALOG_CHANGES_CHANNEL) this.tell(clinicId as ClinicId);
    });
    // Back after a drop: subscribe (again, harmlessly, if ioredis already has) and, once it holds, forget what was missed.
    subscriber.on('ready', () => {
      if (this.everSubscribed) void this.subscribe(true);
    });
    void this.subscribe(false);
  }

  private async subscribe(again: boolean): Promise<void> {
    try {
      await this.subscriber?.subscribe(CATALOG_CHANGES_CHANNEL);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not subscribe to catalog changes');
      return;
    }
    this.subscribed = true;
    this.everSubscribed = true;
    if (again) this.tell(null);
  }

  private tell(clinicId: ClinicId | null): void {
    for (const listener of this.listeners) listener(clinicId);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscribed = false;
    this.subscriber?.disconnect();
    this.subscriber = undefined;
  }
}
