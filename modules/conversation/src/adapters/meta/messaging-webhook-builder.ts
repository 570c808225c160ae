/**
 * Messenger / Instagram webhook bodies as Meta POSTs them (VENDORS.md 1.9):
 * integer millisecond timestamps and non-ASCII escaped as lowercase \uXXXX
 * (surrogate pairs for emoji). For the development simulator and tests; the
 * signature is computed over exactly these bytes (see webhook-verification.ts).
 */
export type MessagingWebhookEvent =
  | { kind: 'text'; from: string; mid: string; text: string; at: Date }
  /** Our own send coming back (`message.is_echo`), sender = the account. */
  | { kind: 'echo'; to: string; mid: string; text: string; at: Date }
  | { kind: 'delivery'; from: string; mids: string[]; at: Date }
  | { kind: 'read'; from: string; at: Date };

export function messagingWebhook(input: { channel: 'messenger' | 'instagram'; accountId: string; events: MessagingWebhookEvent[] }): string {
  const { accountId } = input;
  const messaging = input.events.map((event) => {
    const timestamp = event.at.getTime();
    switch (event.kind) {
      case 'text':
        return { sender: { id: event.from }, recipient: { id: accountId }, timestamp, message: { mid: event.mid, text: event.text } };
      case 'echo':
        return { sender: { id: accountId }, recipient: { id: event.to }, timestamp, message: { mid: event.mid, text: event.text, is_echo: true } };
      case 'delivery':
        return { sender: { id: event.from }, recipient: { id: accountId }, timestamp, delivery: { mids: event.mids, watermark: timestamp } };
      case 'read':
        return { sender: { id: event.from }, recipient: { id: accountId }, timestamp, read: { watermark: timestamp } };
    }
  });
  const body = JSON.stringify({ object: input.channel === 'messenger' ? 'page' : 'instagram', entry: [{ id: accountId, time: Date.now(), messaging }] });
  return body.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
