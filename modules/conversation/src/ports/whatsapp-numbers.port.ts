import type { ClinicId } from '@frontdesk/shared-kernel';

export interface WhatsAppNumber {
  /** Meta's id of the business phone number (webhooks carry it as metadata.phone_number_id). */
  phoneNumberId: string;
  /** The number patients write to, E.164 (for wa.me links). */
  displayNumber: string;
}

/**
 * Which clinic a WhatsApp business number belongs to. One number belongs to
 * one clinic: a webhook for clinic A's number can only ever write into A.
 */
export interface WhatsAppNumbers {
  clinicFor(phoneNumberId: string): Promise<ClinicId | null>;
  numberOf(clinicId: ClinicId): Promise<WhatsAppNumber | null>;
  /** Conflict `CONVERSATION.WHATSAPP_NUMBER_TAKEN` when another clinic holds the number. */
  assign(clinicId: ClinicId, number: WhatsAppNumber): Promise<void>;
}
