import type { BookingKind } from './verified-facts';
import type { FindingKind } from './verified-turn';

/** What the patient receives instead of a blocked reply, in their language. */

export type ReplyLanguage = 'en' | 'ar';

export function escalationMessage(language: ReplyLanguage): string {
  return language === 'ar'
    ? 'معلش، مقدرش أدي نصايح طبية هنا. بلّغت الفريق الطبي في العيادة برسالتك، وحد منهم هيتواصل معاك في أقرب وقت. لو الحالة طارئة، من فضلك كلّم الإسعاف أو روح أقرب طوارئ.'
    : "I'm sorry, I can't give medical advice here. I've passed your message to our clinical team, and someone from the clinic will get back to you soon. If this is an emergency, please call your local emergency number or go to the nearest emergency department.";
}

const ACTION_WORDS: Record<ReplyLanguage, Record<BookingKind | 'any', string>> = {
  en: { book: 'book this appointment', reschedule: 'move your appointment', cancel: 'cancel your appointment', any: 'make this change' },
  ar: { book: 'أحجز الميعاد ده', reschedule: 'أغيّر ميعادك', cancel: 'ألغي ميعادك', any: 'أعمل التغيير ده' },
};

export function explicitConfirmationRequest(language: ReplyLanguage, action: BookingKind | 'any'): string {
  const words = ACTION_WORDS[language][action];
  return language === 'ar'
    ? `قبل ما أأكد أي حاجة: تحب فعلاً إني ${words}؟ من فضلك رد بـ"أيوه" عشان أكمّل.`
    : `Before I confirm anything: would you like me to go ahead and ${words}? Please reply "yes" and I'll take care of it.`;
}

const FACT_WORDS: Record<ReplyLanguage, Partial<Record<FindingKind, string>>> = {
  en: {
    unverified_name: 'which doctor or branch',
    unverified_phone: 'which phone number',
    unverified_date: 'which day and time',
    unverified_amount: 'which service',
  },
  ar: {
    unverified_name: 'الدكتور أو الفرع',
    unverified_phone: 'رقم التليفون',
    unverified_date: 'اليوم والساعة',
    unverified_amount: 'الخدمة',
  },
};

export function clarifyingQuestion(language: ReplyLanguage, kinds: readonly FindingKind[]): string {
  const parts = kinds.map((kind) => FACT_WORDS[language][kind]).filter((part): part is string => part !== undefined);
  if (language === 'ar') {
    return `عايز أتأكد إني بديك معلومات مظبوطة. ممكن تقولّي ${parts.join(' و')} اللي تقصده عشان أراجعه لك؟`;
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `I want to make sure I give you the right details. Could you tell me ${list} you mean, so I can check it for you?`;
}
