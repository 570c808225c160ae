import { describe, expect, it } from 'vitest';
import { advanceStatus, type DeliveryStatus } from './inbound-message';

/** [what the line shows, the status that arrives, what it shows after]. */
const TABLE: [DeliveryStatus | undefined, DeliveryStatus, DeliveryStatus][] = [
  // The first status is taken as it comes, even out of order.
  [undefined, 'sent', 'sent'],
  [undefined, 'delivered', 'delivered'],
  [undefined, 'read', 'read'],
  [undefined, 'failed', 'failed'],
  // Forwards: sent < delivered < read.
  ['sent', 'delivered', 'delivered'],
  ['sent', 'read', 'read'],
  ['delivered', 'read', 'read'],
  // Never backwards (Meta delivers statuses out of order: `read` before `delivered`).
  ['delivered', 'sent', 'delivered'],
  ['read', 'sent', 'read'],
  ['read', 'delivered', 'read'],
  // Repeats change nothing.
  ['sent', 'sent', 'sent'],
  ['delivered', 'delivered', 'delivered'],
  ['read', 'read', 'read'],
  // A failure ends it, from any status; nothing after it moves it.
  ['sent', 'failed', 'failed'],
  ['delivered', 'failed', 'failed'],
  ['read', 'failed', 'failed'],
  ['failed', 'sent', 'failed'],
  ['failed', 'delivered', 'failed'],
  ['failed', 'read', 'failed'],
  ['failed', 'failed', 'failed'],
];

describe('advanceStatus', () => {
  it.each(TABLE)('%s + %s -> %s', (current, next, expected) => {
    expect(advanceStatus(current, next)).toBe(expected);
  });

  it('covers every pair of statuses', () => {
    const statuses: (DeliveryStatus | undefined)[] = [undefined, 'sent', 'delivered', 'read', 'failed'];
    const pairs = new Set(TABLE.map(([current, next]) => `${current}>${next}`));
    expect(pairs.size).toBe(TABLE.length);
    expect(pairs.size).toBe(statuses.length * (statuses.length - 1));
  });

  it('any arrival order of sent, delivered and read ends at read', () => {
    const orders: DeliveryStatus[][] = [
      ['sent', 'delivered', 'read'],
      ['sent', 'read', 'delivered'],
      ['delivered', 'sent', 'read'],
      ['delivered', 'read', 'sent'],
      ['read', 'sent', 'delivered'],
      ['read', 'delivered', 'sent'],
    ];
    expect(orders.map((order) => order.reduce<DeliveryStatus | undefined>((current, next) => advanceStatus(current, next), undefined))).toEqual(orders.map(() => 'read'));
  });
});
