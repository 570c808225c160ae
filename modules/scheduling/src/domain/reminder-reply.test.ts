import { describe, expect, it } from 'vitest';
import { interpretReminderReply } from './reminder-reply';

describe('interpretReminderReply', () => {
  it.each([
    '1',
    ' 1 ',
    '1.',
    '1!',
    '(1)',
    '*1*',
    '1️⃣',
    '١',
    ' ١ ',
    '۱',
    'confirm',
    'Confirm',
    'CONFIRM.',
    'yes',
    'Yes!',
    'ok',
    'OK',
    'okay',
    'تأكيد',
    'تاكيد',
    'تأكيـــد', // tatweel
    'تَأْكِيد', // diacritics
    'أكد',
    'اكد',
    'أؤكد',
    'نعم',
    'نَعَم',
    'نعم.',
    'تمام',
    'تمام 👍',
    'موافق',
    'ايوه',
    'أيوة',
  ])('%j confirms', (text) => {
    expect(interpretReminderReply(text)).toBe('confirm');
  });

  it.each([
    '2',
    ' 2 ',
    '2.',
    '٢',
    '۲',
    '«٢»',
    'cancel',
    'Cancel!',
    'no',
    'No.',
    'إلغاء',
    'الغاء',
    'إلغاء؟',
    'إلغـاء',
    'إِلْغَاء',
    'الغا',
    'ألغي',
    'الغي',
    'الغى',
    'لا',
    'لأ', // Egyptian spelling of لا
  ])('%j cancels', (text) => {
    expect(interpretReminderReply(text)).toBe('cancel');
  });

  // Near misses: documented in reminder-reply.ts. Unclear answers are asked again, never guessed.
  it.each([
    '',
    '   ',
    '12',
    '1 2',
    '1,2',
    '21',
    '١٢',
    '3',
    '0',
    '11',
    'cancelled?',
    'cancelled',
    'confirmed',
    'is it confirmed',
    'yes please',
    'cancel it',
    'ok thanks',
    'no idea',
    'تأكيد الإلغاء',
    'لا أريد الإلغاء',
    'نعمم',
    'تاكييد',
    'hello',
    '👍',
    '?',
    'x'.repeat(100),
  ])('%j is not understood', (text) => {
    expect(interpretReminderReply(text)).toBeUndefined();
  });
});
