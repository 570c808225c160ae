/** Sent once the server is listening: from here on no event is missed, so this is when a client (re)loads history. */
export const READY = { type: 'ready' } as const;

/**
 * Turns a push subscription into an async iterable for a tRPC (SSE)
 * subscription: `READY` first, once subscribed; then events, queued while the
 * client reads; the subscription ends (and unsubscribes) when the client goes away.
 */
export async function* eventStream<E>(subscribe: (push: (event: E) => void) => Promise<() => Promise<void>>, signal: AbortSignal | undefined): AsyncGenerator<E | typeof READY> {
  const queue: E[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = await subscribe((event) => {
    queue.push(event);
    wake?.();
  });
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  try {
    yield READY;
    while (!signal?.aborted) {
      if (queue.length === 0) {
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
        wake = undefined;
        continue;
      }
      yield queue.shift()!;
    }
  } finally {
    await unsubscribe();
  }
}
