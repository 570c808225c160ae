import type { DeliveryStatus } from '../../domain/inbound-message';

/**
 * The webhook body WhatsApp Cloud API POSTs for one inbound text message (and,
 * when given, status updates of our own messages to the same patient), as
 * Meta sends it: non-ASCII characters escaped as \uXXXX (surrogate pairs for
 * emoji). For the development simulator and tests; the signature is computed
 * over exactly these bytes (see webhook-verification.ts).
 */
export function whatsappTextWebhook(message: {
  /** metadata.phone_number_id of the clinic's number. */
  phoneNumberId: string;
  /** The clinic's number, E.164. */
  displayNumber: string;
  /** The patient's number, E.164. */
  from: string;
  text: string;
  /** The wamid; also the dedupe key. */
  id: string;
  sentAt: Date;
  profileName?: string;
  /** Statuses of messages we sent this patient, in the same change (`recipient_id` is the patient, time `sentAt`). */
  statuses?: readonly { id: string; status: DeliveryStatus }[];
}): string {
  const waId = message.from.replace(/^\+/, '');
  const timestamp = String(Math.floor(message.sentAt.getTime() / 1000));
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: message.displayNumber.replace(/^\+/, ''), phone_number_id: message.phoneNumberId },
              ...(message.profileName ? { contacts: [{ profile: { name: message.profileName }, wa_id: waId }] } : {}),
              messages: [{ from: waId, id: message.id, timestamp, type: 'text', text: { body: message.text } }],
              ...(message.statuses ? { statuses: message.statuses.map(({ id, status }) => ({ id, status, timestamp, recipient_id: waId })) } : {}),
            },
          },
        ],
      },
    ],
  });
  return body.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
