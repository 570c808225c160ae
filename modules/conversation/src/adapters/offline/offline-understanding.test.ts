import { describe, expect, it } from 'vitest';
import { findNamed, isNo, isYes, matchFaq, normalise, parseChoice, rankFaq, scriptLanguage, topicOf } from './offline-understanding';
import { cairoCatalog } from './offline-test-kit';

describe('reading a patient message', () => {
  it('makes Arabic-Indic and Persian digits ASCII and folds Arabic letter variants, hamza, diacritics and tatweel', () => {
    expect(normalise('أيوة ١٢')).toBe('ايوه 12');
    expect(normalise('إلغاء ۳')).toBe('الغا 3');
    expect(normalise('إلغاء')).toBe(normalise('الغا'));
    expect(normalise('مَوْعِد الكشــف؟')).toBe('موعد الكشف');
    expect(normalise('Book it!!  Please…')).toBe('book it please');
    expect(normalise('ايوووووه')).toBe('ايوه');
  });

  it('reads the language from the script: Arabic letters, else Latin, else nothing', () => {
    expect(scriptLanguage('Hi there')).toBe('en');
    expect(scriptLanguage('عايز أحجز')).toBe('ar');
    expect(scriptLanguage('ok تمام')).toBe('ar');
    expect(scriptLanguage('٢')).toBeNull();
    expect(scriptLanguage('2 😀')).toBeNull();
  });

  it('reads numbered choices in Western and Arabic-Indic digits and in words', () => {
    const cases: [string, number | null][] = [
      ['2', 2],
      ['٢', 2],
      ['2️⃣', 2],
      ['number 3', 3],
      ['رقم ٣ لو سمحت', 3],
      ['the second', 2],
      ['التاني', 2],
      ['0', 0],
      ['book for 2 people', null],
      ['hello', null],
    ];
    for (const [message, choice] of cases) expect([message, parseChoice(normalise(message))]).toEqual([message, choice]);
  });

  it('reads an explicit yes and a no in English and Egyptian Arabic', () => {
    for (const yes of ['yes', 'Yes please', 'ok', 'Okay!', 'confirm', 'go ahead', 'أيوة', 'ايوه', 'اه', 'تمام', 'موافق', 'ماشي', 'نعم']) {
      expect([yes, isYes(normalise(yes))]).toEqual([yes, true]);
    }
    for (const no of ['no', 'No thanks', 'لأ', 'لا شكرا', 'مش عايز', 'another time', 'ميعاد تاني']) {
      expect([no, isNo(normalise(no)), isYes(normalise(no))]).toEqual([no, true, false]);
    }
    for (const neither of ['maybe', 'what time is it', '2', '']) expect([neither, isYes(normalise(neither))]).toEqual([neither, false]);
  });

  it('tells the topics apart in both languages', () => {
    const cases: [string, ReturnType<typeof topicOf>][] = [
      ['I want to book an appointment', 'book'],
      ['عايز أحجز', 'book'],
      ['حجز', 'book'],
      ['can I reschedule?', 'reschedule'],
      ['عايز أغير المعاد', 'reschedule'],
      ['تأجيل الميعاد', 'reschedule'],
      ['cancel my appointment', 'cancel'],
      ['الغي الحجز', 'cancel'],
      ['إلغاء', 'cancel'],
      ['my appointments', 'my_appointments'],
      ['مواعيدي', 'my_appointments'],
      ['when are you open', 'hours'],
      ['مواعيد العمل', 'hours'],
      ['how much is a consultation', 'prices'],
      ['بكام الكشف', 'prices'],
      ['my back hurts', 'symptom'],
      ['سناني بتوجعني', 'symptom'],
      ['back', 'menu'],
      ['talk to a person', 'human'],
      ['عايز أكلم موظف', 'human'],
      ['حد من العيادة يكلمني', 'human'],
      ['عايز المسئول', 'human'],
      ['عايز المسؤول', 'human'],
      ['emergency!', 'emergency'],
      ['طوارئ', 'emergency'],
      ['thanks', 'thanks'],
      ['السلام عليكم', 'greeting'],
      ['أهلا', 'greeting'],
      ['purple elephants', null],
    ];
    for (const [message, topic] of cases) expect([message, topicOf(normalise(message))]).toEqual([message, topic]);
  });

  it('hands off on the clinic’s own escalation rules', () => {
    expect(topicOf(normalise('I have a complaint about the bill'), ['complaint'])).toBe('human');
    expect(topicOf(normalise('عندي شكوى'), ['شكوى'])).toBe('human');
    expect(topicOf(normalise('I have a question about the bill'), ['complaint'])).toBeNull();
  });

  it('inside a flow, general appointment words are not a new booking', () => {
    expect(topicOf(normalise('the appointment on Tuesday'))).toBe('book');
    expect(topicOf(normalise('the appointment on Tuesday'), [], true)).toBeNull();
    expect(topicOf(normalise('book another one'), [], true)).toBe('book');
  });

  it('finds the one service or doctor a message names, by full name or a word only it has', () => {
    const { services, doctors } = cairoCatalog();
    const service = (message: string) => findNamed(normalise(message), services, (s) => [s.name, s.nameAr])?.id ?? null;
    const doctor = (message: string) => findNamed(normalise(message), doctors, (d) => [d.name, d.nameAr])?.id ?? null;
    expect(service('I want scaling')).toBe('svc_scaling');
    expect(service('عايز تنظيف الجير')).toBe('svc_scaling');
    expect(service('root canal please')).toBe('svc_rct');
    expect(service('علاج العصب')).toBe('svc_rct');
    expect(service('كشف')).toBe('svc_consult');
    expect(service('a treatment')).toBeNull();
    expect(doctor('with Dr Mona')).toBe('doc_mona');
    expect(doctor('مع دكتور كريم')).toBe('doc_karim');
    expect(doctor('any doctor')).toBeNull();
  });

  it('matches FAQ questions by shared words, in the patient’s language first', () => {
    const { faq } = cairoCatalog();
    const match = (message: string, language: 'en' | 'ar') => matchFaq(normalise(message), faq, language);
    expect(match('is there parking?', 'en')?.entry.id).toBe('faq_parking');
    expect(match('Insurance?', 'en')?.entry.id).toBe('faq_insurance_en');
    expect(match('do you take medical insurance', 'en')).toMatchObject({ strong: true, entry: { id: 'faq_insurance_en' } });
    expect(match('بتقبلوا التأمين؟', 'ar')?.entry.id).toBe('faq_insurance_ar');
    expect(match('بتكشفوا على الاطفال', 'ar')).toMatchObject({ strong: true, entry: { id: 'faq_kids_ar' } });
    expect(match('purple elephants', 'en')).toBeNull();
    expect(match('the clinic', 'en')).toBeNull();
  });

  it('ranks FAQ entries for a query: question words count twice, ties in catalog order, all for an empty query', () => {
    const hours = { question: 'When do you open?', answer: 'We open at nine; parking is free and the entrance is on the side street.' };
    const parking = { question: 'Parking near the entrance?', answer: 'Yes.' };
    const street = { question: 'Which street are you on?', answer: 'Road 9, Maadi.' };
    const entries = [hours, parking, street];
    // parking: 2 question words x 2 = 4; hours: 3 answer words = 3; street: 1 question word x 2 = 2.
    expect(rankFaq('parking entrance street', entries, 3)).toEqual([parking, hours, street]);
    expect(rankFaq('parking entrance street', entries, 2)).toEqual([parking, hours]);
    // Equal scores keep the catalog order.
    expect(rankFaq('maadi nine', entries, 3)).toEqual([hours, street]);
    expect(rankFaq('purple elephants', entries, 3)).toEqual([]);
    expect(rankFaq('', entries, 1)).toEqual(entries);
    expect(rankFaq('what?', entries, 1)).toEqual(entries);
  });
});
