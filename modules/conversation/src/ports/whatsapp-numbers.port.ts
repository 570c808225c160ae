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
  /** Webhook routing (no tenant scope yet): the clinic that claimed the number, or null. */
  clinicFor(phoneNumberId: string): Promise<ClinicId | null>;
  /** Inside the clinic's scope: is this the number the clinic's own record names? A claim without it routes nowhere. */
  confirms(clinicId: ClinicId, phoneNumberId: string): Promise<boolean>;
  numberOf(clinicId: ClinicId): Promise<WhatsAppNumber | null>;
  /**
   * Claims the number for the clinic and releases the clinic's previous number
   * (if it still holds it). Conflict `CONVERSATION.WHATSAPP_NUMBER_TAKEN` when
   * another clinic holds the number.
   */
  assign(clinicId: ClinicId, number: WhatsAppNumber): Promise<void>;
}
