import type { PatientLanguage } from './language';

/** Fixed messages the pipeline itself sends (not the model's). */
export const NOTICES = {
  verified: {
    en: 'Thank you, your number is verified. You can go back to the chat now.',
    ar: 'شكرًا، رقمك اتأكد. تقدر ترجع للشات دلوقتي.',
  },
  verificationFailed: {
    en: 'That code did not match. Please use the code shown in the chat.',
    ar: 'الكود ده مش مطابق. من فضلك استخدم الكود اللي ظاهر في الشات.',
  },
  takenOver: {
    en: 'A member of the clinic team is answering you now.',
    ar: 'حد من فريق العيادة هيرد عليك دلوقتي.',
  },
  handedBack: {
    en: 'You are chatting with the clinic assistant again.',
    ar: 'إنت بتكلم مساعد العيادة تاني.',
  },
  clinicPaused: {
    en: 'Online messaging with this clinic is paused for now. Please call the clinic directly; we are sorry for the inconvenience.',
    ar: 'المراسلة مع العيادة متوقفة دلوقتي. من فضلك كلّم العيادة مباشرةً، وآسفين على الإزعاج.',
  },
  /** The answer to STOP: what stops, what does not, and how to undo it. */
  optedOut: {
    en: 'Done: you will not get news or offers from the clinic any more. Appointment reminders and our replies to your messages continue. To get news again, send START.',
    ar: 'تمام، مش هيوصلك أخبار أو عروض من العيادة تاني. تذكير المواعيد والرد على رسايلك مستمرين. لو عايز الأخبار ترجع ابعت START أو «اشتراك».',
  },
  /** The answer to START. */
  optedIn: {
    en: "Done: you will get the clinic's news and offers again. To stop them, send STOP.",
    ar: 'تمام، هيوصلك أخبار وعروض العيادة تاني. عشان توقفها ابعت STOP أو «توقف».',
  },
  unsupported: {
    en: 'Sorry, I can only read text messages for now.',
    ar: 'معلش، أنا بقرأ الرسايل المكتوبة بس دلوقتي.',
  },
} as const satisfies Record<string, Record<PatientLanguage, string>>;
