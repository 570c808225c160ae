import { minorUnitDigits } from '@frontdesk/tenancy';
import type { PatientLanguage } from '../../ports/receptionist-model.port';
import { monthAndDay, weekdayIndex, type LocalMoment } from './offline-calendar';

/**
 * What the offline receptionist says, in English and Egyptian Arabic. Every
 * fact in a sentence comes from the caller (catalog names, prices, tool
 * results); the templates add none. Worded so that the guardrails read them
 * as what they are: offers and questions before a tool call, confirmations
 * only in the texts used after a successful one (`booked`, `rescheduled`,
 * `cancelled`).
 */

export interface OfflineTexts {
  /** The main menu, one numbered option per line; the numbers are the ones the flow accepts. */
  readonly menu: readonly string[];
  readonly menuIntro: string;
  readonly afterGreeting: string;
  readonly notUnderstood: string;
  readonly didNotUnderstand: string;
  personaLine(name: string): string;
  readonly chooseService: string;
  readonly chooseDoctor: string;
  readonly anyDoctor: string;
  readonly replyNumber: string;
  freeTimes(doctor: string | null): string;
  noSlots(doctor: string | null): string;
  slotLine(index: number, when: LocalMoment, doctor: string | null, branch: string | null): string;
  confirmBook(service: string, price: string, doctor: string, when: LocalMoment): string;
  booked(service: string, doctor: string, when: LocalMoment): string;
  requested(service: string, doctor: string, when: LocalMoment): string;
  readonly slotTaken: string;
  readonly slotGone: string;
  readonly verify: string;
  readonly cutoff: string;
  readonly refused: string;
  readonly handoff: string;
  readonly emergency: string;
  readonly noAppointments: string;
  readonly appointmentsHeader: string;
  appointmentLine(index: number, service: string, doctor: string, when: LocalMoment): string;
  readonly pickToReschedule: string;
  readonly pickToCancel: string;
  rescheduleTimes(service: string, doctor: string): string;
  confirmReschedule(service: string, doctor: string, when: LocalMoment): string;
  rescheduled(service: string, doctor: string, when: LocalMoment): string;
  confirmCancel(service: string, doctor: string, when: LocalMoment): string;
  cancelled(service: string, doctor: string, when: LocalMoment): string;
  readonly kept: string;
  readonly symptom: string;
  readonly assessAtVisit: string;
  readonly questionsIntro: string;
  readonly pricesOption: string;
  readonly hoursOption: string;
  readonly pricesHeader: string;
  priceLine(service: string, price: string): string;
  readonly hoursHeader: string;
  branchHeading(branch: string): string;
  /** Days (weekday indexes, 0 = Sunday) open with the same ranges ("HH:MM" pairs). */
  hoursLine(days: readonly number[], ranges: readonly { from: string; to: string }[]): string;
  closedLine(days: readonly number[]): string;
  readonly noHours: string;
  readonly personOrMenu: string;
  readonly bookOrMenu: string;
  priceWithDeposit(price: string, deposit: string): string;
  /** Stand-ins when an appointment's service or doctor is no longer in the catalog. */
  readonly someService: string;
  readonly someDoctor: string;
  readonly anythingElse: string;
  readonly thanks: string;
  money(amount: string, currency: string): string;
}

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

function hhmm(value: string): { hour: number; minute: number } {
  const [hour, minute] = value.split(':');
  return { hour: Number(hour), minute: Number(minute ?? 0) };
}

const pad = (value: number) => String(value).padStart(2, '0');

// ---------------------------------------------------------------- English

function enTime(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${pad(minute)} ${hour < 12 ? 'am' : 'pm'}`;
}

function enDate(date: string): string {
  const { month, day } = monthAndDay(date);
  return `${EN_WEEKDAYS[weekdayIndex(date)]} ${day} ${EN_MONTHS[month - 1]}`;
}

/** "Tuesday 24 Nov at 10:00 am" */
function enWhen(when: LocalMoment): string {
  return `${enDate(when.date)} at ${enTime(when.hour, when.minute)}`;
}

function enDays(days: readonly number[]): string {
  const names = days.map((d) => EN_WEEKDAYS[d]!);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const ENGLISH: OfflineTexts = {
  menu: [
    '1. Book an appointment',
    '2. Reschedule an appointment',
    '3. Cancel an appointment',
    '4. My appointments',
    '5. Ask a question (prices, opening hours)',
    '6. Talk to a person',
  ],
  menuIntro: 'How can I help? Reply with a number:',
  afterGreeting: 'Reply with a number:',
  notUnderstood: "Sorry, I didn't understand that. Reply with a number:",
  didNotUnderstand: "Sorry, I didn't understand that.",
  personaLine: (name) => `I'm ${name}, the clinic's assistant.`,
  chooseService: 'Which service would you like?',
  chooseDoctor: 'Which doctor would you prefer?',
  anyDoctor: 'Any doctor (earliest time)',
  replyNumber: 'Reply with a number, or 0 for the menu.',
  freeTimes: (doctor) => (doctor ? `Free times with ${doctor}:` : 'Next free times:'),
  noSlots: (doctor) =>
    doctor ? `Sorry, there are no free times with ${doctor} in the next 7 days.` : 'Sorry, there are no free times in the next 7 days.',
  slotLine: (index, when, doctor, branch) =>
    `${index}. ${enDate(when.date)}, ${enTime(when.hour, when.minute)}${doctor ? ` - ${doctor}` : ''}${branch ? `, ${branch}` : ''}`,
  confirmBook: (service, price, doctor, when) =>
    `Please check: ${service} (${price}) with ${doctor} on ${enWhen(when)}.\nReply yes to book it, or no to pick another time.`,
  booked: (service, doctor, when) => `Booked ✅ ${service} with ${doctor} on ${enWhen(when)}.`,
  requested: (service, doctor, when) =>
    `Request sent ✅ The clinic will review ${service} with ${doctor} on ${enWhen(when)} and reply here.`,
  slotTaken: 'Sorry, that time was just taken by someone else.',
  slotGone: 'Sorry, that time is no longer free.',
  verify:
    'For your privacy, I need to verify your phone number first. Please complete the verification, then send me any message here and we will continue where we left off.',
  cutoff: 'Sorry, this appointment is too close to change or cancel here. Reply 6 to talk to a person, or 0 for the menu.',
  refused: "Sorry, I can't do that here. Reply 6 to talk to a person, or 0 for the menu.",
  handoff: 'Sure. A person from the clinic will reply here as soon as possible.',
  emergency: 'If this is an emergency, please call your local emergency number or go to the nearest emergency department.',
  noAppointments: 'You have no upcoming appointments. Reply 1 to book one, or 0 for the menu.',
  appointmentsHeader: 'Your upcoming appointments:',
  appointmentLine: (index, service, doctor, when) => `${index}. ${service} with ${doctor}, ${enDate(when.date)}, ${enTime(when.hour, when.minute)}`,
  pickToReschedule: 'Which appointment would you like to move?',
  pickToCancel: 'Which appointment would you like to cancel?',
  rescheduleTimes: (service, doctor) => `New times for your ${service} with ${doctor}:`,
  confirmReschedule: (service, doctor, when) =>
    `Please check: move your ${service} with ${doctor} to ${enWhen(when)}.\nReply yes to move it, or no to pick another time.`,
  rescheduled: (service, doctor, when) => `Done ✅ Your ${service} with ${doctor} is now on ${enWhen(when)}.`,
  confirmCancel: (service, doctor, when) =>
    `Cancel your ${service} with ${doctor} on ${enWhen(when)}?\nReply yes to cancel it, or no to keep it.`,
  cancelled: (service, doctor, when) => `Cancelled ✅ ${service} with ${doctor} on ${enWhen(when)}.`,
  kept: 'OK, your appointment stays as it is. Reply 0 for the menu.',
  symptom:
    "I'm sorry you're not feeling well. I can't give medical advice here; the doctor will assess this at your visit. Would you like to book? Reply 1 to book, or 0 for the menu.",
  assessAtVisit: "I can't give medical advice here; the doctor will assess this at your visit.",
  questionsIntro: 'Sure, send me your question, or pick one:',
  pricesOption: 'Price list',
  hoursOption: 'Opening hours',
  pricesHeader: 'Our prices:',
  priceLine: (service, price) => `- ${service}: ${price}`,
  hoursHeader: 'Opening hours:',
  branchHeading: (branch) => `${branch}:`,
  hoursLine: (days, ranges) => {
    const label = days.length > 2 ? `${EN_WEEKDAYS[days[0]!]} - ${EN_WEEKDAYS[days[days.length - 1]!]}` : enDays(days);
    const times = ranges.map((r) => {
      const from = hhmm(r.from);
      const to = hhmm(r.to);
      return `${enTime(from.hour, from.minute)} to ${enTime(to.hour, to.minute)}`;
    });
    return `${label}: ${times.join(' and ')}`;
  },
  closedLine: (days) => `Closed on ${enDays(days)}`,
  noHours: 'Sorry, I do not have the opening hours. Reply 6 to talk to a person, or 0 for the menu.',
  personOrMenu: 'Reply 6 to talk to a person, or 0 for the menu.',
  bookOrMenu: 'Reply 1 to book, or 0 for the menu.',
  priceWithDeposit: (price, deposit) => `${price}, deposit ${deposit}`,
  someService: 'appointment',
  someDoctor: 'the doctor',
  anythingElse: 'Anything else? Reply 0 for the menu.',
  thanks: "You're welcome! Reply 0 if you need anything else.",
  money: (amount, currency) => `${currency} ${amount}`,
};

// ---------------------------------------------------------------- Egyptian Arabic

/** "الساعة 10:00 ص": ص before noon, م after. */
function arTime(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${pad(minute)} ${hour < 12 ? 'ص' : 'م'}`;
}

function arDate(date: string): string {
  const { month, day } = monthAndDay(date);
  return `${AR_WEEKDAYS[weekdayIndex(date)]} ${day} ${AR_MONTHS[month - 1]}`;
}

/** "يوم الثلاثاء 24 نوفمبر الساعة 10:00 ص" */
function arWhen(when: LocalMoment): string {
  return `يوم ${arDate(when.date)} الساعة ${arTime(when.hour, when.minute)}`;
}

function arDays(days: readonly number[]): string {
  return days.map((d) => AR_WEEKDAYS[d]!).join(' و');
}

const ARABIC: OfflineTexts = {
  menu: ['1. حجز ميعاد', '2. تغيير ميعاد', '3. إلغاء ميعاد', '4. مواعيدي', '5. سؤال (الأسعار ومواعيد العمل)', '6. أكلم حد من العيادة'],
  menuIntro: 'أقدر أساعدك إزاي؟ ابعت رقم:',
  afterGreeting: 'ابعت رقم:',
  notUnderstood: 'معلش، مفهمتش قصدك. ابعت رقم:',
  didNotUnderstand: 'معلش، مفهمتش قصدك.',
  personaLine: (name) => `أنا ${name}، المساعد بتاع العيادة.`,
  chooseService: 'عايز تحجز أنهي خدمة؟',
  chooseDoctor: 'تحب تحجز مع أنهي دكتور؟',
  anyDoctor: 'أي دكتور (أقرب ميعاد)',
  replyNumber: 'ابعت الرقم، أو 0 للقائمة.',
  freeTimes: (doctor) => (doctor ? `المواعيد الفاضية مع ${doctor}:` : 'أقرب المواعيد الفاضية:'),
  noSlots: (doctor) => (doctor ? `معلش، مفيش مواعيد فاضية مع ${doctor} في الأسبوع الجاي.` : 'معلش، مفيش مواعيد فاضية في الأسبوع الجاي.'),
  slotLine: (index, when, doctor, branch) =>
    `${index}. ${arDate(when.date)}، الساعة ${arTime(when.hour, when.minute)}${doctor ? ` - ${doctor}` : ''}${branch ? `، ${branch}` : ''}`,
  confirmBook: (service, price, doctor, when) =>
    `تحب أحجز ${service} (${price}) مع ${doctor} ${arWhen(when)}؟\nرد بـ"أيوه" عشان أحجزه، أو "لأ" عشان تختار ميعاد تاني.`,
  booked: (service, doctor, when) => `تم الحجز ✅ ${service} مع ${doctor} ${arWhen(when)}.`,
  requested: (service, doctor, when) => `طلبك اتبعت للعيادة ✅ هيراجعوا ${service} مع ${doctor} ${arWhen(when)} ويردوا عليك هنا.`,
  slotTaken: 'معلش، الميعاد ده لسه اتاخد.',
  slotGone: 'معلش، الميعاد ده مبقاش متاح.',
  verify: 'علشان خصوصيتك، لازم نتحقق من رقم موبايلك الأول. كمّل خطوة التحقق، وبعدها ابعتلي أي رسالة هنا ونكمل من مكان ما وقفنا.',
  cutoff: 'معلش، الميعاد ده قرب ومينفعش أغيره أو ألغيه من هنا. ابعت 6 عشان تكلم حد من العيادة، أو 0 للقائمة.',
  refused: 'معلش، الطلب ده مينفعش يتعمل من هنا. ابعت 6 عشان تكلم حد من العيادة، أو 0 للقائمة.',
  handoff: 'حاضر، حد من العيادة هيرد عليك هنا في أقرب وقت.',
  emergency: 'لو الحالة طارئة، من فضلك كلّم الإسعاف أو روح أقرب طوارئ.',
  noAppointments: 'مفيش عندك مواعيد جاية. ابعت 1 عشان تحجز، أو 0 للقائمة.',
  appointmentsHeader: 'مواعيدك الجاية:',
  appointmentLine: (index, service, doctor, when) => `${index}. ${service} مع ${doctor}، ${arDate(when.date)}، الساعة ${arTime(when.hour, when.minute)}`,
  pickToReschedule: 'عايز تغيّر أنهي ميعاد؟',
  pickToCancel: 'عايز تلغي أنهي ميعاد؟',
  rescheduleTimes: (service, doctor) => `مواعيد فاضية جديدة (${service} مع ${doctor}):`,
  confirmReschedule: (service, doctor, when) =>
    `تحب أنقل ${service} مع ${doctor} لـ${arWhen(when)}؟\nرد بـ"أيوه" عشان أنقله، أو "لأ" عشان تختار ميعاد تاني.`,
  rescheduled: (service, doctor, when) => `تم تغيير الميعاد ✅ ${service} مع ${doctor} بقى ${arWhen(when)}.`,
  confirmCancel: (service, doctor, when) =>
    `تحب ألغي ${service} مع ${doctor} ${arWhen(when)}؟\nرد بـ"أيوه" عشان ألغيه، أو "لأ" عشان يفضل زي ما هو.`,
  cancelled: (service, doctor, when) => `تم إلغاء الميعاد ✅ ${service} مع ${doctor} ${arWhen(when)}.`,
  kept: 'تمام، ميعادك زي ما هو. ابعت 0 للقائمة.',
  symptom: 'سلامتك! مقدرش أدي نصايح طبية هنا، والدكتور هيشوف الحالة في الكشف. تحب تحجز ميعاد؟ ابعت 1 للحجز، أو 0 للقائمة.',
  assessAtVisit: 'سلامتك! مقدرش أدي نصايح طبية هنا، والدكتور هيشوف الحالة في الكشف.',
  questionsIntro: 'ابعت سؤالك، أو اختار رقم:',
  pricesOption: 'الأسعار',
  hoursOption: 'مواعيد العمل',
  pricesHeader: 'الأسعار:',
  priceLine: (service, price) => `- ${service}: ${price}`,
  hoursHeader: 'مواعيد العمل:',
  branchHeading: (branch) => `${branch}:`,
  hoursLine: (days, ranges) => {
    const label = days.length > 2 ? `${AR_WEEKDAYS[days[0]!]} - ${AR_WEEKDAYS[days[days.length - 1]!]}` : arDays(days);
    const times = ranges.map((r) => {
      const from = hhmm(r.from);
      const to = hhmm(r.to);
      return `من ${arTime(from.hour, from.minute)} لحد ${arTime(to.hour, to.minute)}`;
    });
    return `${label}: ${times.join(' و')}`;
  },
  closedLine: (days) => `مقفولين يوم ${arDays(days)}`,
  noHours: 'معلش، مواعيد العمل مش عندي. ابعت 6 عشان تكلم حد من العيادة، أو 0 للقائمة.',
  personOrMenu: 'ابعت 6 عشان تكلم حد من العيادة، أو 0 للقائمة.',
  bookOrMenu: 'ابعت 1 للحجز، أو 0 للقائمة.',
  priceWithDeposit: (price, deposit) => `${price}، العربون ${deposit}`,
  someService: 'الميعاد',
  someDoctor: 'الدكتور',
  anythingElse: 'محتاج حاجة تانية؟ ابعت 0 للقائمة.',
  thanks: 'العفو! ابعت 0 لو محتاج أي حاجة تانية.',
  money: (amount, currency) => (currency === 'EGP' ? `${amount} جنيه` : `${amount} ${currency}`),
};

export const OFFLINE_TEXTS: Readonly<Record<PatientLanguage, OfflineTexts>> = { en: ENGLISH, ar: ARABIC };

// ---------------------------------------------------------------- money

/** "2,500", "350.50": grouped thousands, decimals only when there are any. */
export function formatAmount(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const negative = minor < 0;
  const absolute = Math.abs(Math.round(minor));
  const scale = 10 ** digits;
  const whole = Math.floor(absolute / scale);
  const fraction = absolute % scale;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction === 0 ? grouped : `${grouped}.${String(fraction).padStart(digits, '0')}`;
  return negative ? `-${text}` : text;
}
