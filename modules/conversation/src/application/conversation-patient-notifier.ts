import type { ClinicId, Clock, TenantGuard } from '@frontdesk/shared-kernel';
import type { PatientNotifier, ReminderMessage, WaitlistOfferMessage } from '@frontdesk/scheduling';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { insideServiceWindow } from '../domain/conversation';
import { conversationIdFor } from './conversation-ids';
import { ConversationLines } from './conversation-lines';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { OutboundQueue } from '../ports/outbound.port';
import type { PatientLanguage } from '../ports/receptionist-model.port';

/** Approved WhatsApp templates for messages that may go out after the 24-hour window closed. */
export const TEMPLATES = { reminder: 'appointment_reminder', waitlistOffer: 'waitlist_offer' } as const;

function when(iso: string, catalog: ClinicCatalogSnapshot, language: PatientLanguage): string {
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-EG' : 'en-GB', {
    timeZone: catalog.profile.timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

/**
 * Scheduling's outbound port, bound to the patient's WhatsApp conversation:
 * the reminder or offer is a transcript line (so "1"/"2" replies are read as
 * answers to it) and goes out as free text inside the 24-hour window, or as
 * the approved template outside it.
 */
export class ConversationPatientNotifier implements PatientNotifier {
  private readonly lines: ConversationLines;

  constructor(
    private readonly deps: {
      store: ConversationStore;
      outbound: OutboundQueue;
      feed: ConversationFeed;
      catalog: { getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> };
      guard: TenantGuard;
      clock: Clock;
    },
  ) {
    this.lines = new ConversationLines(deps);
  }

  async sendReminder(message: ReminderMessage): Promise<void> {
    await this.send(message.clinicId, message.patientRef, TEMPLATES.reminder, (catalog, language) => {
      const doctor = catalog.doctors.find((d) => d.id === message.doctorId);
      const service = catalog.services.find((s) => s.id === message.serviceId);
      const at = when(message.start, catalog, language);
      const ask = message.state === 'booked';
      const serviceName = (language === 'ar' ? service?.nameAr : service?.name) ?? '';
      const doctorName = (language === 'ar' ? doctor?.nameAr : doctor?.name) ?? '';
      const text =
        language === 'ar'
          ? `تذكير من ${catalog.profile.name}: ميعادك ${serviceName} مع ${doctorName} يوم ${at}.${ask ? '\nابعت 1 للتأكيد أو 2 للإلغاء.' : ''}`
          : `Reminder from ${catalog.profile.name}: your ${serviceName} with ${doctorName} is on ${at}.${ask ? '\nReply 1 to confirm or 2 to cancel.' : ''}`;
      return { text, parameters: [serviceName, doctorName, at] };
    });
  }

  async sendWaitlistOffer(message: WaitlistOfferMessage): Promise<void> {
    await this.send(message.clinicId, message.patientRef, TEMPLATES.waitlistOffer, (catalog, language) => {
      const service = catalog.services.find((s) => s.id === message.serviceId);
      const serviceName = (language === 'ar' ? service?.nameAr : service?.name) ?? '';
      const at = when(message.start, catalog, language);
      const until = when(message.holdUntil, catalog, language);
      const text =
        language === 'ar'
          ? `فيه ميعاد فاضي ${serviceName} يوم ${at}، محجوز لك لحد ${until}. ابعت "عايز الميعاد" عشان تاخده.`
          : `A ${serviceName} slot opened on ${at} and is held for you until ${until}. Reply here to take it.`;
      return { text, parameters: [serviceName, at, until] };
    });
  }

  private async send(
    clinicId: ClinicId,
    phone: string,
    template: string,
    compose: (catalog: ClinicCatalogSnapshot, language: PatientLanguage) => { text: string; parameters: string[] },
  ): Promise<void> {
    const d = this.deps;
    await d.guard.run({ clinicId, actor: { kind: 'system', id: 'patient-notifier' }, requestId: `notify:${template}` }, async () => {
      const catalog = await d.catalog.getCatalog(clinicId);
      const conversationId = conversationIdFor(clinicId, 'whatsapp', phone);
      const existing = await d.store.get(clinicId, conversationId);
      const language: PatientLanguage = existing?.language ?? (catalog.profile.defaultLanguage === 'en' ? 'en' : 'ar');
      const { text, parameters } = compose(catalog, language);
      const open = existing !== null && insideServiceWindow(existing, d.clock.now());
      // Sent as the clinic's own message: it goes out even while a person has the conversation.
      await this.lines.write(
        { id: conversationId, clinicId, channel: 'whatsapp', patientKey: phone },
        { author: 'assistant', text, intent: 'reminder' },
        { sentAs: 'system', body: open ? { kind: 'text', text } : { kind: 'template', name: template, languageCode: language, parameters } },
      );
    });
  }
}
