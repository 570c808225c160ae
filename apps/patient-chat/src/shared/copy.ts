/**
 * Every sentence the patient reads, in English and Egyptian Arabic. The
 * server's own messages (errors) are English; the chat shows its own sentence
 * first and the server's after it where that adds something.
 */

export type Language = 'ar' | 'en';

export interface Copy {
  /** The page's h1 and the document title. */
  title: string;
  welcome: string;
  timezone: string;
  closed: string;
  connecting: string;
  unavailableTitle: string;
  notFound: string;
  badLink: string;
  loadFailed: string;
  /** The other language's name, in that language: the toggle's text. */
  otherLanguage: string;
  otherLanguageCode: Language;
  switchLanguage: string;
  messagesHeading: string;
  loadingMessages: string;
  historyFailed: string;
  you: string;
  assistant: string;
  staff: string;
  notice: string;
  typing: (name: string) => string;
  humanMode: string;
  reconnecting: string;
  liveFailed: string;
  composerLabel: string;
  composerHint: string;
  send: string;
  sending: string;
  sendFailed: string;
  tooFast: string;
  sessionEnded: string;
  cookieBlocked: string;
  cookieBlockedHere: string;
  openInTab: string;
  retry: string;
  verifyTitle: string;
  verifyWhy: string;
  verifyOpen: string;
  verifyHide: string;
  phoneLabel: string;
  phoneHint: string;
  getCode: string;
  gettingCode: string;
  notAvailable: string;
  codeIntro: (ending: string) => string;
  codeLabel: string;
  sendOnWhatsApp: string;
  expiresIn: (time: string) => string;
  expired: string;
  waiting: string;
  otherNumber: string;
  verified: (ending: string) => string;
  invalidPhone: string;
  rateLimited: (serverMessage: string) => string;
  verifyFailed: string;
  linkRedeeming: string;
  linkFailed: string;
  linkVerified: (ending: string) => string;
}

export const COPY: Record<Language, Copy> = {
  en: {
    title: 'Chat with the clinic',
    welcome: 'Welcome to',
    timezone: "Times are shown in the clinic's timezone:",
    closed: 'Online messaging with this clinic is paused for now. Please call the clinic directly; we are sorry for the inconvenience.',
    connecting: 'Connecting to the clinic…',
    unavailableTitle: 'This chat is not available',
    notFound: 'We could not find this clinic. Please check the link the clinic gave you.',
    badLink: 'This chat link is not valid. Please check the link the clinic gave you.',
    loadFailed: 'The chat could not be loaded. Please try again later.',
    otherLanguage: 'عربي',
    otherLanguageCode: 'ar',
    switchLanguage: 'اعرض الشات بالعربي',
    messagesHeading: 'Messages',
    loadingMessages: 'Loading your messages…',
    historyFailed: 'Your earlier messages could not be loaded.',
    you: 'You',
    assistant: 'Assistant',
    staff: 'Clinic team',
    notice: 'Notice',
    typing: (name) => `${name} is typing…`,
    humanMode: 'A person from the clinic is answering you now.',
    reconnecting: 'Connection lost. Reconnecting…',
    liveFailed: 'New messages are not arriving. Try again, or reload the page.',
    composerLabel: 'Your message',
    composerHint: 'Press Enter to send, Shift+Enter for a new line.',
    send: 'Send',
    sending: 'Sending…',
    sendFailed: 'Your message was not sent. It is still in the box; try again.',
    tooFast: 'You are sending messages too fast. Wait a minute, then send it again.',
    sessionEnded: 'This chat session has ended. Reload the page to start again.',
    cookieBlocked: "Your browser is not keeping the chat's session, so the chat cannot continue here.",
    cookieBlockedHere: 'Allow cookies for this site, then reload the page.',
    openInTab: 'Open the chat in a new tab',
    retry: 'Try again',
    verifyTitle: 'Verify your phone to book or see your appointments',
    verifyWhy: 'You send a code from your WhatsApp; we never send you a text.',
    verifyOpen: 'Verify my phone',
    verifyHide: 'Hide',
    phoneLabel: 'Your mobile number (on WhatsApp)',
    phoneHint: 'For example 010 1234 5678 or +20 10 1234 5678',
    getCode: 'Get a code',
    gettingCode: 'Getting a code…',
    notAvailable: "WhatsApp verification isn't set up for this clinic yet. You can keep chatting, or call the clinic to book.",
    codeIntro: (ending) => `Send this code on WhatsApp from your number ending in ${ending}:`,
    codeLabel: 'Your code',
    sendOnWhatsApp: 'Send the code on WhatsApp',
    expiresIn: (time) => `The code expires in ${time}.`,
    expired: 'The code has expired. Ask for a new one.',
    waiting: 'Waiting for your WhatsApp message…',
    otherNumber: 'Use another number',
    verified: (ending) => `Verified: number ending in ${ending}`,
    invalidPhone: "That doesn't look like a mobile number. Check it and try again.",
    rateLimited: (serverMessage) => serverMessage,
    verifyFailed: 'The verification could not be started.',
    linkRedeeming: 'Signing you in with your link…',
    linkFailed: 'This sign-in link has expired or was already used. Ask the clinic for a new one, or verify your phone here.',
    linkVerified: (ending) => `You are signed in with the number ending in ${ending}.`,
  },
  ar: {
    title: 'تواصل مع العيادة',
    welcome: 'مرحبًا بكم في',
    timezone: 'تُعرض المواعيد بتوقيت العيادة:',
    closed: 'المراسلة الإلكترونية مع هذه العيادة متوقفة حاليًا. يُرجى الاتصال بالعيادة مباشرةً، ونعتذر عن الإزعاج.',
    connecting: 'بنوصّلك بالعيادة…',
    unavailableTitle: 'الشات ده مش متاح',
    notFound: 'مش لاقيين العيادة دي. اتأكد من اللينك اللي العيادة بعتتهولك.',
    badLink: 'لينك الشات ده مش صحيح. اتأكد من اللينك اللي العيادة بعتتهولك.',
    loadFailed: 'معرفناش نفتح الشات. جرّب تاني بعد شوية.',
    otherLanguage: 'English',
    otherLanguageCode: 'en',
    switchLanguage: 'Show the chat in English',
    messagesHeading: 'الرسايل',
    loadingMessages: 'بنجيب رسايلك…',
    historyFailed: 'معرفناش نجيب رسايلك اللي فاتت.',
    you: 'إنت',
    assistant: 'المساعد',
    staff: 'فريق العيادة',
    notice: 'تنبيه',
    typing: (name) => `${name} بيكتب…`,
    humanMode: 'حد من العيادة بيرد عليك دلوقتي.',
    reconnecting: 'الاتصال اتقطع. بنحاول نوصل تاني…',
    liveFailed: 'الرسايل الجديدة مش بتوصل. جرّب تاني، أو اعمل تحديث للصفحة.',
    composerLabel: 'رسالتك',
    composerHint: 'اضغط Enter عشان تبعت، وShift+Enter لسطر جديد.',
    send: 'إرسال',
    sending: 'بيتبعت…',
    sendFailed: 'رسالتك متبعتتش. لسه موجودة في الخانة، جرّب تاني.',
    tooFast: 'إنت بتبعت رسايل كتير ورا بعض. استنى دقيقة وابعتها تاني.',
    sessionEnded: 'جلسة الشات خلصت. اعمل تحديث للصفحة وابدأ من جديد.',
    cookieBlocked: 'المتصفح بتاعك مش بيحتفظ بجلسة الشات، فالشات مش هيقدر يكمّل هنا.',
    cookieBlockedHere: 'اسمح بالكوكيز للموقع ده، وبعدين اعمل تحديث للصفحة.',
    openInTab: 'افتح الشات في تاب جديد',
    retry: 'جرّب تاني',
    verifyTitle: 'أكّد رقم موبايلك عشان تحجز أو تشوف مواعيدك',
    verifyWhy: 'إنت اللي هتبعت كود من الواتساب بتاعك، ومش هنبعتلك رسايل.',
    verifyOpen: 'أكّد رقمي',
    verifyHide: 'إخفاء',
    phoneLabel: 'رقم موبايلك (اللي عليه واتساب)',
    phoneHint: 'مثلًا 010 1234 5678 أو ‎+20 10 1234 5678',
    getCode: 'ابعتلي كود',
    gettingCode: 'بنجهّز الكود…',
    notAvailable: 'التأكيد عن طريق واتساب مش متاح للعيادة دي لسه. تقدر تكمّل الشات، أو تكلّم العيادة عشان تحجز.',
    codeIntro: (ending) => `ابعت الكود ده على واتساب من رقمك اللي آخره ${ending}:`,
    codeLabel: 'الكود بتاعك',
    sendOnWhatsApp: 'ابعت الكود على واتساب',
    expiresIn: (time) => `الكود هيخلص بعد ${time}.`,
    expired: 'الكود خلص. اطلب كود جديد.',
    waiting: 'مستنيين رسالتك على واتساب…',
    otherNumber: 'استخدم رقم تاني',
    verified: (ending) => `تم التأكيد: الرقم اللي آخره ${ending}`,
    invalidPhone: 'الرقم ده مش شكله رقم موبايل. راجعه وجرّب تاني.',
    rateLimited: () => 'طلبت أكواد كتير. استنى شوية وجرّب تاني.',
    verifyFailed: 'معرفناش نبدأ التأكيد.',
    linkRedeeming: 'بندخّلك باللينك بتاعك…',
    linkFailed: 'اللينك ده انتهى أو اتستخدم قبل كده. اطلب لينك جديد من العيادة، أو أكّد رقمك من هنا.',
    linkVerified: (ending) => `دخلت بالرقم اللي آخره ${ending}.`,
  },
};

/**
 * The locale for dates and times: the browser's own locale when it is in the
 * chat's language (en-GB, ar-SA...), else Egyptian Arabic or plain English.
 */
export function localeFor(language: Language): string {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? (language === 'ar' ? 'ar-EG' : 'en');
}

/** "4:59": minutes and seconds left. */
export function minutesAndSeconds(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
