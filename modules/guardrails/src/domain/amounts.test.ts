import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn, cairoTurnWithClinic } from './turn-fixture';
import type { VerifiedTurn } from './verified-turn';

function amountExcerpts(reply: string, turn: VerifiedTurn = cairoTurn()): string[] {
  return checkReply({ reply, turn, now: CAIRO_NOW, mode: 'log' })
    .findings.filter((f) => f.kind === 'unverified_amount')
    .map((f) => f.excerpt);
}

describe('unverified amounts', () => {
  it('passes catalog prices and deposits in any common notation', () => {
    expect(amountExcerpts('Scaling is EGP 600 with a 100 LE deposit; a consultation is 350 pounds.')).toEqual([]);
    expect(amountExcerpts('Root canal treatment is 2,500 EGP.')).toEqual([]);
    expect(amountExcerpts('تنظيف الجير بـ٦٠٠ جنيه والعربون ١٠٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('علاج العصب بألفين وخمسمية جنيه.')).toEqual([]);
  });

  it('reads Arabic number words, including "and a half"', () => {
    expect(amountExcerpts('الكشف بتلتمية وخمسين جنيه، وعلاج العصب بألفين ونص جنيه.')).toEqual([]);
    expect(amountExcerpts('الكشف بأربعمية جنيه.')).toEqual(['بأربعمية جنيه']);
  });

  it('flags a price one digit off, in English and Arabic', () => {
    expect(amountExcerpts('Scaling is 650 EGP.')).toEqual(['650 EGP']);
    expect(amountExcerpts('الكشف بـ٢٥٠ جنيه.')).toEqual(['٢٥٠ جنيه']);
  });

  it('flags another service’s price given for the service named', () => {
    expect(amountExcerpts('The deposit for root canal treatment is 600 EGP.')).toEqual(['600 EGP']);
  });

  it('binds an amount to a service named by a three-letter Arabic word only its name has', () => {
    const ent = cairoTurnWithClinic({
      services: [
        { name: 'ENT consultation', nameAr: 'كشف أنف وأذن', price: 500, deposit: 100, currency: 'EGP' },
        { name: 'Ear wax removal', nameAr: 'تنظيف الأذن من الشمع', price: 450, deposit: 50, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('الكشف بـ ٤٥٠ جنيه والعربون ١٠٠ جنيه.', ent)).toEqual(['٤٥٠ جنيه']);
    expect(amountExcerpts('الكشف بـ ٥٠٠ جنيه والعربون ١٠٠ جنيه.', ent)).toEqual([]);
  });

  it('passes the balance only when the reply speaks of what remains', () => {
    expect(amountExcerpts('Root canal treatment is 2500 EGP; after the deposit the remaining 2000 EGP is paid on the day.')).toEqual([]);
    expect(amountExcerpts('Root canal treatment is 2000 EGP.')).toEqual(['2000 EGP']);
  });

  it('reads "the test" after a sentence naming the service as that service, whatever other service has "test" in its name', () => {
    const doha = cairoTurnWithClinic({
      services: [
        { name: 'Spirometry', nameAr: 'قياس وظائف الرئة', price: 600, deposit: 150, currency: 'QAR' },
        { name: 'Allergy skin test', nameAr: 'اختبار حساسية الجلد', price: 400, deposit: 100, currency: 'QAR' },
      ],
    });
    expect(amountExcerpts('Spirometry is on Tuesday at 10:00. The test is 600 QAR and the deposit is 150 QAR.', doha)).toEqual([]);
    expect(amountExcerpts('Spirometry is on Tuesday at 10:00. The test is 400 QAR.', doha)).toEqual(['400 QAR']);
  });

  it('binds an amount to a service named by a three-letter English word only its name has ("flu")', () => {
    const beirut = cairoTurnWithClinic({
      services: [
        { name: 'Flu vaccine', nameAr: 'لقاح الإنفلونزا', price: 25, deposit: 5, currency: 'USD' },
        { name: 'HPV vaccine dose', nameAr: 'جرعة لقاح HPV', price: 150, deposit: 20, currency: 'USD' },
      ],
    });
    expect(amountExcerpts('The flu shot is $20.', beirut)).toEqual(['$20']);
    expect(amountExcerpts('The flu shot is $25.', beirut)).toEqual([]);
  });

  it('does not bind an amount to a service by a unit of time in its name', () => {
    const alex = cairoTurnWithClinic({
      services: [
        { name: '24-hour blood pressure monitoring', nameAr: 'قياس ضغط ٢٤ ساعة', price: 900, deposit: 200, currency: 'EGP' },
        { name: 'Exercise stress test', nameAr: 'اختبار المجهود', price: 1500, deposit: 400, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('تم الحجز: اختبار المجهود يوم الثلاثاء. العربون ٤٠٠ جنيه، وياريت تيجي قبل الميعاد بربع ساعة.', alex)).toEqual([]);
  });

  it('names a service by a singular or plural form of its own word', () => {
    const doha = cairoTurnWithClinic({
      services: [
        { name: 'Laser hair removal - underarms', nameAr: 'ليزر إزالة الشعر - الإبطين', price: 250, deposit: 50, currency: 'QAR' },
        { name: 'Laser hair removal - face', nameAr: 'ليزر إزالة الشعر - الوجه', price: 350, deposit: 75, currency: 'QAR' },
      ],
    });
    expect(amountExcerpts('Underarm laser is QAR 250 per session, and the deposit is QAR 75 when you book.', doha)).toEqual(['QAR 75']);
    expect(amountExcerpts('Underarm laser is QAR 250 per session, and the deposit is QAR 50 when you book.', doha)).toEqual([]);
  });

  it('names an Arabic service by a spelling one letter longer or shorter', () => {
    const implants = cairoTurnWithClinic({
      services: [
        { name: 'Dental implant', nameAr: 'زراعة الأسنان', price: 18500, deposit: 5000, currency: 'EGP' },
        { name: 'Zirconia crown', nameAr: 'طربوش زيركون', price: 6000, deposit: 1500, currency: 'EGP' },
        { name: 'Rehab package (10 sessions)', nameAr: 'باقة تأهيل (١٠ جلسات)', price: 160, deposit: 40, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('للعلم الزرعة بـ١٨٬٥٠٠ جنيه وعربونها ٥٬٠٠٠ جنيه، والطربوش الزيركون بـ٦٬٠٠٠ جنيه.', implants)).toEqual([]);
    expect(amountExcerpts('للعلم الزرعة بـ١٩٬٥٠٠ جنيه وعربونها ٥٬٠٠٠ جنيه، والطربوش الزيركون بـ٦٬٠٠٠ جنيه.', implants)).toEqual(['١٩٬٥٠٠ جنيه']);
    // The article with a glued "و" ("والطربوش") still names the crown, so the implant's deposit is not its deposit.
    expect(amountExcerpts('والطربوش بـ٦٬٠٠٠ جنيه والعربون ٥٬٠٠٠ جنيه.', implants)).toEqual(['٥٬٠٠٠ جنيه']);
    // A bracketed part is not a word of the service: "جلسات" does not name the package.
    expect(amountExcerpts('الطربوش بـ٦٬٠٠٠ جنيه، والجلسات بـ٤٠ جنيه.', implants)).toEqual(['٤٠ جنيه']);
  });

  it('reads "الكشف" as the check-up, else as the one consultation, never as a test named "فحص"', () => {
    const ent = cairoTurnWithClinic({
      services: [
        { name: 'ENT consultation', nameAr: 'استشارة أنف وأذن', price: 350, deposit: 100, currency: 'SAR' },
        { name: 'Sleep medicine consultation', nameAr: 'استشارة طب النوم', price: 450, deposit: 100, currency: 'SAR' },
        { name: 'Hearing test', nameAr: 'فحص السمع', price: 250, deposit: 50, currency: 'SAR' },
      ],
    });
    expect(amountExcerpts('الكشف ٣٥٠ ريال والعربون ١٠٠.', ent)).toEqual([]);
    const oneConsultation = cairoTurnWithClinic({ services: [ent.clinic.services[0]!, ent.clinic.services[2]!] });
    expect(amountExcerpts('الكشف ٢٥٠ ريال.', oneConsultation)).toEqual(['٢٥٠ ريال']);
    expect(amountExcerpts('الكشف ٣٥٠ ريال.', oneConsultation)).toEqual([]);
    // "الكشفية" is the consultation fee, so another service's deposit is not its deposit.
    const kids = cairoTurnWithClinic({
      services: [
        { name: 'Paediatric consultation', nameAr: 'كشف أطفال', price: 500, deposit: 100, currency: 'EGP' },
        { name: 'Newborn check-up', nameAr: 'كشف حديثي الولادة', price: 600, deposit: 150, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('الكشفية ٥٠٠ جنيه والعربون ١٥٠ جنيه.', kids)).toEqual(['١٥٠ جنيه']);
    expect(amountExcerpts('الكشفية ٥٠٠ جنيه والعربون ١٠٠ جنيه.', kids)).toEqual([]);
  });

  it('reads a shared word as the service named or booked before it, and lets an amount\'s own clause narrow the services', () => {
    const vaccines = cairoTurnWithClinic({
      services: [
        { name: 'Rotavirus vaccine', nameAr: 'تطعيم الروتا', price: 1800, deposit: 300, currency: 'EGP' },
        { name: 'Pneumococcal vaccine', nameAr: 'تطعيم المكورات الرئوية', price: 2400, deposit: 400, currency: 'EGP' },
        { name: 'Paediatric consultation', nameAr: 'كشف أطفال', price: 500, deposit: 100, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('Booked: the rotavirus vaccine on Tuesday. The vaccine itself is EGP 1,800, with an EGP 300 deposit.', vaccines)).toEqual([]);
    expect(amountExcerpts('Booked: the rotavirus vaccine on Tuesday. The vaccine itself is EGP 1,800, with an EGP 400 deposit.', vaccines)).toEqual(['EGP 400']);
    const speech = cairoTurnWithClinic({
      services: [
        { name: 'Speech and language assessment', nameAr: 'تقييم النطق واللغة', price: 40, deposit: 10, currency: 'OMR' },
        { name: 'Speech therapy session', nameAr: 'جلسة علاج نطق', price: 25, deposit: 5, currency: 'OMR' },
      ],
    });
    expect(amountExcerpts('تقييم النطق واللغة سعره ٤٠ ريال عماني والعربون ١٠ ريال، وبعد التقييم كل جلسة علاج نطق بـ25 ر.ع. والعربون 5 ر.ع.', speech)).toEqual([]);
    expect(amountExcerpts('تقييم النطق واللغة سعره ٤٠ ريال عماني والعربون ١٠ ريال، وبعد التقييم كل جلسة علاج نطق بـ30 ر.ع. والعربون 5 ر.ع.', speech)).toEqual(['30 ر.ع.']);
  });

  it('reads the words inside brackets and a hyphenated word of a service name, but not a plural of a generic word', () => {
    const lasik = cairoTurnWithClinic({
      services: [
        { name: 'Eye consultation', nameAr: 'كشف عيون', price: 350, deposit: 100, currency: 'QAR' },
        { name: 'LASIK Pre-assessment', nameAr: 'فحص ما قبل الليزك', price: 600, deposit: 200, currency: 'QAR' },
        { name: 'LASIK (both eyes)', nameAr: 'ليزك للعينين', price: 7500, deposit: 1500, currency: 'QAR' },
        { name: 'Rehab package (10 sessions)', nameAr: 'باقة تأهيل (١٠ جلسات)', price: 1600, deposit: 400, currency: 'QAR' },
      ],
    });
    expect(amountExcerpts('LASIK for both eyes is 7,500 riyals (QAR 1,500 deposit), and an eye consultation is QR 350.', lasik)).toEqual([]);
    expect(amountExcerpts('LASIK for both eyes is 7,500 riyals (QAR 2,000 deposit), and an eye consultation is QR 350.', lasik)).toEqual(['QAR 2,000']);
    expect(amountExcerpts('The pre-assessment is 600 riyals (200 deposit) and LASIK for both eyes is 7,500 riyals with a 1,500 deposit.', lasik)).toEqual([]);
    expect(amountExcerpts('The pre-assessment is 350 riyals.', lasik)).toEqual(['350 riyals']);
    expect(amountExcerpts('An eye consultation is QR 350. The sessions are QR 400 each.', lasik)).toEqual(['QR 400']);
  });

  it('reads a hyphenated service name with digits ("All-on-4") as naming that service', () => {
    const implants = cairoTurnWithClinic({
      services: [
        { name: 'Sinus lift', nameAr: 'رفع الجيب الأنفي', price: 300, deposit: 75, currency: 'BHD' },
        { name: 'All-on-4 Full Arch', nameAr: 'زراعة فك كامل All-on-4', price: 3200, deposit: 500, currency: 'BHD' },
      ],
    });
    expect(amountExcerpts('ثبتنا لك موعد الـAll-on-4، والعربون ٣٠٠ دينار.', implants)).toEqual(['٣٠٠ دينار']);
    expect(amountExcerpts('ثبتنا لك موعد الـAll-on-4، والعربون ٥٠٠ دينار.', implants)).toEqual([]);
  });

  it('reads a generic word for the one assessment in the amount\'s own clause', () => {
    const physio = cairoTurnWithClinic({
      services: [
        { name: 'Physiotherapy assessment', nameAr: 'تقييم علاج طبيعي', price: 500, deposit: 100, currency: 'EGP' },
        { name: 'Physiotherapy session', nameAr: 'جلسة علاج طبيعي', price: 350, deposit: 50, currency: 'EGP' },
        { name: 'Prenatal exercise class', nameAr: 'تمارين الحوامل', price: 300, deposit: 50, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('تمارين الحوامل بـ٣٠٠ جنيه، والتقييم الأولي بـ 500 جنيه.', physio)).toEqual([]);
    expect(amountExcerpts('تمارين الحوامل بـ٣٠٠ جنيه، والتقييم الأولي بـ 350 جنيه.', physio)).toEqual(['350 جنيه']);
  });

  it('reads the initials of a service ("OT sessions"), but not initials that spell a currency', () => {
    const ot = cairoTurnWithClinic({
      services: [
        { name: 'Occupational therapy assessment', nameAr: 'تقييم علاج وظيفي', price: 130, deposit: 40, currency: 'USD' },
        { name: 'Occupational therapy session', nameAr: 'جلسة علاج وظيفي', price: 60, deposit: 20, currency: 'USD' },
        { name: 'Speech therapy session', nameAr: 'جلسة علاج نطق', price: 55, deposit: 15, currency: 'USD' },
      ],
    });
    expect(amountExcerpts('An occupational therapy assessment is US$130 with a $40 deposit, and the OT sessions after that are USD 60 each.', ot)).toEqual([]);
    expect(amountExcerpts('An occupational therapy assessment is US$130 with a $40 deposit, and the OT sessions after that are USD 70 each.', ot)).toEqual(['USD 70']);
    const kids = cairoTurnWithClinic({
      services: [
        { name: 'Scaling and polishing', nameAr: 'تنظيف وتلميع', price: 25, deposit: 10, currency: 'KWD' },
        { name: 'Kids dental check', nameAr: 'فحص أسنان الأطفال', price: 15, deposit: 5, currency: 'KWD' },
      ],
    });
    expect(amountExcerpts('For the scaling and polishing, Dr. Mona is free on Tuesday. The session is KD 25, and a KD 10 deposit secures it.', kids)).toEqual([]);
  });

  it('prices the service a clause names itself, not another one the sentence names', () => {
    const braces = cairoTurnWithClinic({
      services: [
        { name: 'Ceramic braces', nameAr: 'تقويم خزفي', price: 28000, deposit: 6000, currency: 'EGP' },
        { name: 'Metal braces', nameAr: 'تقويم معدني', price: 22000, deposit: 5000, currency: 'EGP' },
        { name: 'Consultation', nameAr: 'كشف', price: 400, deposit: 100, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('Ceramic braces are EGP 28,000 with a EGP 6,000 deposit, and metal braces are EGP 22,000 with EGP 5,000 down.', braces)).toEqual([]);
    expect(amountExcerpts('Ceramic braces are EGP 28,000 with a EGP 6,000 deposit, and metal braces are EGP 28,000 with EGP 5,000 down.', braces)).toEqual(['EGP 28,000']);
  });

  it('reads an amount in brackets as the price of the service named just before it', () => {
    const gums = cairoTurnWithClinic({
      services: [
        { name: 'Dental check-up', nameAr: 'كشف أسنان', price: 15, deposit: 5, currency: 'JOD' },
        { name: 'Deep gum cleaning', nameAr: 'تنظيف عميق للثة', price: 90, deposit: 25, currency: 'JOD' },
        { name: 'Gum treatment consultation', nameAr: 'استشارة علاج اللثة', price: 20, deposit: 5, currency: 'JOD' },
      ],
    });
    expect(amountExcerpts('The dentist decides after looking at your teeth and gums at a check-up (JOD 15).', gums)).toEqual([]);
    expect(amountExcerpts('The dentist decides after looking at your teeth and gums at a check-up (JOD 20).', gums)).toEqual(['JOD 20']);
  });

  it('reads the local shorthands BD, QR, SR and Dhs', () => {
    const bahrain = cairoTurnWithClinic({ services: [{ name: 'PRP hair session', nameAr: 'بلازما للشعر', price: 120, deposit: 30, currency: 'BHD' }] });
    expect(amountExcerpts('The PRP hair session is BD 120 and the deposit is BD 30.', bahrain)).toEqual([]);
    expect(amountExcerpts('The PRP hair session is BD 120 and the deposit is BD 35.', bahrain)).toEqual(['BD 35']);
    expect(amountExcerpts('Scaling is 600 SR.')).toEqual(['600 SR']);
    expect(amountExcerpts('Scaling is QR 600.')).toEqual(['QR 600']);
    expect(amountExcerpts('Scaling is 600 Dhs.')).toEqual(['600 Dhs']);
  });

  it('does not read a dollar sign as dirhams', () => {
    const dubai = cairoTurnWithClinic({ services: [{ name: 'Hearing screening', nameAr: 'فحص السمع', price: 300, deposit: 75, currency: 'AED' }] });
    expect(amountExcerpts('A hearing screening is $300.', dubai)).toEqual(['$300']);
    expect(amountExcerpts('A hearing screening is AED 300.', dubai)).toEqual([]);
  });

  it('flags the right number in the wrong currency', () => {
    expect(amountExcerpts('Scaling is 600 dollars.')).toEqual(['600 dollars']);
  });

  it('holds a booking reply to the booked service and the tool’s amounts', () => {
    const booked = cairoTurn({
      toolCalls: [
        {
          name: 'book_appointment',
          ok: true,
          result: { start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel', service: 'Scaling', deposit: 100 },
        },
      ],
    });
    expect(amountExcerpts('You are booked. The deposit is 100 EGP.', booked)).toEqual([]);
    expect(amountExcerpts('You are booked. The deposit is 50 EGP.', booked)).toEqual(['50 EGP']);
  });

  describe('currencies other than the Egyptian pound, compared in minor units', () => {
    const base = cairoTurn();
    const kuwait = cairoTurn({
      clinic: {
        ...base.clinic,
        services: [
          { name: 'Pap smear', nameAr: 'مسحة عنق الرحم', price: 15.5, deposit: 3.5, currency: 'KWD' },
          { name: 'Pregnancy follow-up visit', nameAr: 'زيارة متابعة حمل', price: 20, deposit: 5, currency: 'KWD' },
        ],
      },
    });
    const riyadh = cairoTurn({
      clinic: { ...base.clinic, services: [{ name: 'Cleaning', nameAr: 'تنظيف', price: 250, deposit: 50, currency: 'SAR' }] },
    });

    it('passes correct dinar amounts written with one, two or three decimals, ISO code, KD or Arabic', () => {
      expect(amountExcerpts('The Pap smear is 15.5 KWD with a 3.500 KWD deposit.', kuwait)).toEqual([]);
      expect(amountExcerpts('The Pap smear is KWD 15.500; the follow-up visit is KD 20.', kuwait)).toEqual([]);
      expect(amountExcerpts('مسحة عنق الرحم بـ ١٥٫٥٠٠ د.ك والعربون ٣٫٥ دينار.', kuwait)).toEqual([]);
      expect(amountExcerpts('زيارة متابعة الحمل بـ ٢٠ دينار كويتي.', kuwait)).toEqual([]);
      expect(amountExcerpts('The Pap smear is 15.5 KWD; after the deposit the remaining 12 KWD is paid on the day.', kuwait)).toEqual([]);
    });

    it('flags near misses: 15 for 15.5, a wrong deposit, a wrong Arabic amount', () => {
      expect(amountExcerpts('The Pap smear is 15 KWD and we need a 5 KWD deposit.', kuwait)).toEqual(['15 KWD', '5 KWD']);
      expect(amountExcerpts('The Pap smear is 15.050 KWD.', kuwait)).toEqual(['15.050 KWD']);
      expect(amountExcerpts('زيارة متابعة الحمل بـ ٢٢ د.ك، والموعد بكرة.', kuwait)).toEqual(['٢٢ د.ك']);
      expect(amountExcerpts('مسحة عنق الرحم بـ ٣٥ دينار بس.', kuwait)).toEqual(['٣٥ دينار']);
    });

    it('flags the right number in another currency, and reads riyals, ر.س and SAR', () => {
      expect(amountExcerpts('The Pap smear is 15.5 dollars.', kuwait)).toEqual(['15.5 dollars']);
      expect(amountExcerpts('The Pap smear is 15.5 SAR.', kuwait)).toEqual(['15.5 SAR']);
      expect(amountExcerpts('Cleaning is 250 SAR; التنظيف بـ ٢٥٠ ريال والعربون ٥٠ ر.س.', riyadh)).toEqual([]);
      expect(amountExcerpts('التنظيف بـ ٣٠٠ ريال.', riyadh)).toEqual(['٣٠٠ ريال']);
      expect(amountExcerpts('Cleaning is 250 KWD.', riyadh)).toEqual(['250 KWD']);
    });
  });

  it('reads thousands written "ألف", "k" or "thousand"', () => {
    const icsi = cairoTurnWithClinic({ services: [{ name: 'ICSI cycle', nameAr: 'دورة الحقن المجهري', price: 65000, deposit: 15000, currency: 'EGP' }] });
    expect(amountExcerpts('دورة الحقن المجهري بـ ٦٥ ألف جنيه، والمقدم ١٥ ألف جنيه.', icsi)).toEqual([]);
    expect(amountExcerpts('دورة الحقن المجهري بـ ٦٥ ألف جنيه، والمقدم ١٦ ألف جنيه.', icsi)).toEqual(['١٦ ألف جنيه']);
    expect(amountExcerpts('The ICSI cycle is EGP 65k with a 15 thousand EGP deposit.', icsi)).toEqual([]);
    expect(amountExcerpts('The ICSI cycle is EGP 60k.', icsi)).toEqual(['EGP 60k']);
  });

  it('binds a generic "الكشف" or "check-up" to the one check-up service of the catalog', () => {
    const clinic = cairoTurn().clinic;
    const dental = cairoTurn({
      clinic: {
        ...clinic,
        services: [
          { name: 'Dental check-up & X-rays', nameAr: 'فحص الأسنان مع الأشعة', price: 350, deposit: 100, currency: 'AED' },
          { name: 'Composite filling', nameAr: 'حشو تجميلي', price: 600, deposit: 150, currency: 'AED' },
        ],
      },
    });
    expect(amountExcerpts('ميعاد الكشف بكرة، والعربون ١٠٠ درهم.', dental)).toEqual([]);
    expect(amountExcerpts('ميعاد الكشف بكرة، والعربون ١٥٠ درهم.', dental)).toEqual(['١٥٠ درهم']);
    expect(amountExcerpts('The deposit for your check-up is 150 AED.', dental)).toEqual(['150 AED']);
  });

  it('narrows the services to those sharing a word the sentence names, and keeps "أ." inside its sentence', () => {
    const speech = cairoTurnWithClinic({
      services: [
        { name: 'Speech assessment', nameAr: 'تقييم التخاطب', price: 900, deposit: 200, currency: 'EGP' },
        { name: 'Speech therapy session', nameAr: 'جلسة تخاطب', price: 450, deposit: 100, currency: 'EGP' },
        { name: 'Occupational therapy session', nameAr: 'جلسة علاج وظيفي', price: 400, deposit: 80, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('أخصائية التخاطب أ. شيماء هتتابع معاه، والجلسة بـ٤٥٠ جنيه.', speech)).toEqual([]);
    expect(amountExcerpts('أخصائية التخاطب أ. شيماء هتتابع معاه، والجلسة بـ٤٠٠ جنيه.', speech)).toEqual(['٤٠٠ جنيه']);
    expect(amountExcerpts('جلسة العلاج الوظيفي بـ٤٠٠ جنيه.', speech)).toEqual([]);
  });

  it('reads "JD" as Jordanian dinars, a glued "و" in a service name, an amount before the sentence names a service, and the booked service\'s deposit', () => {
    const amman = cairoTurnWithClinic({
      services: [
        { name: 'Dry needling', nameAr: 'الإبر الجافة', price: 30, deposit: 5, currency: 'JOD' },
        { name: '3D/4D scan', nameAr: 'سونار ثلاثي ورباعي الأبعاد', price: 950, deposit: 250, currency: 'JOD' },
        { name: 'Family consultation', nameAr: 'كشف عائلي', price: 20, deposit: 5, currency: 'JOD' },
        { name: 'Child vaccination visit', nameAr: 'زيارة تطعيم الأطفال', price: 15, deposit: 3, currency: 'JOD' },
      ],
    });
    expect(amountExcerpts('Dry needling is JD 30 a session, plus a JD 5 deposit.', amman)).toEqual([]);
    expect(amountExcerpts('Dry needling is JD 25 a session.', amman)).toEqual(['JD 25']);
    expect(amountExcerpts('السونار الرباعي مناسب إلك؟ سعره ٩٥٠ دينار، وإذا حابة بحجزلك كشف عائلي.', amman)).toEqual([]);
    expect(amountExcerpts('السونار الرباعي سعره ٩٠٠ دينار.', amman)).toEqual(['٩٠٠ دينار']);
    const booked = cairoTurn({ ...amman, toolCalls: [{ name: 'book_appointment', ok: true, result: { start: '2026-11-24T10:00:00+02:00', service: 'Child vaccination visit' } }] });
    expect(amountExcerpts('The deposit is JD 3; please bring your family ID card.', booked)).toEqual([]);
    expect(amountExcerpts('The deposit is JD 4; please bring your family ID card.', booked)).toEqual(['JD 4']);
  });

  it('reads "a ten-dinar deposit" as ten, not eleven', () => {
    const kuwait = cairoTurnWithClinic({ services: [{ name: 'Initial assessment', nameAr: 'تقييم أولي', price: 35, deposit: 10, currency: 'KWD' }] });
    expect(amountExcerpts('An initial assessment is 35 KD, with a ten-dinar deposit to hold your slot.', kuwait)).toEqual([]);
    expect(amountExcerpts('An initial assessment is 35 KD, with a twelve-dinar deposit to hold your slot.', kuwait)).toEqual(['twelve-dinar']);
  });

  it('reads Arabic units and teens, and "ونص" after them as a half', () => {
    const muscat = cairoTurnWithClinic({ services: [{ name: 'Deep gum cleaning', nameAr: 'تنظيف عميق للثة', price: 42.5, deposit: 10, currency: 'OMR' }] });
    expect(amountExcerpts('التنظيف العميق للثة باتنين وأربعين ونص ريال، والعربون عشرة ريال.', muscat)).toEqual([]);
    expect(amountExcerpts('التنظيف العميق للثة بخمسة وأربعين ريال.', muscat)).toEqual(['بخمسة وأربعين ريال']);
    expect(amountExcerpts('التنظيف العميق للثة بخمستاشر ريال.', muscat)).toEqual(['بخمستاشر ريال']);
  });

  it('reads "د.أ" and "د.إ", which fold alike, as the Jordanian dinar or the dirham', () => {
    const jod = cairoTurnWithClinic({ services: [{ name: 'Newborn check', nameAr: 'فحص حديثي الولادة', price: 30, deposit: 5, currency: 'JOD' }] });
    const aed = cairoTurnWithClinic({ services: [{ name: 'Newborn check', nameAr: 'فحص حديثي الولادة', price: 30, deposit: 5, currency: 'AED' }] });
    const kwd = cairoTurnWithClinic({ services: [{ name: 'Newborn check', nameAr: 'فحص حديثي الولادة', price: 30, deposit: 5, currency: 'KWD' }] });
    expect(amountExcerpts('وفحص حديثي الولادة بـ ٣٠ د.أ.', jod)).toEqual([]);
    expect(amountExcerpts('وفحص حديثي الولادة بـ ٣٠ د.إ.', aed)).toEqual([]);
    expect(amountExcerpts('وفحص حديثي الولادة بـ ٣٠ د.أ.', kwd)).toHaveLength(1);
  });

  it('reads a unit before the word for a hundred, written apart ("ثلاث مية"), and a generic word in the amount\'s own sentence', () => {
    const doha = cairoTurnWithClinic({ services: [{ name: 'Mole removal', nameAr: 'إزالة الشامة', price: 1200, deposit: 300, currency: 'QAR' }] });
    expect(amountExcerpts('إزالة الشامة بألف ومتين ريال، والعربون ثلاث مية ريال.', doha)).toEqual([]);
    expect(amountExcerpts('إزالة الشامة بألف ومتين ريال، والعربون أربع مية ريال.', doha)).toEqual(['أربع مية ريال']);
    const tanta = cairoTurnWithClinic({
      services: [
        { name: 'Child Check-up', nameAr: 'كشف أطفال', price: 300, deposit: 50, currency: 'EGP' },
        { name: 'Fluoride Varnish', nameAr: 'فلورايد فارنيش', price: 450, deposit: 100, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('Fluoride varnish is EGP 450, with an LE 100 deposit. A regular check-up is 300 EGP.', tanta)).toEqual([]);
    expect(amountExcerpts('Fluoride varnish is EGP 450, with an LE 100 deposit. A regular check-up is 350 EGP.', tanta)).toEqual(['350 EGP']);
  });

  it('passes a total, a per-person multiple or a balance worked out from verified amounts, and flags one worked out wrong', () => {
    expect(amountExcerpts('Scaling is 600 EGP and a consultation is 350 EGP, so both on one visit comes to 950 EGP.')).toEqual([]);
    expect(amountExcerpts('Scaling is 600 EGP and a consultation is 350 EGP, so both on one visit comes to 1,000 EGP.')).toEqual(['1,000 EGP']);
    expect(amountExcerpts('For 4 family members, scaling comes to EGP 2,400 (EGP 600 each), with a EGP 100 deposit per person, so EGP 400 in total.')).toEqual([]);
    expect(amountExcerpts('For 4 family members, scaling comes to EGP 2,600 (EGP 600 each).')).toEqual(['EGP 2,600']);
    expect(amountExcerpts('تنظيف الجير لـ٣ أطفال يطلع المجموع ١٨٠٠ جنيه، والعربون ١٠٠ جنيه عن كل طفل، يعني ٣٠٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('تنظيف الجير لـ٣ أطفال يطلع المجموع ٢١٠٠ جنيه.')).toEqual(['٢١٠٠ جنيه']);
    expect(amountExcerpts('Root canal treatment is 2,500 EGP with a 500 EGP deposit when you book, leaving EGP 2,000 to pay at the clinic.')).toEqual([]);
    // A count of days or a time is not a number of people: the deposit is still wrong.
    expect(amountExcerpts('The scaling deposit is EGP 200, paid 2 days before, in total.')).toEqual(['EGP 200']);
  });

  it('counts an Arabic dual or number word, and adds up the deposits of the services discussed', () => {
    expect(amountExcerpts('تنظيف الجير سعره ٦٠٠ جنيه، وإذا حجزتي جلستين بصير المجموع ١٢٠٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('تنظيف الجير سعره ٦٠٠ جنيه، ولو حجزتي أربع جلسات يكون المجموع ٢٤٠٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('تنظيف الجير سعره ٦٠٠ جنيه، ولو حجزتي أربع جلسات يكون المجموع ٢٥٠٠ جنيه.')).toEqual(['٢٥٠٠ جنيه']);
    // Two hours is a time, not two of anything.
    expect(amountExcerpts('عربون تنظيف الجير ٢٠٠ جنيه يعني، وبيدفع قبلها بساعتين.')).toEqual(['٢٠٠ جنيه']);
    expect(amountExcerpts('Scaling is EGP 600 and a consultation is EGP 350. The deposits add up to EGP 150, payable when you book.')).toEqual([]);
    expect(amountExcerpts('Scaling is EGP 600 and a consultation is EGP 350. The deposits add up to EGP 250, payable when you book.')).toEqual(['EGP 250']);
  });

  it('reads a service named inside a longer service\'s name as the longer one, and a package by its generic word', () => {
    const andrology = cairoTurnWithClinic({
      services: [
        { name: 'Consultation', nameAr: 'استشارة', price: 450, deposit: 100, currency: 'AED' },
        { name: 'Vasectomy consultation', nameAr: 'استشارة قطع القناة الدافقة', price: 600, deposit: 150, currency: 'AED' },
      ],
    });
    expect(amountExcerpts('The vasectomy consultation is AED 600, and we just need a AED 100 deposit to hold the slot.', andrology)).toEqual(['AED 100']);
    expect(amountExcerpts('The vasectomy consultation is AED 600, and we just need a AED 150 deposit to hold the slot.', andrology)).toEqual([]);
    expect(amountExcerpts('A consultation is AED 450 and the vasectomy consultation is AED 600.', andrology)).toEqual([]);
    const sweating = cairoTurnWithClinic({
      services: [
        { name: 'Iontophoresis session', nameAr: 'جلسة التأين الكهربائي', price: 250, deposit: 50, currency: 'SAR' },
        { name: 'Iontophoresis package (8 sessions)', nameAr: 'باقة التأين الكهربائي (٨ جلسات)', price: 1600, deposit: 400, currency: 'SAR' },
      ],
    });
    expect(amountExcerpts('جلسة التأين الكهربائي بـ٢٥٠ ريال والعربون ٥٠ ريال بس. ولو تبي باقة الثمان جلسات، سعرها ١٦٠٠ ريال وعربونها ٤٠٠ ريال.', sweating)).toEqual([]);
    expect(amountExcerpts('جلسة التأين الكهربائي بـ٢٥٠ ريال والعربون ٥٠ ريال بس. ولو تبي باقة الثمان جلسات، سعرها ١٨٠٠ ريال.', sweating)).toEqual(['١٨٠٠ ريال']);
  });

  it('ties an amount to the service named since the amount before it, and adds up what the services priced in the reply cost', () => {
    const thyroid = cairoTurnWithClinic({
      services: [
        { name: 'Surgical consultation', nameAr: 'استشارة جراحية', price: 35, deposit: 10, currency: 'OMR' },
        { name: 'Thyroid ultrasound', nameAr: 'سونار الغدة الدرقية', price: 25, deposit: 5, currency: 'OMR' },
        { name: 'Ultrasound-guided FNA biopsy', nameAr: 'خزعة بالإبرة الدقيقة بتوجيه السونار', price: 60, deposit: 20, currency: 'OMR' },
      ],
    });
    expect(amountExcerpts('الاستشارة الجراحية بـ٣٥ ريال وسونار الغدة بـ٢٥ ريال، يعني المجموع ٦٠ ريال عماني، والعربون للاثنين ١٥ ريال بس.', thyroid)).toEqual([]);
    expect(amountExcerpts('الاستشارة الجراحية بـ٣٥ ريال وسونار الغدة بـ٣٥ ريال.', thyroid)).toEqual(['٣٥ ريال']);
    expect(amountExcerpts('The surgical consultation is OMR 35 and the thyroid ultrasound is OMR 35.', thyroid)).toEqual(['OMR 35']);
    expect(amountExcerpts('الاستشارة الجراحية بـ٣٥ ريال وسونار الغدة بـ٢٥ ريال، والعربون للاثنين ١٨ ريال.', thyroid)).toEqual(['١٨ ريال']);
  });

  it('passes a total for twins and the saving of a package over single sessions of the service it bundles', () => {
    expect(amountExcerpts('سعر تنظيف الجير ٦٠٠ جنيه للطفل الواحد، أي ١٢٠٠ جنيه للتوأمين معاً.')).toEqual([]);
    const lymph = cairoTurnWithClinic({
      services: [
        { name: 'Manual lymphatic drainage', nameAr: 'تصريف لمفاوي يدوي', price: 350, deposit: 50, currency: 'QAR' },
        { name: 'MLD package (10 sessions)', nameAr: 'باقة ١٠ جلسات تصريف لمفاوي', price: 3000, deposit: 750, currency: 'QAR' },
        { name: 'Limb volume measurement', nameAr: 'قياس حجم الطرف', price: 150, deposit: 30, currency: 'QAR' },
      ],
    });
    expect(amountExcerpts('The 10-session MLD package is QAR 3,000 with a QAR 750 deposit. Ten single sessions would come to QAR 3,500, so the package saves you 500 riyals.', lymph)).toEqual([]);
    expect(amountExcerpts('The 10-session MLD package is QAR 3,000 with a QAR 750 deposit. Ten single sessions would come to QAR 3,800, so the package saves you 800 riyals.', lymph)).toEqual(['QAR 3,800', '800 riyals']);
  });

  it('adds up only services the reply is about, reads "an echo" as the echocardiogram and "both" as a total', () => {
    const pelvic = cairoTurnWithClinic({
      services: [
        { name: 'Initial consultation', nameAr: 'استشارة أولى', price: 35, deposit: 10, currency: 'BHD' },
        { name: 'Pelvic floor physiotherapy session', nameAr: 'جلسة علاج طبيعي لعضلات الحوض', price: 25, deposit: 5, currency: 'BHD' },
        { name: 'Menopause consultation', nameAr: 'استشارة انقطاع الطمث', price: 45, deposit: 15, currency: 'BHD' },
        { name: 'Pessary fitting', nameAr: 'تركيب الحلقة المهبلية الداعمة', price: 60, deposit: 20, currency: 'BHD' },
      ],
    });
    // 130 is 25 + 45 + 60, three services the reply never names: not a total of anything it discusses.
    expect(amountExcerpts('If you book the full course of six physio sessions upfront, it comes to BD 130 instead of BD 150.', pelvic)).toEqual(['BD 130']);
    const cardiology = cairoTurnWithClinic({
      services: [
        { name: 'ECG', nameAr: 'رسم قلب', price: 250, deposit: 50, currency: 'EGP' },
        { name: 'Echocardiogram', nameAr: 'إيكو على القلب', price: 900, deposit: 200, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('An echo is 900 EGP and an ECG is 250 EGP, so doing both on the same visit comes to 1,150 EGP. The deposits are 200 EGP and 50 EGP respectively.', cardiology)).toEqual([]);
    expect(amountExcerpts('An echo is 950 EGP and an ECG is 250 EGP.', cardiology)).toEqual(['950 EGP']);
    expect(amountExcerpts('An echo is 900 EGP and an ECG is 250 EGP, so 1,150 EGP if you do both on the same day.', cardiology)).toEqual([]);
    expect(amountExcerpts('An echo is 900 EGP and an ECG is 250 EGP, so 1,250 EGP if you do both on the same day.', cardiology)).toEqual(['1,250 EGP']);
  });

  it('reads RO as the Omani rial, and a service by the first words of its name when no other service has them', () => {
    const muscat = cairoTurnWithClinic({ services: [{ name: 'Urology consultation', nameAr: 'استشارة المسالك البولية', price: 25, deposit: 5, currency: 'OMR' }] });
    expect(amountExcerpts('A urology consultation is RO 25. Please pay the RO 5 deposit at reception.', muscat)).toEqual([]);
    expect(amountExcerpts('A urology consultation is RO 25. Please pay the RO 10 deposit at reception.', muscat)).toEqual(['RO 10']);
    const home = cairoTurnWithClinic({
      services: [
        { name: 'Home assessment visit', nameAr: 'زيارة تقييم منزلية', price: 700, deposit: 200, currency: 'EGP' },
        { name: 'Falls-risk assessment', nameAr: 'تقييم خطر السقوط', price: 600, deposit: 150, currency: 'EGP' },
        { name: 'Post hip-surgery rehab package (8 sessions)', nameAr: 'باقة التأهيل بعد جراحة الورك (٨ جلسات)', price: 3200, deposit: 800, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('زيارة التقييم بـ٧٠٠ جنيه وبعدها باقة الـ٨ جلسات للتأهيل بعد عملية الورك بـ٣٢٠٠ جنيه، يعني الإجمالي ٣٩٠٠ جنيه، وعربون الاتنين مع بعض ١٠٠٠ جنيه.', home)).toEqual([]);
    expect(amountExcerpts('زيارة التقييم بـ٦٠٠ جنيه.', home)).toEqual(['٦٠٠ جنيه']);
  });

  it('ends a sentence at a currency abbreviation before a conditional, so the next sentence\'s service does not take the deposit', () => {
    const eyes = cairoTurnWithClinic({
      services: [
        { name: 'Cataract surgery consultation', nameAr: 'استشارة جراحة المياه البيضاء', price: 350, deposit: 100, currency: 'QAR' },
        { name: 'Pre-op biometry', nameAr: 'قياسات ما قبل العملية (البيومتري)', price: 450, deposit: 150, currency: 'QAR' },
      ],
    });
    expect(amountExcerpts('استشارة جراحة المياه البيضاء بـ٣٥٠ ريال قطري، والعربون ١٠٠ ر.ق. ولو حاب تسوي قياسات البيومتري بنفس اليوم يصير المجموع ٨٠٠ ريال.', eyes)).toEqual([]);
    expect(amountExcerpts('استشارة جراحة المياه البيضاء بـ٣٥٠ ريال قطري، والعربون ١٥٠ ر.ق. ولو حاب تسوي قياسات البيومتري بنفس اليوم.', eyes)).toEqual(['١٥٠ ر.ق.']);
    expect(amountExcerpts('استشارة جراحة المياه البيضاء ٣٥٠ ر.ق. والعربون ١٠٠ ر.ق.', eyes)).toEqual([]);
  });

  it('reads an amount that says what it is for after it ("and 50 SAR for the test") as that service\'s', () => {
    const urology = cairoTurnWithClinic({
      services: [
        { name: 'Urology Consultation', nameAr: 'استشارة مسالك', price: 350, deposit: 100, currency: 'SAR' },
        { name: 'PSA Blood Test', nameAr: 'تحليل PSA', price: 180, deposit: 50, currency: 'SAR' },
      ],
    });
    const reply = (deposit: number) =>
      `A urology consultation is 350 SAR and the PSA blood test is 180 SAR. To hold the slot we take a 100 SAR deposit for the consultation and ${deposit} SAR for the test.`;
    expect(amountExcerpts(reply(50), urology)).toEqual([]);
    expect(amountExcerpts(reply(60), urology)).toEqual(['60 SAR']);
  });

  it('multiplies or adds up only in a clause that says so, so a deposit beside a count of sessions is not a multiple', () => {
    const shoulder = cairoTurnWithClinic({
      services: [
        { name: 'Initial Shoulder Assessment', nameAr: 'تقييم الكتف الأولي', price: 25, deposit: 5, currency: 'JOD' },
        { name: 'Frozen Shoulder Program (10 sessions)', nameAr: 'برنامج الكتف المتجمد (١٠ جلسات)', price: 150, deposit: 30, currency: 'JOD' },
        { name: 'Shockwave Therapy', nameAr: 'العلاج بالموجات التصادمية', price: 35, deposit: 10, currency: 'JOD' },
      ],
    });
    expect(amountExcerpts('To secure the frozen shoulder program we take a JD 50 deposit, and the full 10 sessions come to JD 150.', shoulder)).toEqual(['JD 50']);
    expect(amountExcerpts('To secure the frozen shoulder program we take a JD 30 deposit, and the full 10 sessions come to JD 150.', shoulder)).toEqual([]);
    expect(amountExcerpts('تنظيف الجير بـ٦٠٠ جنيه والكشف بـ٣٥٠ جنيه، يعني المجموع ٩٥٠ جنيه، والعربون للثنتين ١٥٠ جنيه.')).toEqual([]);
  });

  it('reads an amount called a deposit, with no service to tie it to, against the catalog deposits only', () => {
    expect(amountExcerpts('Dr. Mona will see you on Tuesday. The deposit is 350 EGP.')).toEqual(['350 EGP']);
    expect(amountExcerpts('Dr. Mona will see you on Tuesday. The deposit is 100 EGP.')).toEqual([]);
    expect(amountExcerpts('It is 600 EGP with a 100 EGP deposit.')).toEqual([]);
    expect(amountExcerpts('It is 600 EGP with a 350 EGP deposit.')).toEqual(['350 EGP']);
    expect(amountExcerpts('د. منى هتشوفك يوم التلات، والعربون ٣٥٠ جنيه.')).toEqual(['٣٥٠ جنيه']);
    expect(amountExcerpts('د. منى هتشوفك يوم التلات، السعر ٣٥٠ جنيه والعربون ٥٠ جنيه.')).toEqual([]);
  });

  it('reads an amount called a deposit against the deposits even when its service is named', () => {
    expect(amountExcerpts('Scaling is 600 EGP, and the deposit is 350 EGP.')).toEqual(['350 EGP']);
    expect(amountExcerpts('Scaling is 600 EGP, and the deposit is 100 EGP.')).toEqual([]);
    expect(amountExcerpts('تنظيف الجير ب٦٠٠ جنيه، والعربون ٣٥٠ جنيه.')).toEqual(['٣٥٠ جنيه']);
    expect(amountExcerpts('تنظيف الجير ب٦٠٠ جنيه، والعربون ١٠٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('Scaling is EGP 600, deposit EGP 100.')).toEqual([]);
    const rehab = cairoTurnWithClinic({
      services: [
        { name: 'Cardiac Rehab Initial Assessment', nameAr: 'التقييم الأولي لتأهيل القلب', price: 85, deposit: 20, currency: 'OMR' },
        { name: '12-Week Cardiac Rehab Programme', nameAr: 'برنامج تأهيل القلب', price: 540, deposit: 100, currency: 'OMR' },
      ],
    });
    expect(amountExcerpts('The 12-week cardiac rehab programme is OMR 540, and the deposit is OMR 85.', rehab)).toEqual(['OMR 85']);
    expect(amountExcerpts('The 12-week cardiac rehab programme is OMR 540, and the deposit is OMR 100.', rehab)).toEqual([]);
    expect(amountExcerpts('برنامج تأهيل القلب بـ٥٤٠ ريال عماني، والعربون ٨٥ ريال.', rehab)).toEqual(['٨٥ ريال']);
  });

  it('reads "a session" or "الجلسة الواحدة" as the one single session of the catalog, not a rate per session', () => {
    const sessions = cairoTurnWithClinic({
      services: [
        { name: 'Physiotherapy Session', nameAr: 'جلسة علاج طبيعي', price: 300, deposit: 50, currency: 'EGP' },
        { name: '10-Session Package', nameAr: 'باقة ١٠ جلسات', price: 2700, deposit: 500, currency: 'EGP' },
        { name: 'Foot Pressure Scan', nameAr: 'فحص ضغط القدم', price: 350, deposit: 50, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('A session is 350 EGP.', sessions)).toEqual(['350 EGP']);
    expect(amountExcerpts('A session is 300 EGP.', sessions)).toEqual([]);
    expect(amountExcerpts('الجلسة الواحدة بـ٣٥٠ جنيه، والعربون ٥٠ جنيه بس.', sessions)).toEqual(['٣٥٠ جنيه']);
    expect(amountExcerpts('الجلسة الواحدة بـ٣٠٠ جنيه، والعربون ٥٠ جنيه بس.', sessions)).toEqual([]);
    expect(amountExcerpts('The foot pressure scan is EGP 350 per session.', sessions)).toEqual([]);
  });

  it('reads a service named only by a word inside a longer service\'s name as not named, and "عربون قدره" as a deposit', () => {
    const ent = cairoTurnWithClinic({
      services: [
        { name: 'Adenoidectomy', nameAr: 'استئصال اللحمية', price: 18000, deposit: 5000, currency: 'EGP' },
        { name: 'Adenotonsillectomy', nameAr: 'استئصال اللوز واللحمية', price: 24000, deposit: 6000, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('تبلغ تكلفة عملية استئصال اللوز واللحمية ١٨٬٠٠٠ جنيه.', ent)).toEqual(['١٨٬٠٠٠ جنيه']);
    expect(amountExcerpts('تبلغ تكلفة عملية استئصال اللوز واللحمية ٢٤٬٠٠٠ جنيه.', ent)).toEqual([]);
    expect(amountExcerpts('استئصال اللحمية بـ١٨٬٠٠٠ جنيه.', ent)).toEqual([]);
    expect(amountExcerpts('تبلغ تكلفة عملية استئصال اللوز واللحمية ٢٤٬٠٠٠ جنيه، مع عربون قدره ٥٬٠٠٠ جنيه.', ent)).toEqual(['٥٬٠٠٠ جنيه']);
    expect(amountExcerpts('تبلغ تكلفة عملية استئصال اللوز واللحمية ٢٤٬٠٠٠ جنيه، مع عربون قدره ٦٬٠٠٠ جنيه.', ent)).toEqual([]);
  });

  it('passes what something outside the clinic costs (parking, a taxi), and names a service in British spelling', () => {
    expect(amountExcerpts('Street parking along the Corniche is usually EGP 10–15 with the attendant.')).toEqual([]);
    expect(amountExcerpts('الباركنج قدام العيادة بـ١٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('A taxi from the metro is about EGP 40.')).toEqual([]);
    expect(amountExcerpts('Parking is EGP 10 and a scaling is EGP 900.')).toEqual(['EGP 900']);
    expect(amountExcerpts('A consultation is about EGP 40.')).toEqual(['EGP 40']);
    const rehab = cairoTurnWithClinic({
      services: [
        { name: 'Pulmonary Rehab Session', nameAr: 'جلسة تأهيل رئوي', price: 300, deposit: 50, currency: 'EGP' },
        { name: 'Pulmonary Rehab Program (12 sessions)', nameAr: 'برنامج تأهيل رئوي (١٢ جلسة)', price: 3200, deposit: 800, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('The full 12-session programme is EGP 3,200 with an EGP 800 deposit.', rehab)).toEqual([]);
    expect(amountExcerpts('The full 12-session programme is EGP 3,100 with an EGP 800 deposit.', rehab)).toEqual(['EGP 3,100']);
  });

  it('passes what a garage, valet or "الركنة" costs', () => {
    expect(amountExcerpts('الركنة قدام العمارة بـ١٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('فيه جراج قدام الفرع الساعة فيه بـ١٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('فيه مواقف قدام المبنى بـ 3 جنيه للساعة، والفاليه متوفر بـ ٢٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('الكشف قدام العمارة بـ١٠ جنيه.')).toEqual(['١٠ جنيه']);
  });

  it('reads a deposit word on the next line as not this amount\'s, and a fare, "الباركينغ" or a car park named before a bracket as outside costs', () => {
    const paraffin = cairoTurnWithClinic({
      services: [
        { name: 'Physiotherapy Session', nameAr: 'جلسة علاج طبيعي', price: 250, deposit: 50, currency: 'EGP' },
        { name: 'Paraffin Wax Therapy', nameAr: 'جلسة شمع البارافين', price: 180, deposit: 50, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('🔹 جلسة شمع البارافين: ١٨٠ جنيه\nالعربون بيتدفع فودافون كاش.', paraffin)).toEqual([]);
    expect(amountExcerpts('🔹 جلسة شمع البارافين: ١٨٠ جنيه والعربون ١٨٠ جنيه.', paraffin)).toEqual(['١٨٠ جنيه']);
    expect(amountExcerpts('ولو جاية بتاكسي، الأجرة تقريباً ٥٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('الباركينغ تحت البناية بـ٣ جنيه للساعة.')).toEqual([]);
    expect(amountExcerpts('The building has a paid basement car park (around EGP 10 per hour).')).toEqual([]);
    expect(amountExcerpts('A scaling (EGP 900) is done in one visit.')).toEqual(['EGP 900']);
  });

  it('reads an amount "for" a service named without an article as that service\'s', () => {
    expect(amountExcerpts('Deposits: EGP 50 for the consultation and EGP 100 for scaling.')).toEqual([]);
    expect(amountExcerpts('Deposits: EGP 50 for the consultation and EGP 500 for scaling.')).toEqual(['EGP 500']);
  });

  it('reads a rate ("per visit") as no sum, and a price after sentences about a service as that service\'s', () => {
    expect(amountExcerpts('Scaling is EGP 600 with an EGP 100 deposit, and a consultation has an EGP 50 deposit. A root canal is EGP 150 per visit.')).toEqual(['EGP 150']);
    expect(amountExcerpts('Scaling is EGP 600 with an EGP 100 deposit, and a consultation has an EGP 50 deposit, so the deposits come to EGP 150 in total.')).toEqual([]);
    expect(amountExcerpts("We offer scaling. It's a quick visit with our hygienist. The price is EGP 350.")).toEqual(['EGP 350']);
    expect(amountExcerpts("We offer scaling. It's a quick visit with our hygienist. The price is EGP 600.")).toEqual([]);
  });

  it('reads "a session" after a service was described as a session of that service, and a price after a passing mention of another service as the topic\'s', () => {
    expect(amountExcerpts('Scaling removes hardened plaque from the teeth. A session is EGP 600 with an EGP 100 deposit.')).toEqual([]);
    expect(amountExcerpts('Scaling removes hardened plaque from the teeth. A session is EGP 2,500 with an EGP 100 deposit.')).toEqual(['EGP 2,500']);
    expect(amountExcerpts('Scaling removes hardened plaque. Whether you need it is decided at the consultation. Price: EGP 600, deposit EGP 100.')).toEqual([]);
    expect(amountExcerpts('Scaling removes hardened plaque. Whether you need it is decided at the consultation. Price: EGP 2,500, deposit EGP 100.')).toEqual(['EGP 2,500']);
    expect(amountExcerpts('تنظيف الجير بيشيل الجير المتراكم. وهل محتاجه ولا لا ده بيتحدد في الكشف. السعر ٦٠٠ جنيه والعربون ١٠٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('تنظيف الجير بيشيل الجير المتراكم. وهل محتاجه ولا لا ده بيتحدد في الكشف. السعر ٧٠٠ جنيه والعربون ١٠٠ جنيه.')).toEqual(['٧٠٠ جنيه']);
  });

  it('reads a dollar sign after the number ("60$") as an amount', () => {
    const beirut = cairoTurnWithClinic({ services: [{ name: 'Home rehab visit', nameAr: 'زيارة تأهيل منزلية', price: 70, deposit: 20, currency: 'USD' }] });
    expect(amountExcerpts('الزيارة المنزلية بـ70$ والعربون 20$.', beirut)).toEqual([]);
    expect(amountExcerpts('الزيارة المنزلية بـ60$ والعربون 20$.', beirut)).toEqual(['60$']);
  });

  it('reads "2D" as naming the one service of that dimension', () => {
    const scans = cairoTurnWithClinic({
      services: [
        { name: '2D Ultrasound', nameAr: 'سونار عادي', price: 250, deposit: 50, currency: 'EGP' },
        { name: '4D Ultrasound', nameAr: 'سونار رباعي الأبعاد', price: 700, deposit: 150, currency: 'EGP' },
        { name: 'Anomaly Scan', nameAr: 'سونار التشوهات', price: 900, deposit: 200, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('You could have a regular 2D scan instead of the anomaly scan. It is EGP 250.', scans)).toEqual([]);
    expect(amountExcerpts('You could have a regular 2D scan instead of the anomaly scan. It is EGP 700.', scans)).toEqual(['EGP 700']);
  });

  it('reads a screening as the one screening service, sets aside a service named after "than" for the next sentence, and reads "بالفيديو" as the service\'s word', () => {
    const clinic = cairoTurnWithClinic({
      services: [
        { name: 'Cardiac screening', nameAr: 'فحص القلب', price: 45, deposit: 10, currency: 'EGP' },
        { name: 'Echocardiogram', nameAr: 'إيكو', price: 60, deposit: 15, currency: 'EGP' },
        { name: 'Botulinum toxin for jaw muscles', nameAr: 'حقن البوتوكس للفك', price: 1800, deposit: 400, currency: 'EGP' },
        { name: 'Custom occlusal splint', nameAr: 'جبيرة إطباق', price: 2200, deposit: 500, currency: 'EGP' },
        { name: 'Routine EEG', nameAr: 'رسم مخ عادي', price: 700, deposit: 150, currency: 'EGP' },
        { name: 'Sleep-deprived EEG', nameAr: 'رسم مخ بعد الحرمان من النوم', price: 1100, deposit: 250, currency: 'EGP' },
        { name: 'Video EEG monitoring', nameAr: 'رسم مخ بالفيديو', price: 2800, deposit: 700, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('Since your echocardiogram is booked, the screening at EGP 45 can wait.', clinic)).toEqual([]);
    expect(amountExcerpts('Since your echocardiogram is booked, the screening at EGP 50 can wait.', clinic)).toEqual(['EGP 50']);
    expect(amountExcerpts('Botox into the jaw muscles tends to work better than a splint. It is EGP 1,800 with an EGP 400 deposit.', clinic)).toEqual([]);
    expect(amountExcerpts('Botox into the jaw muscles tends to work better than a splint. It is EGP 1,800 with an EGP 500 deposit.', clinic)).toEqual(['EGP 500']);
    expect(amountExcerpts('رسم المخ بالفيديو سعره ٢٨٠٠ جنيه، والعربون ٧٠٠ جنيه.', clinic)).toEqual([]);
    expect(amountExcerpts('رسم المخ بالفيديو سعره ٢٨٠٠ جنيه، والعربون ٢٥٠ جنيه.', clinic)).toEqual(['٢٥٠ جنيه']);
  });

  it('reads an Arabic feminine plural ("جلسات علاج طبيعي") as the service named in the singular', () => {
    const clinic = cairoTurnWithClinic({
      services: [
        { name: 'Physiotherapy Session', nameAr: 'جلسة علاج طبيعي', price: 300, deposit: 50, currency: 'EGP' },
        { name: 'Home Visit Session', nameAr: 'جلسة علاج طبيعي منزلية', price: 600, deposit: 150, currency: 'EGP' },
      ],
    });
    expect(amountExcerpts('الدكتور بيحدد جلسات علاج طبيعي (٣٠٠ جنيه) ولا جلسات منزلية.', clinic)).toEqual([]);
    expect(amountExcerpts('الدكتور بيحدد جلسات علاج طبيعي (٤٠٠ جنيه) ولا جلسات منزلية.', clinic)).toEqual(['٤٠٠ جنيه']);
    expect(amountExcerpts('You may need physiotherapy sessions (EGP 300) or home visit sessions.', clinic)).toEqual([]);
  });

  it('reads a currency word ("دولار") as no word of a service one letter away ("دوار")', () => {
    const clinic = cairoTurnWithClinic({
      services: [
        { name: 'Concussion Assessment', nameAr: 'تقييم الارتجاج', price: 120, deposit: 30, currency: 'USD' },
        { name: 'Vestibular & Balance Assessment', nameAr: 'تقييم الدوار والتوازن', price: 95, deposit: 25, currency: 'USD' },
      ],
    });
    expect(amountExcerpts('تقييم الارتجاج سعره ١٢٠ دولار، والعربون ٣٠ دولار.', clinic)).toEqual([]);
    expect(amountExcerpts('تقييم الارتجاج سعره ١٢٠ دولار، والعربون ٤٠ دولار.', clinic)).toEqual(['٤٠ دولار']);
  });

  it('reads the dirham, in words or "Dhs", as the Emirates\' or Morocco\'s, and MAD as a currency code', () => {
    const meknes = cairoTurnWithClinic({ services: [{ name: 'Spasticity & gait assessment', nameAr: 'تقييم التشنج والمشي', price: 700, deposit: 200, currency: 'MAD' }] });
    expect(amountExcerpts('ثمن تقييم التشنج والمشي هو ٧٠٠ درهم، والعربون ٢٠٠ درهم.', meknes)).toEqual([]);
    expect(amountExcerpts('A spasticity and gait assessment is 700 dirhams, or 700 Dhs.', meknes)).toEqual([]);
    expect(amountExcerpts('A spasticity and gait assessment is 700 MAD with a 200 MAD deposit.', meknes)).toEqual([]);
    expect(amountExcerpts('A spasticity and gait assessment is 600 MAD with a 200 MAD deposit.', meknes)).toEqual(['600 MAD']);
    expect(amountExcerpts('التقييم ب ٧٠٠ درهم اماراتي.', meknes)).toEqual(['٧٠٠ درهم اماراتي']);
    expect(amountExcerpts('A spasticity and gait assessment is 700 Moroccan dirhams.', meknes)).toEqual([]);
    const dubai = cairoTurnWithClinic({ services: [{ name: 'Hearing screening', nameAr: 'فحص السمع', price: 300, deposit: 75, currency: 'AED' }] });
    expect(amountExcerpts('فحص السمع ب ٣٠٠ درهم.', dubai)).toEqual([]);
    expect(amountExcerpts('A hearing screening is 300 Moroccan dirhams.', dubai)).toEqual(['300 Moroccan dirhams']);
  });

  it('reads the lira as the Lebanese or Syrian pound', () => {
    const sidon = cairoTurnWithClinic({ services: [{ name: 'Halitosis Consultation', nameAr: 'استشارة رائحة الفم', price: 60, deposit: 20, currency: 'USD' }] });
    expect(amountExcerpts('الاستشارة بـ٦٠ دولار، يعني تقريباً ٥ ملايين و٣٧٠ ألف ليرة.', sidon)).toEqual(['٣٧٠ ألف ليرة']);
    expect(amountExcerpts('The consultation is $60, about 5,370,000 Lebanese lira.', sidon)).toEqual(['5,370,000 Lebanese lira']);
    const beirut = cairoTurnWithClinic({ services: [{ name: 'Halitosis Consultation', nameAr: 'استشارة رائحة الفم', price: 500000, deposit: 100000, currency: 'LBP' }] });
    expect(amountExcerpts('استشارة رائحة الفم ب ٥٠٠ ألف ليرة، والعربون ١٠٠ ألف ليرة لبنانية.', beirut)).toEqual([]);
  });

  it('reads the Turkish lira by code, "TL", "₺", "ليرة تركية" or a bare "ليرة", and "try" before a number as the verb', () => {
    const istanbul = cairoTurnWithClinic({ services: [{ name: 'FUE hair transplant', nameAr: 'زراعة الشعر', price: 85000, deposit: 15000, currency: 'TRY' }] });
    expect(amountExcerpts('FUE is 85,000 TRY with a 15,000 TL deposit, or ₺85,000 in full.', istanbul)).toEqual([]);
    expect(amountExcerpts('زراعة الشعر بـ ٨٥٬٠٠٠ ليرة تركية، والعربون 15,000 ليرة.', istanbul)).toEqual([]);
    expect(amountExcerpts('FUE is 80,000 TRY.', istanbul)).toEqual(['80,000 TRY']);
    expect(amountExcerpts('زراعة الشعر بـ ٨٠٬٠٠٠ ليرة تركية.', istanbul)).toEqual(['٨٠٬٠٠٠ ليرة تركية']);
    expect(amountExcerpts('The deposit is 15,000 Lebanese lira.', istanbul)).toEqual(['15,000 Lebanese lira']);
    expect(amountExcerpts('Try 2 sessions first; the deposit is 15,000 TRY.', istanbul)).toEqual([]);
  });

  it('reads a bare "جنيه" as Egypt\'s or Sudan\'s pound, a Sudanese one as Sudan\'s only, and the ouguiya as Mauritania\'s', () => {
    const khartoum = cairoTurnWithClinic({ services: [{ name: 'Holter monitoring', nameAr: 'هولتر', price: 60000, deposit: 15000, currency: 'SDG' }] });
    expect(amountExcerpts('الهولتر بـ ٦٠ ألف جنيه، والعربون ١٥٬٠٠٠ جنيه سوداني.', khartoum)).toEqual([]);
    expect(amountExcerpts('الهولتر بـ ٦٠ ألف جنيه مصري.', khartoum)).toEqual(['٦٠ ألف جنيه مصري']);
    expect(amountExcerpts('هولتر بـ ٦٠٠ جنيه سوداني.')).toEqual(['٦٠٠ جنيه سوداني']);
    const nouakchott = cairoTurnWithClinic({ services: [{ name: 'Laser session', nameAr: 'جلسة الليزر', price: 3000, deposit: 1000, currency: 'MRU' }] });
    expect(amountExcerpts('جلسة الليزر عندنا بـ٣٠٠٠ أوقية.', nouakchott)).toEqual([]);
    expect(amountExcerpts('جلسة الليزر عندنا بـ٣٥٠٠ أوقية.', nouakchott)).toEqual(['٣٥٠٠ أوقية']);
  });

  it('reads "دج" and "DA" as the Algerian dinar', () => {
    const oran = cairoTurnWithClinic({ services: [{ name: 'Anticoagulation consultation', nameAr: 'استشارة مميعات الدم', price: 3500, deposit: 1000, currency: 'DZD' }] });
    expect(amountExcerpts('الاستشارة ب ٣٥٠٠ دج والعربون ١٠٠٠ دج.', oran)).toEqual([]);
    expect(amountExcerpts('The consultation is 3500 DA.', oran)).toEqual([]);
    expect(amountExcerpts('تكلفة الاستشارة ٤٠٠٠ دج.', oran)).toEqual(['٤٠٠٠ دج.']);
  });

  it('takes the price less the deposit only as what is left to pay, not as a cheaper option', () => {
    expect(amountExcerpts('Root canal treatment costs 2,000 EGP after the deposit, the remaining balance paid at the clinic.')).toEqual([]);
    expect(amountExcerpts('At 2,000 EGP, root canal treatment is the cheaper option.')).toEqual(['2,000 EGP']);
    expect(amountExcerpts('علاج العصب الباقي منه ٢٠٠٠ جنيه بعد العربون.')).toEqual([]);
  });

  it('reads millions ("٤ مليون", "2 million"), thousands grouped by spaces ("60 000 DZD") and a deposit after "و" ("والعربون ٧٥ ألف")', () => {
    const duhok = cairoTurnWithClinic({ services: [{ name: 'IVF cycle', nameAr: 'دورة أطفال الأنابيب', price: 4500000, deposit: 1000000, currency: 'IQD' }] });
    expect(amountExcerpts('سعر دورة أطفال الأنابيب ٤ مليون دينار.', duhok)).toEqual(['٤ مليون دينار']);
    expect(amountExcerpts('An IVF cycle is 4.5 million IQD, with a 1 million IQD deposit.', duhok)).toEqual([]);
    const tlemcen = cairoTurnWithClinic({ services: [{ name: 'Lithotripsy', nameAr: 'تفتيت الحصى', price: 60000, deposit: 15000, currency: 'DZD' }] });
    expect(amountExcerpts('Lithotripsy costs 60 000 DZD, with a 15 000 DZD deposit.', tlemcen)).toEqual([]);
    expect(amountExcerpts('Lithotripsy costs 65 000 DZD.', tlemcen)).toEqual(['65 000 DZD']);
    expect(amountExcerpts('تفتيت الحصى بـ٦٠ ألف دينار والعربون ١٥ ألف.', tlemcen)).toEqual([]);
    expect(amountExcerpts('تفتيت الحصى بـ٦٠ ألف دينار والعربون ٢٠ ألف.', tlemcen)).toEqual(['٢٠ ألف']);
  });

  it('prices a bracket by the service named since the bracket before, past a condition sharing a word with another service', () => {
    const khartoum = cairoTurnWithClinic({
      services: [
        { name: 'Follow-up Consultation', nameAr: 'استشارة متابعة', price: 25000, deposit: 5000, currency: 'SDG' },
        { name: 'Abdominal Ultrasound (Gallbladder & Pancreas)', nameAr: 'موجات صوتية للبطن', price: 40000, deposit: 10000, currency: 'SDG' },
      ],
    });
    expect(amountExcerpts('We offer follow-up consultations after pancreatitis or gallbladder problems (SDG 25,000).', khartoum)).toEqual([]);
    expect(amountExcerpts('We offer follow-up consultations after pancreatitis or gallbladder problems (SDG 35,000).', khartoum)).toEqual(['SDG 35,000']);
  });

  it('reads the franc ("فرنك", "francs"): Djibouti\'s when named, any franc of the catalog when not', () => {
    const djibouti = cairoTurnWithClinic({ services: [{ name: 'Typhoid vaccine', nameAr: 'تطعيم التيفوئيد', price: 5000, deposit: 1000, currency: 'DJF' }] });
    expect(amountExcerpts('تطعيم التيفوئيد عندنا بـ٥٠٠٠ فرنك جيبوتي.', djibouti)).toEqual([]);
    expect(amountExcerpts('تطعيم التيفوئيد عندنا بـ٦٠٠٠ فرنك.', djibouti)).toEqual(['٦٠٠٠ فرنك']);
    expect(amountExcerpts('The typhoid vaccine is 5,000 francs.', djibouti)).toEqual([]);
    expect(amountExcerpts('The typhoid vaccine is 5,000 Swiss francs.', djibouti)).toEqual(['5,000 Swiss francs']);
  });

  it('reads "ل.س" as the Syrian pound and "ل.ل" as the Lebanese one', () => {
    const homs = cairoTurnWithClinic({ services: [{ name: 'Rehabilitation assessment', nameAr: 'تقييم تأهيلي', price: 150000, deposit: 25000, currency: 'SYP' }] });
    expect(amountExcerpts('التقييم التأهيلي بـ ١٥٠٬٠٠٠ ل.س والعربون ٢٥٬٠٠٠.', homs)).toEqual([]);
    expect(amountExcerpts('التقييم التأهيلي بـ ١٢٠٬٠٠٠ ل.س.', homs)).toEqual(['١٢٠٬٠٠٠ ل.س.']);
    expect(amountExcerpts('التقييم التأهيلي بـ ١٥٠٬٠٠٠ ل.ل.', homs)).toEqual(['١٥٠٬٠٠٠ ل.ل.']);
  });

  it('reads the shekel ("شيكل", "₪"), "مليون ونص" and a deposit "اللي دفعته" as amounts', () => {
    const nablus = cairoTurnWithClinic({ services: [{ name: 'Gait training', nameAr: 'تدريب المشي', price: 100, deposit: 20, currency: 'ILS' }] });
    expect(amountExcerpts('جلسة تدريب المشي بـ١٠٠ شيكل والعربون ٢٠ شيكل.', nablus)).toEqual([]);
    expect(amountExcerpts('جلسة تدريب المشي بـ١٥٠ شيكل.', nablus)).toEqual(['١٥٠ شيكل']);
    expect(amountExcerpts('Gait training is ₪150 a session.', nablus)).toEqual(['₪150']);
    const tyre = cairoTurnWithClinic({ services: [{ name: 'Adjustment visit', nameAr: 'زيارة الشد', price: 1500000, deposit: 500000, currency: 'LBP' }] });
    expect(amountExcerpts('زيارة الشد بمليون ونص ليرة.', tyre)).toEqual([]);
    expect(amountExcerpts('زيارة الشد بمليونين ليرة.', tyre)).toEqual(['بمليونين ليرة']);
    expect(amountExcerpts('العربون اللي دفعته ٥٠٠ ألف ينحسب على الموعد الجديد.', tyre)).toEqual([]);
    expect(amountExcerpts('العربون اللي دفعته ٤٠ ألف ينحسب على الموعد الجديد.', tyre)).toEqual(['٤٠ ألف']);
  });

  it('reads an amount followed by "each" as the price of one, not a multiple of a catalog amount ("three sessions at EGP 300 each")', () => {
    // 300 is three scaling deposits (3 × 100), but "each" makes it the price of one session.
    expect(amountExcerpts('Scaling usually takes three sessions at EGP 300 each.')).toEqual(['EGP 300']);
    expect(amountExcerpts('Scaling usually takes three sessions at EGP 600 each, which comes to EGP 1,800.')).toEqual([]);
  });

  it('reads "a" as one only before "hundred" or "thousand", not before a currency code ("we take a DA 2,000 deposit")', () => {
    const algiers = cairoTurnWithClinic({ services: [{ name: 'Chemical peel', nameAr: 'تقشير كيميائي', price: 7000, deposit: 2000, currency: 'DZD' }] });
    expect(amountExcerpts('A chemical peel is DA 7,000 and we take a DA 2,000 deposit to hold the slot.', algiers)).toEqual([]);
    expect(amountExcerpts('A chemical peel is 7,000 DA and we take a 3,000 DA deposit to hold the slot.', algiers)).toEqual(['3,000 DA']);
    expect(amountExcerpts('Scaling is a thousand pounds.')).toEqual(['a thousand pounds']);
  });

  it('reads "30.000 DA" as thirty thousand (a dot grouping thousands) but "1.500 KWD" as one and a half, and "LD" and "DT" as dinars', () => {
    const algiers = cairoTurnWithClinic({ services: [{ name: 'Carpal tunnel release', nameAr: 'تحرير النفق الرسغي', price: 120000, deposit: 30000, currency: 'DZD' }] });
    expect(amountExcerpts('The deposit to hold the theatre slot is 30.000 DA.', algiers)).toEqual([]);
    expect(amountExcerpts('The deposit to hold the theatre slot is 40.000 DA.', algiers)).toEqual(['40.000 DA']);
    const kuwait = cairoTurnWithClinic({ services: [{ name: 'Consultation', nameAr: 'استشارة', price: 1.5, deposit: 0, currency: 'KWD' }] });
    expect(amountExcerpts('A consultation is 1.500 KWD.', kuwait)).toEqual([]);
    const tripoli = cairoTurnWithClinic({ services: [{ name: 'PRP injection', nameAr: 'حقن البلازما', price: 900, deposit: 200, currency: 'LYD' }] });
    expect(amountExcerpts('The PRP injection is LD 900 and the deposit is LD 200.', tripoli)).toEqual([]);
    expect(amountExcerpts('The PRP injection is LD 900 and the deposit is LD 250.', tripoli)).toEqual(['LD 250']);
    const tunis = cairoTurnWithClinic({ services: [{ name: 'Consultation', nameAr: 'استشارة', price: 60, deposit: 20, currency: 'TND' }] });
    expect(amountExcerpts('A consultation is 70 DT.', tunis)).toEqual(['70 DT']);
  });
  it('reads a service word after an amount ("a SAR 1,500 deposit holds your surgery date") as possibly about the service priced before it, but not one named before the amount', () => {
    const eyes = cairoTurnWithClinic({
      services: [
        { name: 'LASIK (both eyes)', nameAr: 'عملية الليزك للعينين', price: 6500, deposit: 1500, currency: 'SAR' },
        { name: 'Cataract Surgery (per eye)', nameAr: 'عملية المياه البيضاء للعين الواحدة', price: 9000, deposit: 2000, currency: 'SAR' },
      ],
    });
    expect(amountExcerpts('LASIK for both eyes is SAR 6,500, and a SAR 1,500 deposit holds your surgery date.', eyes)).toEqual([]);
    expect(amountExcerpts('LASIK for both eyes is SAR 6,500, and a SAR 1,800 deposit holds your surgery date.', eyes)).toEqual(['SAR 1,800']);
    expect(amountExcerpts('LASIK for both eyes is SAR 6,500, and for cataract surgery the deposit is SAR 1,500.', eyes)).toEqual(['SAR 1,500']);
  });
});
