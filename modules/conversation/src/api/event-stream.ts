/**
 * Turns a push subscription into an async iterable for a tRPC (SSE)
 * subscription: events queue while the client reads, and the subscription
 * ends (and unsubscribes) when the client goes away.
 */
export async function* eventStream<E>(subscribe: (push: (event: E) => void) => Promise<() => Promise<void>>, signal: AbortSignal | undefined): AsyncGenerator<E> {
  const queue: E[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = await subscribe((event) => {
    queue.push(event);
    wake?.();
  });
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  try {
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
