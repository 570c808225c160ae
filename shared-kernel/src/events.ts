import type { ClinicId } from './ids';
import type { Logger } from './logger';

/** A fact that happened, named in the past tense: `ClinicCreated`. */
export interface DomainEvent<Type extends string = string, Payload = unknown> {
  type: Type;
  clinicId: ClinicId | null;
  occurredAt: Date;
  payload: Payload;
}

/** Map of event type to payload, declared by each module and merged in the server. */
export type EventMap = Record<string, unknown>;

export type EventOf<M extends EventMap, K extends keyof M & string = keyof M & string> = {
  [T in K]: DomainEvent<T, M[T]>;
}[K];

/** What a use case needs to announce its events; the composition root passes the bus. */
export interface EventPublisher<M extends EventMap> {
  publish(event: EventOf<M>): Promise<void>;
}

export type EventHandler<E> = (event: E) => Promise<void> | void;

/**
 * In-process event bus. Subscribers are registered by the composition root.
 * A handler failure is logged and does not undo or fail the write that
 * already happened; work that must survive a crash belongs in a Redis stream.
 */
export class EventBus<M extends EventMap> implements EventPublisher<M> {
  private readonly handlers = new Map<string, EventHandler<never>[]>();

  constructor(private readonly logger: Logger) {}

  subscribe<K extends keyof M & string>(type: K, handler: EventHandler<DomainEvent<K, M[K]>>): () => void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as EventHandler<never>);
    this.handlers.set(type, list);
    return () => {
      const current = this.handlers.get(type) ?? [];
      this.handlers.set(
        type,
        current.filter((h) => h !== handler),
      );
    };
  }

  async publish(event: EventOf<M>): Promise<void> {
    const list = (this.handlers.get(event.type) ?? []) as EventHandler<EventOf<M>>[];
    await Promise.all(
      list.map(async (handler) => {
        try {
          await handler(event);
        } catch (error) {
          this.logger.error({ err: error, eventType: event.type }, 'event handler failed');
        }
      }),
    );
  }

  /**
   * Run the write, then publish the events it produced. If the write throws,
   * nothing is published: subscribers never hear of something that did not happen.
   */
  async afterCommit<R>(write: () => Promise<R>, events: (result: R) => EventOf<M>[]): Promise<R> {
    const result = await write();
    for (const event of events(result)) await this.publish(event);
    return result;
  }
}
