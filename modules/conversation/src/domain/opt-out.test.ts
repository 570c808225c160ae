import { describe, expect, it } from 'vitest';
import { interpretReminderReply } from '@frontdesk/scheduling';
import { confirmationLanguage, interpretSubscriptionCommand, optOutAddress } from './opt-out';

describe('interpretSubscriptionCommand', () => {
  it.each(['STOP', 'stop', 'Stop', ' stop ', 'STOP!', 'stop.', '🛑 STOP', 'Stop all', 'STOPALL', 'UNSUBSCRIBE', 'Unsubscribe.', 'opt out', 'Opt-Out', 'QUIT', 'End', 'stop  please', 'Stop promotions'])(
    'reads %j as an opt-out',
    (text) => expect(interpretSubscriptionCommand(text)).toBe('opt_out'),
  );

  it.each(['توقف', 'توقّف', 'وقف', 'إيقاف', 'ايقاف', 'إيقاف الرسائل', 'إيقاف العروض', 'إلغاء الاشتراك', 'الغاء الاشتراك', 'إلغاء  الاشتراك.', 'ألغي الاشتراك', 'ستوب', 'تـوقـف'])(
    'reads the Arabic %j as an opt-out',
    (text) => expect(interpretSubscriptionCommand(text)).toBe('opt_out'),
  );

  it.each(['START', 'start', 'Start!', 'UNSTOP', 'subscribe', 'Resume', 'اشتراك', 'اشترك', 'ابدأ', 'ابدا', 'ستارت'])('reads %j as an opt-in', (text) => expect(interpretSubscriptionCommand(text)).toBe('opt_in'));

  it.each([
    'can I stop my medication?',
    'stop sending me reminders please',
    "don't stop",
    'STOP STOP',
    'stopped',
    'stops',
    'the bus stop near the clinic',
    'start time?',
    'when does the clinic start?',
    'عايز أوقف الدوا',
    'توقف الدواء؟',
    'اشتراك النادي',
    '',
    '   ',
    '🛑',
    'stop'.repeat(20),
  ])('leaves %j to the receptionist', (text) => expect(interpretSubscriptionCommand(text)).toBeUndefined());

  it('never takes a reminder answer ("2", "cancel", "إلغاء", "لا") as an opt-out', () => {
    for (const text of ['1', '2', 'cancel', 'Cancel', 'إلغاء', 'الغاء', 'no', 'لا', 'yes', 'نعم', 'ok', 'تأكيد']) {
      expect(interpretReminderReply(text), text).toBeDefined();
      expect(interpretSubscriptionCommand(text), text).toBeUndefined();
    }
  });
});

describe('optOutAddress', () => {
  it('keeps WhatsApp and a verified web chat under the phone, Messenger and Instagram under their own ids', () => {
    expect(optOutAddress('whatsapp', '+201001112233', '+201001112233')).toBe('phone:+201001112233');
    expect(optOutAddress('web', 'session-1', '+201001112233')).toBe('phone:+201001112233');
    expect(optOutAddress('web', 'session-1', null)).toBeUndefined();
    expect(optOutAddress('messenger', '6123456789', null)).toBe('messenger:6123456789');
    expect(optOutAddress('instagram', '1784000000', null)).toBe('instagram:1784000000');
  });
});

describe('confirmationLanguage', () => {
  it('answers an Arabic word in Arabic, and the Latin STOP in the language the patient wrote in before (Arabic when unknown)', () => {
    expect(confirmationLanguage('توقف', ['Hello'])).toBe('ar');
    expect(confirmationLanguage('STOP', ['Hello, I need a check-up', '👍'])).toBe('en');
    expect(confirmationLanguage('STOP', ['عايز احجز', '12'])).toBe('ar');
    expect(confirmationLanguage('STOP', ['Hello', 'شكرا'])).toBe('ar');
    expect(confirmationLanguage('STOP', ['👍', '١٢'])).toBe('ar');
    expect(confirmationLanguage('STOP', [])).toBe('ar');
  });
});
