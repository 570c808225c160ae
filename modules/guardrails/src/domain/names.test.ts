import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn, cairoTurnWithClinic } from './turn-fixture';
import type { VerifiedTurn } from './verified-turn';

function findings(reply: string, turn: VerifiedTurn = cairoTurn()) {
  return checkReply({ reply, turn, now: CAIRO_NOW, mode: 'log' }).findings.filter((f) => f.kind === 'unverified_name');
}

describe('unverified names', () => {
  it('passes a catalog doctor by full name, first name or title and surname, in English and Arabic', () => {
    expect(findings('Dr. Mona Adel can see you. Mona is lovely, and Dr. Farouk is free too.')).toEqual([]);
    expect(findings('د. منى عادل فاضية، ود. كريم كمان.')).toEqual([]);
  });

  it('flags a doctor the clinic does not have, in English and Arabic', () => {
    expect(findings('Dr. Tarek Hamdy will see you on Tuesday.').map((f) => f.excerpt)).toEqual(['Tarek Hamdy']);
    expect(findings('هتكون مع د. طارق حمدي.').map((f) => f.excerpt)).toEqual(['طارق حمدي']);
  });

  it('flags a doctor name one letter off', () => {
    expect(findings('Dr. Mona Adle has an opening.')).toHaveLength(1);
    expect(findings('د. منى عادلي عندها ميعاد.')).toHaveLength(1);
  });

  it('reads a patronymic with "بن" as part of the name, and "سيد" after thanks as a title', () => {
    const turn = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Slim Ben Amor', nameAr: 'د. سليم بن عمر' }] });
    expect(findings('د. سليم بن علي عنده موعد الأربعاء.', turn).map((f) => f.excerpt)).toEqual(['سليم بن علي']);
    expect(findings('د. سليم بن عمر عنده موعد الأربعاء.', turn)).toEqual([]);
    expect(findings('Dr. Slim Ben Ali has an opening on Wednesday.', turn)).toHaveLength(1);
    const youssef = cairoTurn({ patient: { name: 'Youssef Kammoun', phone: '+21655123987' } });
    expect(findings('شكراً سيد يوسف، سنرسل لك التذكير.', youssef)).toEqual([]);
    expect(findings('Thank you, Mr. Youssef, we will send the reminder.', youssef)).toEqual([]);
    // The Maghrebi "باش" (in order to, will) is no name.
    expect(findings('الطبيبة باش تشوف الحالة بنفسها.')).toEqual([]);
  });

  it('flags a known first name with a wrong surname', () => {
    expect(findings('Your appointment is with Dr. Karim Fawzy.')).toHaveLength(1);
    expect(findings('ميعادك مع د. كريم فوزي.')).toHaveLength(1);
  });

  it('flags a branch the clinic does not have, in English and Arabic', () => {
    expect(findings('We also have a branch in Nasr City.')).toHaveLength(1);
    expect(findings('عندنا فرع في مدينة نصر كمان.')).toHaveLength(1);
    expect(findings('أقرب فرع ليك هو فرع الزمالك.')).toHaveLength(1);
  });

  it('passes the clinic’s own branches in either language', () => {
    expect(findings('Our Heliopolis and Maadi branches are both open.')).toEqual([]);
    expect(findings('عندنا فرعين، واحد في مصر الجديدة والتاني في المعادي.')).toEqual([]);
  });

  it('flags a staff member nobody verified, with or without a title', () => {
    expect(findings('Our senior hygienist, Sarah Collins, will take care of you.')).toHaveLength(1);
    expect(findings('الأخصائية سارة كولينز هتعملك الجلسة.')).toHaveLength(1);
  });

  it('passes the verified patient addressed in the other script', () => {
    expect(findings('أهلاً يا أستاذ عمر، إزيك؟')).toEqual([]);
    const arabicPatient = cairoTurn({ patient: { name: 'أحمد إبراهيم', phone: '+201098765432' } });
    expect(findings('Thanks, Ahmed! See you soon.', arabicPatient)).toEqual([]);
  });

  it('does not read ordinary capitalised words as names', () => {
    expect(findings('Parking is free. Unfortunately, Friday is our day off. We take Visa and InstaPay.')).toEqual([]);
  });

  it('matches hyphenated and particle surnames against the catalog, however the particle is written', () => {
    const turn = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Salma Al-Rashid', nameAr: 'د. سلمى الراشد' }] });
    for (const reply of [
      'Dr. Salma Al-Rashid can see you on Tuesday.',
      'Dr. Salma Al Rashid can see you on Tuesday.',
      'Dr. Salma Alrashid can see you on Tuesday.',
      'Dr. El-Rashid can see you on Tuesday.',
      'Dr. Rashid can see you on Tuesday.',
    ]) {
      expect(findings(reply, turn), reply).toEqual([]);
    }
    expect(findings('Dr. Salma Al-Rashidi can see you on Tuesday.', turn)).toHaveLength(1);
    expect(findings('Dr. Salma Al-Harthy can see you on Tuesday.', turn)).toHaveLength(1);
    expect(findings('Dr. Nour Al-Rashid can see you on Tuesday.', turn)).toHaveLength(1);
  });

  it('does not read medicine and product names as people', () => {
    for (const reply of [
      'Two Nurofen Express tablets were mentioned in your message.',
      'You mentioned the Colgate Sensitive Pro Relief toothpaste.',
      'If the Zentavia is making you drowsy, the doctor will review it.',
      'You said you take Zentavia 75 mg at night.',
      'You were switched to Zentavia last year.',
    ]) {
      expect(findings(reply), reply).toEqual([]);
    }
  });

  it('still flags a name in a place or person slot after an article or a verb of taking', () => {
    expect(findings('You could try the Nasr City branch instead.')).toHaveLength(1);
    expect(findings('You can take Zeina’s first opening on Tuesday.')).toHaveLength(1);
    expect(findings('Your Zamalek appointment is on Tuesday.')).toHaveLength(1);
  });

  it('does not read the patient’s family as clinic people, but still reads a titled name', () => {
    expect(findings("We'll see you and little Adam then!")).toEqual([]);
    expect(findings('بنتك ليلى هتكون مع د. منى.')).toEqual([]);
    expect(findings('Dr. Adam will see you.').map((f) => f.excerpt)).toEqual(['Adam']);
  });

  it('checks a lone untitled name only where it stands as a clinic person or place, in English', () => {
    for (const reply of [
      "I'm sorry things haven't felt right since Salma was born.",
      'I hope your mother-in-law Shamsa feels better soon.',
      'Enjoy the trip to Salalah!',
      'You can pay by card, Apple Pay or Thawani at reception, or by K-Net.',
      "You're all set! Little Adam's eye exam with Dr. Mona is on Tuesday at 10:00.",
      "At Faisal's age a check-up every six months is usual; we'll send Yassin's reminders too.",
      'Our Maadi branch is nowhere near Kuwait City.',
    ]) {
      expect(findings(reply), reply).toEqual([]);
    }
    expect(findings('We also have a branch in Fintas.').map((f) => f.excerpt)).toEqual(['Fintas']);
    expect(findings('We have branches in Heliopolis, Maadi and Hawalli.').map((f) => f.excerpt)).toEqual(['Hawalli']);
    expect(findings('Our new branch in New Cairo opens next month.').map((f) => f.excerpt)).toEqual(['Cairo']);
    expect(findings('Anil has tomorrow at 8 am, or you could see Maha.').map((f) => f.excerpt)).toEqual(['Anil']);
    expect(findings("You're booked in with Maha for Tuesday.").map((f) => f.excerpt)).toEqual(['Maha']);
    expect(findings('Nadia from our front desk will call you back.').map((f) => f.excerpt)).toEqual(['Nadia']);
    expect(findings('Our senior physio, Sarah, takes all first visits.').map((f) => f.excerpt)).toEqual(['Sarah']);
  });

  it('checks a lone untitled Arabic name only as a clinic person, and reads a title before a speciality', () => {
    for (const reply of ['هلا أم حمد، أي موعد يناسب حمد؟', 'موعد تالا يوم الإثنين مع د. منى.', 'ربنا يخليلك ياسين 😊', 'أبشر بو فيصل، الكشف يوم الثلاثاء مع د. منى.']) {
      expect(findings(reply), reply).toEqual([]);
    }
    expect(findings('الكشف يوم السبت مع سارة.').map((f) => f.excerpt)).toEqual(['سارة']);
    expect(findings('سارة فاضية بكرة الساعة ١٠.').map((f) => f.excerpt)).toEqual(['سارة']);
    expect(findings('الأخصائية كيت هتشوفك يوم السبت.').map((f) => f.excerpt)).toEqual(['كيت']);
    expect(findings('مع أخصائية العلاج الطبيعي ليلى ناصر يوم السبت.').map((f) => f.excerpt)).toEqual(['ليلى ناصر']);
  });

  it('reads a new branch "في" a place, places after "فروع", and a place that is also a given name only after "في"', () => {
    expect(findings('عندنا فرع جديد في السيب قريب منكم.').map((f) => f.excerpt)).toEqual(['السيب']);
    expect(findings('عندنا فروع في المعادي ومصر الجديدة وحولي.').map((f) => f.excerpt)).toEqual(['وحولي']);
    expect(findings('تم حجز فحص فيصل يوم الثلاثاء في فرع المعادي.')).toEqual([]);
    expect(findings('عندنا فرع تاني في فيصل.').map((f) => f.excerpt)).toEqual(['فيصل']);
  });

  it('reads a brand before a payment word as a payment method, "الفرع" before an adverb as no place, and the city in the clinic name as known', () => {
    expect(findings('You can pay by CliQ, Zain Cash or card.')).toEqual([]);
    expect(findings('Zain can see you on Tuesday.').map((f) => f.excerpt)).toEqual(['Zain']);
    expect(findings('وإذا احتجت التواصل مع الفرع مباشرة فرقمه ٠٢٢١٢٣٤٥٦٨.')).toEqual([]);
    const dammam = cairoTurnWithClinic({ name: 'Dammam Spine & Joint Centre' });
    expect(findings('عنّا فرعين بالدمام: المعادي ومصر الجديدة.', dammam)).toEqual([]);
    expect(findings('عنّا فرعين بالدمام: المعادي ومصر الجديدة.').map((f) => f.excerpt)).toEqual(['بالدمام']);
  });

  it('reads a list after "branches —" as places, and a place named after a date before "branch"', () => {
    expect(findings('PRP is available at all three of our branches — Heliopolis, Maadi and Riffa.').map((f) => f.excerpt)).toEqual(['Riffa']);
    expect(findings('Fetal echo is done at our 6th of October branch.').map((f) => f.excerpt)).toEqual(['6th of October']);
    const october = cairoTurnWithClinic({ branches: [{ name: '6th of October', nameAr: 'السادس من أكتوبر', phone: '+20238374411' }] });
    expect(findings('Fetal echo is done at our 6th of October branch.', october)).toEqual([]);
  });

  it('reads the place before a colon and a branch list as their area, and a clinic doctor\'s first name before another surname as a name', () => {
    expect(findings('We have two branches in Cairo: Heliopolis and Maadi.')).toEqual([]);
    expect(findings('We have two branches in Cairo: Heliopolis and Zamalek.').map((f) => f.excerpt)).toEqual(['Zamalek']);
    expect(findings('Full Invisalign treatment is planned at the consultation.')).toEqual([]);
    const salim = cairoTurnWithClinic({ doctors: [{ name: 'Salim Al Hinai', nameAr: 'سالم الهنائي' }] });
    expect(findings('موعدك مع سالم الهناني يوم الأحد.', salim).map((f) => f.excerpt)).toEqual(['سالم الهناني']);
    expect(findings('موعدك مع سالم الهنائي يوم الأحد.', salim)).toEqual([]);
  });

  it('reads "Umm" and "Abu" as a kunya, and a name after one branch and a colon as no branch', () => {
    expect(findings('Your scan is cancelled, so you can be with your mother, Umm Fahad, for her visit.')).toEqual([]);
    expect(findings('Both children are with Dr. Mona at the Maadi branch: Jana at 4:00 pm and Adam at 4:30 pm.')).toEqual([]);
    expect(findings('We have two branches: Maadi and Zamalek.').map((f) => f.excerpt)).toEqual(['Zamalek']);
  });

  it('reads greetings, "Same", plural opening nouns and landmarks as words, and a service name with a possessive as the service', () => {
    const mens = cairoTurnWithClinic({ services: [{ name: "Men's Health Check-up", nameAr: 'فحص صحة الرجل', price: 2400, deposit: 500, currency: 'EGP' }] });
    for (const reply of [
      "The Men's Health Check-up is EGP 2,400.",
      'Morning Omar! Your scaling is on Tuesday at 10:00.',
      'Same branch, same deposit, nothing else for you to do.',
      'Reminders will keep going to your number.',
      'The paid car park next to our building on Sassine Square is the easiest option.',
    ]) {
      expect(findings(reply, mens), reply).toEqual([]);
    }
    expect(findings('James will see you on Tuesday.').map((f) => f.excerpt)).toEqual(['James']);
    expect(findings('We also have a branch on El Galaa Street.').map((f) => f.excerpt)).toEqual(['El Galaa']);
  });

  it('reads another clinic doctor\'s surname after a first name as part of the name', () => {
    const two = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Rana Khoury', nameAr: 'د. رنا خوري' }, { name: 'Dr. Elie Haddad', nameAr: 'د. إيلي حداد' }] });
    expect(findings('د. رنا حداد فاضية نهار الاثنين.', two).map((f) => f.excerpt)).toEqual(['رنا حداد']);
    expect(findings('د. رنا خوري فاضية نهار الاثنين.', two)).toEqual([]);
  });

  it('reads hospitals and streets outside the clinic, and greetings, as no branch, and a list after "both" as places', () => {
    for (const reply of [
      'Sorry to hear your father has been admitted to Royal Hospital.',
      "There's paid parking on Tahrir Street opposite the clinic.",
      "Jumu'ah Mubarak, Omar! Your scaling is on Tuesday at 10:00.",
      'Both children are with Dr. Mona tomorrow at Maadi: Jana at 4:00 pm and Adam at 4:30 pm.',
    ]) {
      expect(findings(reply), reply).toEqual([]);
    }
    expect(findings("We're open at both Maadi and Ruwi.").map((f) => f.excerpt)).toEqual(['Ruwi']);
    expect(findings('There is a small waiting area with Wi-Fi.')).toEqual([]);
    expect(findings('We work with MedNet and GlobeMed. Hope Omar\'s school trip goes well!')).toEqual([]);
  });

  it('does not read a short function word as a misspelt surname, and reads a branch that starts with "ب" after "فرع"', () => {
    const portSaid = cairoTurnWithClinic({
      doctors: [{ name: 'Dr. Tamer Zaki', nameAr: 'د. تامر زكي' }],
      branches: [{ name: 'Port Fouad', nameAr: 'بورفؤاد', phone: '+20663409876' }],
    });
    expect(findings('الكشف مع د. تامر في بورفؤاد يوم الأربع.', portSaid)).toEqual([]);
    expect(findings('الكشف يوم السبت في فرع بورفؤاد.', portSaid)).toEqual([]);
    expect(findings('الكشف مع د. تامر زكى يوم الأربع.', portSaid)).toEqual([]);
    expect(findings('الكشف مع د. تامر زكريا يوم الأربع.', portSaid).map((f) => f.excerpt)).toEqual(['تامر زكريا']);
  });

  it('does not read the one booked or cared for as a clinic person, but still reads a name asked for or taken from', () => {
    for (const reply of [
      "I'm sorry Yousef has had ear pain since last night; Dr. Mona can see him on Tuesday.",
      "Yousef's hearing test with Dr. Mona is on Tuesday at 10:00.",
      "For Jana's newborn hearing screening, please bring her birth certificate.",
      'Dr. Mona is free on Tuesday at 10:00 — would that work for Yousef?',
      "I've booked Yousef in with Dr. Mona for Tuesday at 10:00.",
      'Dr. Mona has 10:00 am for Jana and 10:30 am for Fahad on Tuesday.',
    ]) {
      expect(findings(reply), reply).toEqual([]);
    }
    expect(findings('Please ask for Hala at the front desk.').map((f) => f.excerpt)).toEqual(['Hala']);
    expect(findings("Yousef can see you on Tuesday; he's our audiologist.").map((f) => f.excerpt)).toEqual(['Yousef']);
  });

  it('reads Levantine and Gulf given names after a title, but not the same words as ordinary words or codes', () => {
    expect(findings('الدكتور فراس الشرع بيقدر يشوفك يوم السبت.').map((f) => f.excerpt)).toEqual(['فراس']);
    for (const reply of ['عندنا موعدين، أيهم يناسبك؟', 'حط فص توم على الضرس.', 'The HbA1c test is 350 EGP.', 'الجو هيكون زين بكرة.', 'ساعات العمل لدينا من الأحد إلى الأربعاء.', 'A wax softener like Cerumol is sold at reception.', 'الكالسيوم وفيتامين د وتجنب الأثقال.', 'Doing Kegels three times a day should help.', 'An antihistamine drop like Opatanol is sold at reception.', 'A drop like Zentavia is sold at reception.']) {
      expect(findings(reply), reply).toEqual([]);
    }
  });

  it('still reads a given name after "by" in a payment sentence as a person', () => {
    expect(findings('Pay the deposit by Nadia at reception.').map((f) => f.excerpt)).toEqual(['Nadia']);
  });

  it('reads a family-name-shaped word after a known first name as part of the name', () => {
    expect(findings('د. منى الشريفي تقدر تشوفك يوم الثلاثاء.').map((f) => f.excerpt)).toEqual(['منى الشريفي']);
    expect(findings('د. منى الجاي تقدر تشوفك.')).toEqual([]);
    expect(findings('د. منى عادل تقدر تشوفك يوم الثلاثاء.')).toEqual([]);
  });

  it('compares a branch with the clinic’s places, never with the patient’s name by skeleton, and reads the place after a district word', () => {
    const rawahi = cairoTurn({ patient: { name: 'Hamad Al-Rawahi', phone: '+96891234567' } });
    expect(findings('عندنا موعد متاح في فرعنا بروي.', rawahi).map((f) => f.excerpt)).toEqual(['روي']);
    expect(findings('يا أستاذ حمد، عندنا موعد في فرع المعادي.', rawahi)).toEqual([]);
    expect(findings('يمكنك زيارتنا في فرع حي الياسمين.').map((f) => f.excerpt)).toEqual(['الياسمين']);
    expect(findings('يمكنك زيارتنا في فرع حي المعادي.')).toEqual([]);
    expect(findings('عندنا فرع في مدينة نصر كمان.')).toHaveLength(1);
  });

  it('matches a one-word name with no consonants across scripts ("Aya" addressed as "آية")', () => {
    const aya = cairoTurn({ patient: { name: 'Aya Ramadan', phone: '+201115566778' } });
    expect(findings('معلش يا مدام آية، الدكتورة هتقيّم الموضوع معاكي في الكشف.', aya)).toEqual([]);
    expect(findings('الدكتورة آية هتقيّم الموضوع معاكي في الكشف.')).not.toEqual([]);
  });

  it('does not read payment brands or a single capital letter as names', () => {
    for (const reply of [
      'We accept cards, Tabby and Tamara.',
      'You can pay with KNET, Apple Pay, Valu or Fawry.',
      'InstaPay and Vodafone Cash work too.',
      'The 3D scan takes ten minutes.',
      'Parking is on level B, next to gate C.',
      'Please bring your national ID or Iqama.',
      'You can pay the deposit by card, or by Whish or OMT transfer.',
      'The deposit can be paid at reception or by CliQ.',
      'We accept cash, cards and CliQ.',
      'You can also pay through eFAWATEERcom or JoMoPay.',
      'Bring your Emirates ID and your Daman card.',
    ]) {
      expect(findings(reply), reply).toEqual([]);
    }
  });

  it('keeps a multi-word catalog branch and still flags an unknown branch next to a payment brand', () => {
    const turn = cairoTurn();
    const withMarina = cairoTurn({
      clinic: { ...turn.clinic, branches: [...turn.clinic.branches, { name: 'Dubai Marina', nameAr: 'دبي مارينا', phone: '+97144508800' }] },
    });
    expect(findings('Free parking at the Dubai Marina branch, and we accept Tabby.', withMarina)).toEqual([]);
    expect(findings('Free parking at the Dubai Creek branch, and we accept Tabby.', withMarina).map((f) => f.excerpt)).toEqual(['Dubai Creek']);
    expect(findings('Dr. Q Tarek will see you.')).toHaveLength(1);
  });

  it('does not read skin-care products as names', () => {
    expect(findings('Keep the area moisturised with Vaseline or Bepanthen.')).toEqual([]);
    expect(findings('Dr. Hala Samir suggests Vaseline.').map((f) => f.excerpt)).toEqual(['Hala Samir']);
  });

  it('reads plural acronyms and "Poor" as words, and the patient after "Poor" as the patient', () => {
    const omar = cairoTurn();
    expect(findings('Please bring both partners’ IDs and any earlier MRIs.')).toEqual([]);
    expect(findings('Poor Omar, that sounds upsetting. Dr. Mona can see you on Tuesday.', omar)).toEqual([]);
    expect(findings('Poor Yusuf, that sounds upsetting.', omar)).toEqual([]);
    expect(findings('Yusuf can see you on Tuesday.', omar).map((f) => f.excerpt)).toEqual(['Yusuf']);
  });

  it('reads a given name with the article, or an ambiguous given name before a family name, as part of a name', () => {
    expect(findings('عندنا د. منى الشريف.').map((f) => f.excerpt)).toEqual(['منى الشريف']);
    expect(findings('عندنا د. منى عادل.')).toEqual([]);
    expect(findings('عندنا أخصائية التغذية سلمى الحارثي.').map((f) => f.excerpt)).toEqual(['سلمى الحارثي']);
    expect(findings('عندنا برنامج أمل الشهري للحوامل.')).toEqual([]);
  });

  it('reads a given name that is also an ordinary word ("لينا", "to us") as a name after "د."', () => {
    const lina = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Lina Haddad', nameAr: 'د. لينا حداد' }] });
    expect(findings('موعدك مع د. لينا حمّاد.', lina).map((f) => f.excerpt)).toEqual(['لينا حمّاد']);
    expect(findings('موعدك مع د. لينا حداد.', lina)).toEqual([]);
    expect(findings('الدكتور قال لينا نأكد الموعد بكرة.', lina)).toEqual([]);
  });

  it('compares a branch written in Latin letters after "فرع" with the Latin branch names', () => {
    const jlt = cairoTurnWithClinic({ branches: [{ name: 'JLT', nameAr: 'أبراج بحيرات جميرا', phone: '+97144209876' }] });
    expect(findings('تقدر تكلم فرع JLT على طول.', jlt)).toEqual([]);
    expect(findings('تقدر تكلم فرع JBR على طول.', jlt).map((f) => f.excerpt)).toEqual(['JBR']);
  });

  it('does not read countries, travel destinations or nouns ending in "-tion" as names', () => {
    expect(findings("I'm sorry about the monkey bite in Bali. For Tanzania, Dr. Mona can see you on Tuesday.")).toEqual([]);
    expect(findings('Please bring your passport so the International Certificate of Vaccination can be issued.')).toEqual([]);
    expect(findings("I'm sorry about the monkey bite in Bali. Dr. Lana can see you on Tuesday.").map((f) => f.excerpt)).toEqual(['Lana']);
  });

  it('reads a service word after "لل" ("حصة يوغا للحوامل") as the same word with the article ("حصة يوغا الحوامل")', () => {
    const yoga = cairoTurnWithClinic({ services: [{ name: 'Antenatal Yoga Class', nameAr: 'حصة يوغا للحوامل', price: 12, deposit: 5, currency: 'JOD' }] });
    expect(findings('حصة يوغا الحوامل الوحدة بـ١٢ دينار.', yoga)).toEqual([]);
    expect(findings('حصة يوغا الحوامل الوحدة بـ١٢ دينار.', cairoTurn())).toEqual([]);
  });

  it('does not read a royal\'s name in a hospital or street name ("مستشفى الملك فيصل التخصصي") as a clinic person', () => {
    expect(findings('جيبوا معكم أي تقارير سابقة (مثلاً من مستشفى الملك فيصل التخصصي).')).toEqual([]);
    expect(findings('جيبوا معكم أي تقارير سابقة لموعدكم مع فيصل القحطاني.').map((f) => f.excerpt)).toEqual(['فيصل القحطاني']);
  });

  it('reads the words before a landmark noun as the landmark, unless a branch is there', () => {
    expect(findings('There is free parking behind the building on Wasfi Al-Tal Street, and we are near Al Maadi Souq.')).toEqual([]);
    expect(findings('We also have a branch on El Galaa Street.').map((f) => f.excerpt)).toEqual(['El Galaa']);
    expect(findings('Come to our Zarqa Road branch.').map((f) => f.excerpt)).toEqual(['Zarqa']);
  });

  it('reads a place after an Arabic landmark noun as the landmark, and any neighbourhood named where the branches are', () => {
    expect(findings('يوجد موقف سيارات أمام العيادة بالقرب من جامعة الإسكندرية.')).toEqual([]);
    expect(findings('يوجد موقف سيارات أمام العيادة في الإسكندرية.').map((f) => f.excerpt)).toEqual(['الإسكندرية']);
    expect(findings('عندنا فرعين، واحد في المعادي والثاني في حي السلامة.').map((f) => f.excerpt)).toEqual(['السلامة']);
    expect(findings('عندنا فرعين، واحد في المعادي والثاني في مصر الجديدة.')).toEqual([]);
  });

  it('reads "أ." with its dot as a title, also after a speciality', () => {
    expect(findings('تقدرين تتواصلين مع أخصائية السمع أ. شيخة الحبسية.').map((f) => f.excerpt)).toEqual(['شيخة الحبسية']);
    expect(findings('مقدرش أحكم إذا كانت محتاجة عملية ولا لأ. الدكتور هيقولك بعد ما يكشف.')).toEqual([]);
  });

  it('reads a brand given as an example of a product as a product, even with a title', () => {
    expect(findings("Bring any insoles you use, even store-bought ones like Dr. Scholl's.")).toEqual([]);
    expect(findings("Bring any insoles you use; Dr. Scholl can look at them.").map((f) => f.excerpt)).toEqual(['Scholl']);
  });

  it('ends a name at a possessive, and reads a name where a branch is as a clinic place', () => {
    const autism = cairoTurnWithClinic({ services: [{ name: 'Autism Diagnostic Assessment', nameAr: 'تقييم تشخيص التوحد', price: 3800, deposit: 800, currency: 'AED' }] });
    expect(findings("Noor's Autism Diagnostic Assessment with Dr. Mona is booked.", autism)).toEqual([]);
    expect(findings('We have a third branch on Al-Hashmi Street as well.').map((f) => f.excerpt)).toEqual(['Al-Hashmi']);
    expect(findings('The entrance is on the side street next to Doha Bank, and we work with Invisalign.')).toEqual([]);
  });

  it('reads the words after a landmark noun as its name, and a known branch\'s street as its address', () => {
    expect(findings("We're on the first floor above Banque Misr on the main road.")).toEqual([]);
    expect(findings('The Maadi branch is on Salem Al-Mubarak Street, right across from the mall.')).toEqual([]);
    expect(findings('We have a new branch on Salem Al-Mubarak Street.').map((f) => f.excerpt)).toEqual(['Salem Al-Mubarak']);
  });

  it('reads a branch known by the landmark it is near as a branch, and a named branch\'s landmark as its address', () => {
    expect(findings('Our new branch near Mansoura University opens in March.').map((f) => f.excerpt)).toEqual(['Mansoura University']);
    expect(findings('Our Maadi branch near Mansoura University is open.')).toEqual([]);
    expect(findings('Our Maadi branch on Salem Al-Mubarak Street is open.')).toEqual([]);
    expect(findings('فرعنا الجديد قرب جامعة المنصورة بيفتح الشهر الجاي.').map((f) => f.excerpt)).toEqual(['المنصورة']);
    expect(findings('فرع المعادي جنب جامعة المنصورة.')).toEqual([]);
  });

  it('reads what is near, opposite or a walk from the clinic as a landmark, also a bank\'s branch, a circle or a waterfront', () => {
    expect(findings('Our Maadi branch is just past Abdoun Circle, next to the Banque Misr branch.')).toEqual([]);
    expect(findings('The Maadi branch is a short walk from Al Majaz Waterfront, and the Heliopolis branch is near Zero 6 Mall.')).toEqual([]);
    expect(findings('Our Maadi branch is opposite Cozmo, and our Zamalek branch is near the Marriott.').map((f) => f.excerpt)).toEqual(['Zamalek']);
    expect(findings('Our new branch near Zero 6 Mall opens in March.').map((f) => f.excerpt)).toEqual(['Zero']);
  });

  it('reads a name before a kind of product (frames, lenses, hearing aids) as a brand', () => {
    expect(findings('Our optical corner stocks flexible Miraflex and Nano Vista frames in lots of colours.')).toEqual([]);
    expect(findings('Our optical corner is run by Nano Vista, who can help with frames.').map((f) => f.excerpt)).toEqual(['Nano Vista']);
  });

  it('reads a grandmother or aunt named in passing as family, a child who has a fever or will be scheduled as the patient, and a staff name after a speciality', () => {
    expect(findings("Yes, that's fine: Yazan's grandmother Samira can bring him.")).toEqual([]);
    expect(findings("Yes, that's fine: our nurse Samira can see him.").map((f) => f.excerpt)).toEqual(['Samira']);
    expect(findings('If Yazan has a fever, please call us before coming in.')).toEqual([]);
    expect(findings('Sorry, Yazan has an opening on Monday morning.').map((f) => f.excerpt)).toEqual(['Yazan']);
    expect(findings('After the consultation, Jad will most likely be scheduled for a follow-up.')).toEqual([]);
    expect(findings('أخصائي العلاج الطبيعي نواف هو اللي بيسوي لك جلسة التأهيل.').map((f) => f.excerpt)).toEqual(['نواف']);
  });

  it('reads a family member named with an honorific as family, and an address block as an address', () => {
    expect(findings('Dr. Mona Adel will visit your mother, Mrs. Aida, tomorrow at 5 pm.')).toEqual([]);
    expect(findings('Our receptionist, Mrs. Aida, will call you tomorrow.').map((f) => f.excerpt)).toEqual(['Aida']);
    expect(findings('Our Maadi branch is on Osman Bin Affan Avenue in Block 338.')).toEqual([]);
  });

  it('reads a name after "الممرضة" as a clinic person, and a word after it that is no name as none', () => {
    expect(findings('والممرضة أمل بتعطيك بودرة لما تمر علينا.').map((f) => f.excerpt)).toEqual(['أمل']);
    expect(findings('الممرضة بتاعتنا هتساعدك في الاستقبال.')).toEqual([]);
  });

  it('does not read the "إ." of the dirham\'s abbreviation as a title before the next word', () => {
    expect(findings('الكشف بـ ٣٥٠ د.إ. ولو سويته مع التنظيف يكون المجموع ٩٥٠ درهم.')).toEqual([]);
    expect(findings('الكشف مع أ. سلوى يوم الثلاثاء.').map((f) => f.excerpt)).toEqual(['سلوى']);
  });

  it('reads a child the reply names through a parent\'s kunya as family wherever it comes up', () => {
    expect(findings('لا تشيلين هم يا أم يزن، الممرضة بتكون مع يزن طول فترة الاختبار بكرة.')).toEqual([]);
    expect(findings('لا تشيلين هم، الممرضة بتكون مع يزن طول فترة الاختبار.').map((f) => f.excerpt)).toEqual(['يزن']);
  });

  it('reads a word after a title and its speciality as a name when a given or family name follows it', () => {
    expect(findings('تسويه أخصائية البصريات زهوة راشد.').map((f) => f.excerpt)).toEqual(['زهوة راشد']);
    expect(findings('تسويه أخصائية البصريات بكل سرور.')).toEqual([]);
  });

  it('reads a place named after a date inside a list of branches', () => {
    const zayed = cairoTurnWithClinic({ branches: [{ name: 'Sheikh Zayed', nameAr: 'الشيخ زايد', phone: '+20238512341' }, { name: '6th of October', nameAr: '٦ أكتوبر', phone: '+20238365577' }] });
    expect(findings('We have branches in Sheikh Zayed, 6th of October and New Cairo.', zayed).map((f) => f.excerpt)).toEqual(['Cairo']);
    expect(findings('We have branches in Sheikh Zayed and 6th of October.', zayed)).toEqual([]);
  });

  it('reads every brand in a list given as examples of a product as a product', () => {
    expect(findings('Our coordinator can go over implant brands like Straumann and Nobel Biocare.')).toEqual([]);
    expect(findings('Our coordinator can go over implants with Dr. Mona and Dr. Nobel Biocare.').map((f) => f.excerpt)).toEqual(['Nobel Biocare']);
  });

  it('reads a name that sees a doctor, or is booked in with one, as the patient, not a clinician', () => {
    expect(findings('A humidifier may help until Leo sees Dr. Mona on Tuesday.')).toEqual([]);
    expect(findings('Lovely, Leo is booked in with Dr. Mona on Tuesday at 10:00.')).toEqual([]);
    expect(findings('Maha sees patients on Tuesdays.').map((f) => f.excerpt)).toEqual(['Maha']);
    expect(findings('Maha is booked up this week.').map((f) => f.excerpt)).toEqual(['Maha']);
  });

  it('does not read "بعد" after a doctor\'s first name as a misspelt surname ("عبد")', () => {
    const nermeen = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Nermeen Abdelaziz', nameAr: 'د. نرمين عبد العزيز' }] });
    expect(findings('ده قرار د. نرمين بعد ما تشوف البشرة بنفسها.', nermeen)).toEqual([]);
    expect(findings('ده قرار د. نرمين عبد الله.', nermeen).map((f) => f.excerpt)).toEqual(['نرمين عبد الله']);
  });

  it('reads a run before a lower-case landmark noun ("Oud Metha station") as the landmark', () => {
    expect(findings('The nearest metro is Oud Metha station, and there is paid parking in the building.')).toEqual([]);
    expect(findings('Come to our Oud Metha branch.').map((f) => f.excerpt)).toEqual(['Oud Metha']);
  });

  it('reads a place after "سيتي سنتر" as the mall\'s name', () => {
    expect(findings('فرعنا في المعادي قريب من سيتي سنتر الإسكندرية.')).toEqual([]);
    expect(findings('فرعنا الجديد في الإسكندرية.').map((f) => f.excerpt)).toEqual(['الإسكندرية']);
  });

  it('reads a name near the clinic as a landmark, and "Ramadan" after a title as a surname', () => {
    expect(findings('Our Maadi branch is a two-minute drive from Kingdom Centre.')).toEqual([]);
    expect(findings('Come to our Kingdom Centre on Tuesday.').map((f) => f.excerpt)).toEqual(['Kingdom']);
    expect(findings('Your scaling is with Dr. Mona Ramadan.').map((f) => f.excerpt)).toEqual(['Mona Ramadan']);
    expect(findings('Ramadan Kareem! We are open 9 am to 5 pm.')).toEqual([]);
  });

  it('reads "City Center Doha" as a mall', () => {
    expect(findings("There's paid parking at City Center Doha just across the street.")).toEqual([]);
    expect(findings('Our West Bay branch is open until 9 pm.').map((f) => f.excerpt)).toEqual(['West Bay']);
  });

  it('reads a place after "فرع جديد ب…" as a branch', () => {
    expect(findings('عنا فرع بالمعادي، وكمان فرع جديد بالحصن إذا أقربلك.').map((f) => f.excerpt)).toEqual(['الحصن']);
    expect(findings('عنا فرع بالمعادي، وكمان فرع جديد بالمعادي التانية.')).toEqual([]);
  });

  it('reads "دبي مارينا" as one place', () => {
    const dubai = cairoTurnWithClinic({ name: 'Dubai Sleep Centre', branches: [{ name: 'Jumeirah', nameAr: 'جميرا', phone: '+97143456789' }] });
    expect(findings('عندنا فرع في دبي مارينا قريب منك.', dubai).map((f) => f.excerpt)).toEqual(['دبي مارينا']);
    expect(findings('عندنا فرع في جميرا قريب منك.', dubai)).toEqual([]);
  });

  it('reads a word in brackets in a service name as part of it, and a sentence-opening "Whenever" as no name', () => {
    const vaccines = cairoTurnWithClinic({
      services: [{ name: 'Meningococcal Vaccine (Nimenrix)', nameAr: 'تطعيم الالتهاب السحائي (نيمنريكس)', price: 1650, deposit: 200, currency: 'EGP' }],
    });
    expect(findings("Done, Malak's Nimenrix appointment on Tuesday has been cancelled.", vaccines)).toEqual([]);
    expect(findings("Done, Malak's Bexsero appointment on Tuesday has been cancelled.", vaccines).map((f) => f.excerpt)).toEqual(['Bexsero']);
    expect(findings('Whenever Omar is feeling better, just message us to rebook.')).toEqual([]);
    expect(findings('Whenever Yasmin is free, she can see you.').map((f) => f.excerpt)).toEqual(['Yasmin']);
  });

  it('reads the words before a landmark noun as its name, ordinary words included, in English and Arabic', () => {
    expect(findings("We're on the 2nd floor of Al-Yasmin Medical Building, opposite Yarmouk University.")).toEqual([]);
    expect(findings("We're on the 2nd floor, and Al-Yasmin Medical can help you there.").map((f) => f.excerpt)).toEqual(['Al-Yasmin Medical']);
    expect(findings('والفرع في شارع فلسطين قريب من مبنى هيئة قناة السويس.')).toEqual([]);
    expect(findings('وعندنا فرع في السويس كمان.').map((f) => f.excerpt)).toEqual(['السويس']);
  });

  it('reads a child who runs a temperature as the patient, not staff', () => {
    expect(findings('If Malak runs a temperature after the shot, please call us.')).toEqual([]);
    expect(findings('Malak runs our front desk and can help with that.').map((f) => f.excerpt)).toEqual(['Malak']);
  });

  it('reads the words of a service name in another order as the service, and a name that "would be used" as a product', () => {
    const botox = cairoTurnWithClinic({ services: [{ name: 'Botox - forehead lines', nameAr: 'بوتوكس خطوط الجبهة', price: 900, deposit: 300, currency: 'EGP' }] });
    expect(findings('Forehead Botox is 900 EGP with a 300 EGP deposit.', botox)).toEqual([]);
    expect(findings('Jawline Botox is 900 EGP with a 300 EGP deposit.', botox).map((f) => f.excerpt)).toEqual(['Jawline Botox']);
    expect(findings("I can't say whether Restylane would be used for your lips.")).toEqual([]);
    expect(findings('Restylane will see you on Tuesday.').map((f) => f.excerpt)).toEqual(['Restylane']);
  });

  it('does not read the word after a nurse and her role as a name because "على" after it is also a given name', () => {
    expect(findings('يمكنك التحدث مع الممرضة المتابعة لحالتك على رقم العيادة.')).toEqual([]);
    expect(findings('يمكنك التحدث مع الممرضة المتابعة أمينة راشد على رقم العيادة.').map((f) => f.excerpt)).toEqual(['أمينة راشد']);
  });

  it('reads each of two branches joined by "و" ("فرع بالمعادي وفرع بالزمالك"), and a name "with" someone as a clinic person only in visit talk', () => {
    expect(findings('عنا فرع بالمعادي وفرع بالزمالك.').map((f) => f.excerpt)).toContain('الزمالك');
    expect(findings('عنا فرع بالمعادي وفرع بمصر الجديدة.')).toEqual([]);
    expect(findings('Before bed, try a few minutes of slow breathing with Adam.')).toEqual([]);
    expect(findings('Your session tomorrow is with Adam.').map((f) => f.excerpt)).toEqual(['Adam']);
  });

  it('reads a nisba after a title and a clinic doctor\'s first name as the wrong surname, and a lower-case branch name before a street as the branch', () => {
    expect(findings('د. كريم منسي فاضي يوم التلات.').map((f) => f.excerpt)).toEqual(['كريم منسي']);
    expect(findings('د. كريم فاضي يوم التلات.')).toEqual([]);
    expect(findings('د. منى عادل فاضية يوم التلات.')).toEqual([]);
    const downtown = cairoTurnWithClinic({ branches: [{ name: 'Downtown', nameAr: 'وسط البلد', phone: '+20643334455' }] });
    expect(findings('Your appointment is at our downtown branch on Sultan Hussein Street.', downtown)).toEqual([]);
    expect(findings('Your appointment is at our nearest branch on Sultan Hussein Street.', downtown).map((f) => f.excerpt)).toEqual(['Sultan Hussein']);
  });

  it('reads "St." as a street, a named branch\'s "is in" as its address, a given name after "شارع" as the street\'s, and an imperative after a doctor\'s first name as no surname', () => {
    expect(findings('The Maadi branch is on Abdel Salam Aref St. near the metro.')).toEqual([]);
    expect(findings('You can see Abdel Salam Aref there.').map((f) => f.excerpt)).toEqual(['Abdel Salam Aref']);
    expect(findings('Our Maadi branch is in Porto Arabia, Tower 12.')).toEqual([]);
    expect(findings('Our new branch is in Porto Arabia, Tower 12.').map((f) => f.excerpt)).toEqual(['Porto']);
    expect(findings('وفرع المعادي في ٢٢ شارع فوزي معاذ جنب النادي.')).toEqual([]);
    expect(findings('الجلسة مع فوزي معاذ يوم التلات.').map((f) => f.excerpt)).toEqual(['فوزي معاذ']);
    expect(findings('لحد ميعادك مع د. كريم ادهني اللثة بشوية عسل.')).toEqual([]);
  });

  it('reads someone who "can drive you" or "will most likely need" a treatment as the patient\'s side, not staff', () => {
    expect(findings("It's good that Ahmed can drive you; he's welcome to wait in reception.")).toEqual([]);
    expect(findings('Ahmed can see you on Tuesday at 10:00.').map((f) => f.excerpt)).toEqual(['Ahmed']);
    expect(findings('Salma will most likely need her adenoids removed.')).toEqual([]);
    expect(findings('Salma will see you on Tuesday at 10:00.').map((f) => f.excerpt)).toEqual(['Salma']);
  });

  it('reads "Main line" as no name, a name joined by "bin" up to a landmark noun as the landmark\'s, and "District" as a landmark noun', () => {
    expect(findings('Main line: 02 2123 4567')).toEqual([]);
    expect(findings('Mobile line: 0106 677 8899')).toEqual([]);
    expect(findings('Salma line: 02 2123 4567').map((f) => f.excerpt)).toEqual(['Salma']);
    expect(findings('Our Maadi branch is on Sheikh Khalifa bin Salman Highway.')).toEqual([]);
    expect(findings('Dr. Khalifa bin Salman can see you on Tuesday.').map((f) => f.excerpt)).not.toEqual([]);
    expect(findings('The Maadi branch is on Road 9 in Sarayat District.')).toEqual([]);
    expect(findings('Dr. Mona also works at our Sarayat branch.').map((f) => f.excerpt)).toEqual(['Sarayat']);
  });

  it('reads a name the reply gave as family as family later on, a doctor of another hospital as outside the clinic, "Available" and "Gate" as words', () => {
    expect(findings("Your wife Aisha is welcome to join; there's a café if Aisha would like a break.")).toEqual([]);
    expect(findings('Aisha can see you on Tuesday at 10:00.').map((f) => f.excerpt)).toEqual(['Aisha']);
    expect(findings('Please bring the referral letter from Dr. Hamed Al Marhoon at Sultan Qaboos Hospital.')).toEqual([]);
    expect(findings('جيب معك رسالة التحويل من د. حامد المرهون من مستشفى السلطان قابوس.')).toEqual([]);
    expect(findings('Dr. Hamed Al Marhoon can see you on Tuesday at 10:00.')).not.toEqual([]);
    expect(findings('د. حامد المرهون عنده ميعاد يوم التلات.')).not.toEqual([]);
    expect(findings('عندنا فرع في الجابرية قريب من مستشفى مبارك.').map((f) => f.excerpt)).toEqual(['الجابرية']);
    expect(findings('Available slots: Tuesday 24 November at 10:00 with Dr. Mona Adel.')).toEqual([]);
    expect(findings('Parking is near the Medical Gate.')).toEqual([]);
  });

  it('reads a listed branch with a particle inside its name, family named with an honorific or a kinship word, and someone "in pain" as no staff', () => {
    const tripoli = cairoTurnWithClinic({
      branches: [
        { name: 'Al Mina', nameAr: 'الميناء', phone: '+9616431552' },
        { name: 'Dam w Farez', nameAr: 'ضم وفرز', phone: '+9616431553' },
      ],
    });
    expect(findings('We have branches in Al Mina, Dam w Farez and Abu Samra.', tripoli).map((f) => f.excerpt)).toEqual(['Samra']);
    expect(findings('We have branches in Al Mina and Dam w Farez.', tripoli)).toEqual([]);
    expect(findings('ولو خالته الأستاذة دعاء هي اللي هتيجي معاه مفيش أي مشكلة.')).toEqual([]);
    expect(findings('الأستاذة دعاء هي اللي هتشوفك يوم التلات.').map((f) => f.excerpt)).toEqual(['دعاء']);
    expect(findings('وإذا بيي وياكم جدّه سالم ما في مشكلة.')).toEqual([]);
    expect(findings('عندنا فرع في جدة ونفس الدكاترة بيداوموا فيه.')).not.toEqual([]);
    expect(findings("I'm so sorry Hamdan is in pain tonight.")).toEqual([]);
    expect(findings('Hamdan is in the Maadi branch on Tuesdays.').map((f) => f.excerpt)).toEqual(['Hamdan']);
  });

  it('reads "any branch", "the branch nearest your area", the city of the clinic\'s timezone, and a titled word before a family name', () => {
    expect(findings('تقدر تكلم أي فرع في مواعيد العمل.')).toEqual([]);
    expect(findings('أقرب فرع لمنطقتك هو فرع المعادي.')).toEqual([]);
    expect(findings('أقرب فرع لمنطقتك حولي هو فرع المعادي.')).toEqual([]);
    expect(findings('فرع الزمالك بيفتح الساعة ٩.').map((f) => f.excerpt)).toEqual(['الزمالك']);
    expect(findings('عندنا فرعين في القاهرة.')).toEqual([]);
    expect(findings('عندنا فرع في القاهرة الجديدة.')).not.toEqual([]);
    expect(findings('عندنا فرعين في الرياض.')).not.toEqual([]);
    expect(findings('الدكتورة خلود الشكيلي هي استشارية المسالك البولية عندنا.').map((f) => f.excerpt)).toEqual(['خلود الشكيلي']);
    expect(findings('الدكتورة منى عادل هتشوفك يوم التلات.')).toEqual([]);
    expect(findings('والدكتور هيشوف الحساسية اللي قلت عليها في الكشف.')).toEqual([]);
  });

  it('reads the places listed after "two locations," as branches, a business a few buildings away as a landmark, and where the patient comes from as no branch', () => {
    expect(findings('We have two locations, Heliopolis and Maadi.')).toEqual([]);
    expect(findings('We have two locations, Heliopolis and Zamalek.').map((f) => f.excerpt)).toEqual(['Zamalek']);
    expect(findings('We have two locations, Heliopolis and Maadi Marina.').map((f) => f.excerpt)).toEqual(['Maadi Marina']);
    expect(findings('Our clinic is next to the Maadi Marina.')).toEqual([]);
    expect(findings('Our Maadi branch is two buildings after the Banque Misr branch.')).toEqual([]);
    expect(findings('Our Maadi branch is two buildings after our Zamalek branch.').map((f) => f.excerpt)).toEqual(['Zamalek']);
    expect(findings('وإذا بتيجي من صوب الزمالك، فرع المعادي قريب من المترو.')).toEqual([]);
    expect(findings('لو جاي من الزمالك، فرع المعادي أقرب ليك.')).toEqual([]);
    expect(findings('عندنا فرع في الزمالك كمان.').map((f) => f.excerpt)).toEqual(['الزمالك']);
  });

  it('reads a feminine adjective after a kunya child as no family name, a place with "(our newest branch)" as a branch, the places listed after "فروع:" as branches, and a patient who "is booked" as no staff', () => {
    expect(findings('أهلاً أم ريم، دي مواعيد ريم الجاية.')).toEqual([]);
    expect(findings('أهلاً أم ريم، دي مواعيد ريم الشمري.').map((f) => f.excerpt)).toEqual(['ريم الشمري']);
    expect(findings('Maadi (our newest branch) opens at 9 am.')).toEqual([]);
    expect(findings('Zamalek (our newest branch) opens at 9 am.').map((f) => f.excerpt)).toEqual(['Zamalek']);
    expect(findings('عندنا فرعين: مصر الجديدة والمعادي.')).toEqual([]);
    expect(findings('عندنا تلات فروع: مصر الجديدة والمعادي والتجمع.').map((f) => f.excerpt)).toEqual(['التجمع']);
    expect(findings('عندنا فرعين: واحد في المعادي والتاني في مصر الجديدة.')).toEqual([]);
    expect(findings('عندنا فرعين في الإسكندرية: سموحة وميامي.').map((f) => f.excerpt)).toEqual(['سموحة', 'وميامي']);
    expect(findings('عندنا فرعين في الإسكندرية:\n• فرع المعادي\n• فرع مصر الجديدة')).toEqual([]);
    expect(findings('عندنا فرعين في الدمام:\n• فرع المعادي\n• فرع مصر الجديدة').map((f) => f.excerpt)).toEqual(['الدمام']);
    expect(findings('عندنا فرع في الإسكندرية.').map((f) => f.excerpt)).toEqual(['الإسكندرية']);
    expect(findings('Great news, Hany — Malak is booked ✅')).toEqual([]);
    expect(findings('Sorry, Salma is booked up tomorrow.').map((f) => f.excerpt)).toEqual(['Salma']);
  });

  it('reads a listed branch past a bracket after the one before it, and up to a relative clause', () => {
    expect(findings('عندنا فرعين: مصر الجديدة (٠٢٢١٢٣٤٥٦٨) والمعادي (٠٢٢٣٥٨١٢٣٤).')).toEqual([]);
    expect(findings('عندنا تلات فروع: مصر الجديدة (٠٢٢١٢٣٤٥٦٨) والمعادي ومسيعيد اللي يخدم المنطقة الصناعية.').map((f) => f.excerpt)).toEqual(['ومسيعيد']);
    expect(findings('عندنا فرعين: مصر الجديدة والمعادي اللي جنب المترو.')).toEqual([]);
  });

  it('reads the town before a list of branches as where they are when the clinic\'s country has it, a branch claimed "in" a place as a branch, a service in the plural, and a name as ending at its line', () => {
    expect(findings("We're at two locations in Alexandria:\n• Heliopolis\n• Maadi")).toEqual([]);
    expect(findings("We're at two locations in Dubai:\n• Heliopolis\n• Maadi").map((f) => f.excerpt)).toEqual(['Dubai']);
    expect(findings('We also have a smaller branch in Zamalek.').map((f) => f.excerpt)).toEqual(['Zamalek']);
    expect(findings('Our Maadi branch in Giza opens at 9 am.')).toEqual([]);
    const biofeedback = cairoTurnWithClinic({ services: [{ name: 'Biofeedback Session', nameAr: 'جلسة بيوفيدباك', price: 300, deposit: 50, currency: 'EGP' }] });
    expect(findings('Our Biofeedback Sessions are EGP 300 each.', biofeedback)).toEqual([]);
    expect(findings('Our Neurofeedback Sessions are EGP 300 each.', biofeedback).map((f) => f.excerpt)).toEqual(['Neurofeedback Sessions']);
    expect(findings('عندنا موعد مع د. منى عادل\nالكشف ب٣٥٠ جنيه')).toEqual([]);
    expect(findings('عندنا موعد مع د. منى سليم\nالكشف ب٣٥٠ جنيه').map((f) => f.excerpt)).toEqual(['منى سليم']);
  });

  it('reads "السيد" after a doctor\'s given name as a surname', () => {
    expect(findings('موعدك مع د. منى السيد يوم الثلاثاء.').map((f) => f.excerpt)).toEqual(['منى السيد']);
    expect(findings('موعدك مع د. منى عادل يوم الثلاثاء.')).toEqual([]);
  });

  it('reads a castle or a fort near a branch as a landmark', () => {
    expect(findings('Our Maadi branch is on the road up to Ajloun Castle.')).toEqual([]);
    expect(findings('Our Ajloun branch is on the road up to the castle.').map((f) => f.excerpt)).toEqual(['Ajloun']);
  });

  it('reads the towns after "فروع في" as branches, unless they are towns of the clinic\'s country', () => {
    expect(findings('عندنا فروع في المعادي ومصر الجديدة.')).toEqual([]);
    expect(findings('عندنا فروع في المعادي ومصر الجديدة والزمالك.').map((f) => f.excerpt)).toEqual(['الزمالك']);
    expect(findings('فروعنا في القاهرة والجيزة.')).toEqual([]);
    expect(findings('عندنا فرعين في المعادي ومصر الجديدة:\n• فرع المعادي\n• فرع مصر الجديدة')).toEqual([]);
    expect(findings('عندنا فرعين في الدمام والخبر.').map((f) => f.excerpt)).toEqual(['الدمام', 'الخبر']);
  });

  it('passes a town of the clinic\'s country where the clinic is or the patient comes from, but not as a branch', () => {
    expect(findings("We're in Giza with two branches: Heliopolis and Maadi.")).toEqual([]);
    expect(findings("If you're coming from Beni Suef, the Maadi branch is closer.")).toEqual([]);
    expect(findings("We're in Riyadh with two branches: Heliopolis and Maadi.").map((f) => f.excerpt)).toEqual(['Riyadh']);
    expect(findings('We also have a branch in Giza.').map((f) => f.excerpt)).toEqual(['Giza']);
    expect(findings('Our Giza branch opens at 9.').map((f) => f.excerpt)).toEqual(['Giza']);
  });

  it('passes a town where the patient was seen ("told at a hospital in Aden") in the towns of Yemen, Iraq and North Africa, but not a centre the clinic claims there', () => {
    const mukalla = cairoTurn({ timezone: 'Asia/Aden' });
    expect(findings('Your son was told at a hospital in Aden that he has a tongue tie.', mukalla)).toEqual([]);
    expect(findings('We have a centre in Aden as well.', mukalla).map((f) => f.excerpt)).toEqual(['Aden']);
    expect(findings('Your son was told at a hospital in Basra that he has thalassaemia.', cairoTurn({ timezone: 'Asia/Baghdad' }))).toEqual([]);
    expect(findings('Your son was told at a hospital in Basra that he has thalassaemia.').map((f) => f.excerpt)).toEqual(['Basra']);
    expect(findings('She was seen at a clinic in Sfax last year.', cairoTurn({ timezone: 'Africa/Tunis' }))).toEqual([]);
  });

  it('passes towns and regions of the clinic\'s country in a list, after a town, or where there is no branch, and reads "فرع" inside a branch list and compound place names', () => {
    expect(findings("We don't have a clinic in Beni Suef or Kafr El Sheikh.")).toEqual([]);
    expect(findings("We're based in Arish, North Sinai.")).toEqual([]);
    expect(findings('Lots of our patients drive in from Bir al-Abd and Sheikh Zuweid.')).toEqual([]);
    expect(findings('We have a branch in Beni Suef.').map((f) => f.excerpt)).toEqual(['Beni Suef']);
    expect(findings('عندنا فرعين: فرع المعادي وفرع مصر الجديدة، ولأي فرع فيهم تقدر تحجز.')).toEqual([]);
    expect(findings('موعدك في فرع أم باب.').map((f) => f.excerpt)).toEqual(['أم باب']);
    expect(findings('وفرعنا الجديد في الغردقة.').map((f) => f.excerpt)).toEqual(['الغردقة']);
    expect(findings('If his class teacher, Ms. Nermeen, can fill in the questionnaire, that helps.')).toEqual([]);
    expect(findings('If his therapist, Ms. Nermeen, can fill in the questionnaire, that helps.').map((f) => f.excerpt)).toEqual(['Nermeen']);
  });

  it('passes towns listed after "even", and a branch the clinic says it does not have ("ما عندنا فرع في …")', () => {
    expect(findings('We see families driving in from Giza, Tanta and even Aswan.')).toEqual([]);
    expect(findings('Plenty of our patients come in from Samalut and Beni Mazar.')).toEqual([]);
    expect(findings('ما عندنا فرع في مدينة نصر، فروعنا في مصر الجديدة والمعادي.')).toEqual([]);
    expect(findings('عندنا فرع في مدينة نصر كمان.').map((f) => f.excerpt)).not.toEqual([]);
  });

  it('reads a town after an administrative word ("Wilayat") as the town', () => {
    const muscat = cairoTurn({ timezone: 'Asia/Muscat' });
    expect(findings("Both branches are in Wilayat Al Seeb, so it's an easy drive from Muscat.", muscat)).toEqual([]);
    expect(findings("Both branches are in Wilayat Al Rahba, so it's an easy drive from Muscat.", muscat).map((f) => f.excerpt)).not.toEqual([]);
  });

  it('flags a clinic doctor\'s first name with an articled surname that starts like the real one, and reads "مدينة" as the start of a place name', () => {
    const bahrain = cairoTurnWithClinic(
      { doctors: [{ name: 'Dr. Hussain Al-Aradi', nameAr: 'د. حسين العرادي' }], branches: [{ name: 'Hamad Town', nameAr: 'مدينة حمد', phone: '+97317412345' }] },
      { timezone: 'Asia/Bahrain' },
    );
    expect(findings('موعدك مع د. حسين العريض في فرع مدينة حمد.', bahrain).map((f) => f.excerpt)).toEqual(['حسين العريض']);
    expect(findings('موعدك مع د. حسين العرادي في فرع مدينة حمد.', bahrain)).toEqual([]);
    expect(findings('وبيشرح لك د. حسين الخيارات في الموعد.', bahrain)).toEqual([]);
    expect(findings('عندنا فرع في مدينة عيسى كمان.', bahrain).map((f) => f.excerpt)).toEqual(['مدينة عيسى']);
  });

  it('compares a branch word with the next articled word when the clinic\'s branch starts with it, reads "فرعنا اللي في" and an articled name after "بمنطقة" as a branch place', () => {
    const yanbu = cairoTurnWithClinic({ branches: [{ name: 'Yanbu Al-Bahr', nameAr: 'ينبع البحر', phone: '+966143221870' }] }, { timezone: 'Asia/Riyadh' });
    expect(findings('عندنا فرع ثالث في ينبع النخل.', yanbu).map((f) => f.excerpt)).toEqual(['ينبع النخل']);
    expect(findings('عندنا فرع في ينبع البحر.', yanbu)).toEqual([]);
    expect(findings('ممكن تروح فرعنا اللي في أسوان.').map((f) => f.excerpt)).toEqual(['أسوان']);
    expect(findings('ممكن تروح فرعنا اللي في المعادي.')).toEqual([]);
    expect(findings('وعندنا بعد فرع بمنطقة الخليج الغربي.').map((f) => f.excerpt)).toEqual(['الخليج']);
    expect(findings('وعندنا فرع في مصر الجديدة بمنطقة المعادي.')).toEqual([]);
  });

  it('reads no symptom, condition or product as a family name or an opening name ("وأسماء الأدوية", "Flares can be …"), and knows more Gulf given names ("منيرة")', () => {
    expect(findings('ياريت تجيب معاك الأشعات وأسماء الأدوية اللي بتاخدها.')).toEqual([]);
    expect(findings('ياريت تجيب معاك أسماء الحربي كمان.').map((f) => f.excerpt)).toEqual(['أسماء الحربي']);
    expect(findings('Flares can be really tough, I am sorry.')).toEqual([]);
    expect(findings('Fares can see you on Tuesday.').map((f) => f.excerpt)).toEqual(['Fares']);
    expect(findings('الدكتورة منيرة الجبر هي المسؤولة عن الفحص عندنا.').map((f) => f.excerpt)).toEqual(['منيرة']);
    expect(findings('الدكتورة منى عادل هي المسؤولة عن الفحص عندنا.')).toEqual([]);
  });

  it('passes a town where the patient had care before ("done in Tabuk"), and reads a name after "the nearest branch would be" as a branch', () => {
    const riyadh = cairoTurnWithClinic({ branches: [{ name: 'Qurayyat', nameAr: 'القريات', phone: '+966146421100' }] }, { timezone: 'Asia/Riyadh' });
    expect(findings('You mentioned you had a semen analysis done in Tabuk last year.', riyadh)).toEqual([]);
    expect(findings('Dr. Mona Adel will see you in Tabuk.', riyadh).map((f) => f.excerpt)).toEqual(['Tabuk']);
    expect(findings('The nearest branch for you would be Salmiya, or you could try Maadi.').map((f) => f.excerpt)).toEqual(['Salmiya']);
    expect(findings('The nearest branch for you would be Heliopolis.')).toEqual([]);
  });

  it('reads a procedure brand before a booking noun as no name ("Botox appointment")', () => {
    expect(findings("Just a reminder that Youssef's Botox appointment with Dr. Mona Adel is tomorrow.")).toEqual([]);
    expect(findings("Just a reminder that Youssef's Botox appointment with Dr. Botros is tomorrow.").map((f) => f.excerpt)).toEqual(['Botros']);
  });

  it('reads a name in an eponym ("Down syndrome") as the condition\'s', () => {
    expect(findings('Yes — we follow children with Down syndrome from infancy, including regular heart and thyroid follow-up.')).toEqual([]);
    expect(findings('Down will see you on Tuesday.').map((f) => f.excerpt)).toEqual(['Down']);
  });

  it('reads an adverb opening a sentence as no part of a name ("Honestly Sara")', () => {
    expect(findings('Honestly Sara, Dr. Mona Adel will go through it with you.')).toEqual([]);
    expect(findings('Emily Stone will see you on Tuesday.').map((f) => f.excerpt)).toEqual(['Emily Stone']);
  });

  it('reads an articled word after "مع د." and a clinic doctor\'s given name as another family name, but not a day, a word of the visit or what the doctor will review', () => {
    const turn = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Noura Al-Sayed', nameAr: 'د. نورة السيد' }] });
    const excerpts = (reply: string) => findings(reply, turn).map((f) => f.excerpt);
    expect(excerpts('موعدك مع د. نورة الحداد يوم الأربعاء.')).toEqual(['نورة الحداد']);
    expect(excerpts('Your appointment is with Dr. Noura Al-Haddad on Wednesday.')).toEqual(['Noura Al-Haddad']);
    expect(excerpts('موعدك مع د. نورة السيد يوم الأربعاء.')).toEqual([]);
    expect(excerpts('موعدك مع د. نورة الأربعاء الساعة ١٠.').filter((e) => e.includes('نورة'))).toEqual([]);
    expect(excerpts('وسيراجع د. نورة التحاليل في موعدك.')).toEqual([]);
  });

  it('reads a place after the Maghrebi "ف" behind "فرع" as a branch', () => {
    expect(findings('عندنا حتى فرع ف السعيدية.').map((f) => f.excerpt)).toEqual(['السعيدية']);
    expect(findings('عندنا حتى فرع ف المعادي.')).toEqual([]);
  });

  it('passes a three-word name by its first and last words, not by its first word and another surname', () => {
    const kassala = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Mohamed Ahmed Hamid', nameAr: 'د. محمد أحمد حامد' }] });
    const excerpts = (reply: string) => findings(reply, kassala).map((f) => f.excerpt);
    expect(excerpts('موعدك مع د. محمد حامد يوم الأحد.')).toEqual([]);
    expect(excerpts('Your appointment is with Dr. Mohamed Hamid on Sunday.')).toEqual([]);
    expect(excerpts('موعدك مع د. محمد حمدان يوم الأحد.')).toEqual(['محمد حمدان']);
    expect(excerpts('Your appointment is with Dr. Mohamed Hamdan on Sunday.')).toEqual(['Mohamed Hamdan']);
  });

  it('reads a clinician\'s title with what is glued before it, and "الطبيبة", as a title; not the previous doctor', () => {
    expect(findings('اتصل بالدكتور سليم فرحات على رقم العيادة.')).toHaveLength(1);
    expect(findings('والأخصائية النفسانية سميرة بلعيد تقدر تعاونك.')).toHaveLength(1);
    expect(findings('الطبيبة فريدة زرقين تقدر تعاونك.')).toHaveLength(1);
    expect(findings('موعدك مع الطبيبة منى عادل، واتصل بالدكتور كريم فاروق لو حبيت.')).toEqual([]);
    expect(findings('ذكرتي إن الطبيب السابق كتبلها كريم فيوسيدين.')).toEqual([]);
  });

  it('reads "بحري" or "قبلي" after the clinic\'s own town as another place', () => {
    const khartoum = { ...cairoTurnWithClinic({}), timezone: 'Africa/Khartoum' };
    expect(findings('أيوه عندنا فرع في الخرطوم بحري كمان.', khartoum).map((f) => f.excerpt)).toEqual(['الخرطوم بحري']);
    expect(findings('عيادتنا في الخرطوم.', khartoum)).toEqual([]);
  });

  it('reads a last word after "with", a title and a clinic doctor\'s first name as the surname ("مع د. منى حداد."), not a verb or a place after it; a town where the patient\'s own doctor is is no branch', () => {
    expect(findings('موعدك مع د. منى حداد.').map((f) => f.excerpt)).toEqual(['منى حداد']);
    expect(findings('موعدك مع د. منى عادل.')).toEqual([]);
    expect(findings('موعدك مع د. منى باعباد في فرع المعادي.').map((f) => f.excerpt)).toEqual(['منى باعباد']);
    expect(findings('موعدك مع د. منى باكر الساعة ١٠ الصبح.').map((f) => f.excerpt)).toEqual([]);
    expect(findings('احجزلك مع د. منى بتكون في فرع المعادي.')).toEqual([]);
    expect(findings('لو حابة نحجز ميعاد تاني مع د. منى قوليلي.')).toEqual([]);
    expect(findings('ميعاد يوم الأربع مع د. منى اتلغى.')).toEqual([]);
    expect(findings('تم إلغاء موعد المتابعة مع د. منى بالمعادي.')).toEqual([]);
    expect(findings("You've been taking the Femoston your gynaecologist in Alexandria prescribed.")).toEqual([]);
    expect(findings('Dr. Mona also sees patients at our branch in Alexandria.').map((f) => f.excerpt)).toEqual(['Alexandria']);
  });

  it('reads a word the lexicon lacks after a spelled-out title as a name when what a clinic person is or does follows it, not a verb or an adverb', () => {
    expect(findings('والدكتورة سلافة بتكون موجودة يوم الأحد.').map((f) => f.excerpt)).toEqual(['سلافة']);
    expect(findings('الدكتورة سلافة موجودة يوم الأحد.').map((f) => f.excerpt)).toEqual(['سلافة']);
    expect(findings('والدكتورة منى بتكون موجودة يوم الأحد.')).toEqual([]);
    expect(findings('الدكتورة هتكون موجودة يوم الأحد.')).toEqual([]);
    expect(findings('الدكتورة بنفسها موجودة يوم الأحد.')).toEqual([]);
    expect(findings('الدكتورة عادة بتكون موجودة يوم الأحد.')).toEqual([]);
  });

  it('reads "وسط" after a branch\'s town as part of the place ("فرع في القاهرة وسط"), not when a place follows it ("وسط المدينة")', () => {
    expect(findings('عندنا فرع تاني في القاهرة وسط قريب من الميدان.').map((f) => f.excerpt)).toEqual(['القاهرة وسط']);
    expect(findings('فرع المعادي وسط المدينة مفتوح لحد ٩ بالليل.').map((f) => f.excerpt)).toEqual([]);
  });

  it('reads "الشمالي", "الجنوبي", "الشرقي" and "الغربي" after a branch\'s place as part of it', () => {
    expect(findings('يمكنكم التواصل مع فرع المعادي الشمالي مباشرة.').map((f) => f.excerpt)).toEqual(['المعادي الشمالي']);
    expect(findings('يمكنكم التواصل مع فرع المعادي مباشرة.')).toEqual([]);
  });

  it('reads the name after "our" following a title ("والأخصائي تاعنا رضا حمادي")', () => {
    expect(findings('والأخصائي تاعنا رضا حمادي يشوفك في نفس الجلسة.').map((f) => f.excerpt)).toEqual(['رضا']);
    expect(findings('والدكتورة ديالنا منى عادل تشوفك.')).toEqual([]);
    expect(findings('الدكتور بتاعنا هيشوفك.')).toEqual([]);
  });

  it('reads a given name before a medicine as the medicine\'s form ("كريم فيوسيدين"), a verb of the present before a day as no surname, and "which branch" in the dialects as no branch', () => {
    const noKarim = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Mona Adel', nameAr: 'د. منى عادل' }] });
    expect(findings('يمكنك تستعمل الدواء مع كريم فيوسيدين.', noKarim)).toEqual([]);
    expect(findings('موعدك مع كريم بكرة.', noKarim).map((f) => f.excerpt)).toEqual(['كريم']);
    expect(findings('الجلسات ويا د. منى تبدي الثلاثاء.')).toEqual([]);
    expect(findings('الجلسات ويا د. منى تميمي.').map((f) => f.excerpt)).toEqual(['منى تميمي']);
    expect(findings('واش من فرع يناسبك؟')).toEqual([]);
    expect(findings('عندنا فرع تبوك.').map((f) => f.excerpt)).toEqual(['تبوك']);
  });

  it('reads "شمال", "جنوب", "شرق" and "غرب" after a branch\'s place as part of it, not before an articled word', () => {
    expect(findings('فرع المعادي شمال رقمه ٠٢٢١٢٣٤٥٦٧.').map((f) => f.excerpt)).toEqual(['المعادي شمال']);
    expect(findings('فرع المعادي شمال المدينة.')).toEqual([]);
  });

  it('reads an undotted "د" after an hour as the Moroccan "of" ("مع 3 د العشية"), not a title', () => {
    expect(findings('كاين موعد مع الدكتورة منى عادل نهار الخميس مع 10:30 د الصباح.')).toEqual([]);
    expect(findings('كاين موعد مع د الصباح.').map((f) => f.excerpt)).toEqual(['الصباح']);
    // The hour may end in a fraction of it.
    expect(findings('كاين موعد مع الدكتورة منى عادل نهار الخميس مع ٩ ونص د الليل.')).toEqual([]);
    // Or a word ("الستة", six).
    expect(findings('كاين موعد مع الدكتورة منى عادل نهار الخميس مع الستة د العشية.')).toEqual([]);
  });

  it('reads "عبد الله" and "عبدالله" as the same given name, either way round', () => {
    const joined = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Abdullah Al-Rashidi', nameAr: 'د. عبدالله الرشيدي' }] });
    expect(findings('موعدك مع د. عبد الله الرشيدي يوم الأحد.', joined)).toEqual([]);
    const spaced = cairoTurnWithClinic({ doctors: [{ name: 'Dr. Abdelrahman Nour', nameAr: 'د. عبد الرحمن نور' }] });
    expect(findings('موعدك مع د. عبدالرحمن نور يوم الأحد.', spaced)).toEqual([]);
    expect(findings('موعدك مع د. عبد الله الرشيدي يوم الأحد.', spaced).map((f) => f.excerpt)).toEqual(['عبد الله الرشيدي']);
  });

  it('reads a compound given name after a spelled-out title, the clinic\'s own city right after "فرع", and a word of a longer branch name placed in a town centre as names to check', () => {
    expect(findings('الدكتور عبد الرحمن الشريف هو اللي بيعمل المناظير.').map((f) => f.excerpt)).toEqual(['عبد الرحمن الشريف']);
    expect(findings('الدكتور هيشوفك الساعة ١٠.')).toEqual([]);
    expect(findings('فرع القاهرة فاتح لحد المغرب.').map((f) => f.excerpt)).toEqual(['القاهرة']);
    expect(findings('عندنا فرعين في القاهرة.')).toEqual([]);
    const roadBranch = cairoTurnWithClinic({ branches: [{ name: 'Route de Sousse', nameAr: 'طريق سوسة', phone: '+21677302118' }] });
    expect(findings('We have a branch in Sousse city centre too.', roadBranch).map((f) => f.excerpt)).toEqual(['Sousse']);
    expect(findings('Our Sousse branch opens at nine.', roadBranch)).toEqual([]);
  });

  it('reads a nisba with a hamza ("بهائي", folded "بهايي") after a clinic doctor\'s first name as another surname', () => {
    expect(findings('الكشف مع د. منى بهائي.').map((f) => f.excerpt)).toEqual(['منى بهائي']);
    expect(findings('الكشف مع د. منى عادل.')).toEqual([]);
  });

  it('reads a Maghrebi place that starts with "سيدي", "مولاي" or "أولاد" as two words, and two words of the clinic\'s own name as its town', () => {
    expect(findings('فرع سيدي علي قريب ليك.').map((f) => f.excerpt)).toEqual(['سيدي علي']);
    const sidiBouzid = cairoTurnWithClinic({ name: 'Sidi Bouzid Skin Clinic' });
    expect(findings('فرع سيدي بوزيد قريب ليك.', sidiBouzid)).toEqual([]);
    expect(findings('فرع سيدي علي قريب ليك.', sidiBouzid).map((f) => f.excerpt)).toEqual(['سيدي علي']);
    expect(findings('Soak in Epsom salts tonight.')).toEqual([]);
  });

  it('reads "They\'re" and the other contractions of pronouns at the start of a sentence as no name', () => {
    expect(findings("Call our Maadi branch. They're also open on Sundays.")).toEqual([]);
  });

  it('reads "عندنا" between a title\'s speciality and the name', () => {
    expect(findings('أخصائية العلاج الطبيعي عندنا ريم خليل بتقدر تشوفك.').map((f) => f.excerpt)).toEqual(['ريم']);
    expect(findings('أخصائية العلاج الطبيعي عندنا بتقدر تشوفك.')).toEqual([]);
  });

  it('ends a doctor\'s name before "الأدوية" (medicines), a plural shaped like a family name', () => {
    expect(findings('وسيراجع د. منى عادل الأدوية التي تتناولها معك.')).toEqual([]);
    expect(findings('وسيراجع د. منى العتيبي الأدوية التي تتناولها معك.').map((f) => f.excerpt)).toEqual(['منى العتيبي']);
  });

  it('reads a title after a capitalised word that opens the sentence as the start of a name ("Until Dr. Hossam checks …")', () => {
    expect(findings('Until Dr. Hossam checks the filling, keep to soft food.').map((f) => f.excerpt)).toEqual(['Hossam']);
    expect(findings('Once Dr. Tarek sees him, we will know more.').map((f) => f.excerpt)).toEqual(['Tarek']);
    expect(findings('Until Dr. Mona Adel checks the filling, please wait.')).toEqual([]);
  });

  it('compares no Arabic given name with a descriptive word of the clinic\'s English name ("منى" is not "Women")', () => {
    const turn = cairoTurnWithClinic({ name: "Riyadh Women's Health Clinic" });
    expect(findings('د. منى السالم بتشوف حالات سلس البول كمان.', turn).map((f) => f.excerpt)).toEqual(['منى السالم']);
    expect(findings('د. منى عادل بتشوف حالات سلس البول كمان.', turn)).toEqual([]);
  });

  it('reads a clinic doctor\'s given name with another articled family name before what a doctor does ("بتشوفك") as the wrong name', () => {
    expect(findings('د. منى الخطيب بتشوفك يوم التلات.').map((f) => f.excerpt)).toEqual(['منى الخطيب']);
    expect(findings('د. منى عادل بتشوفك يوم التلات.')).toEqual([]);
  });

  it('reads the eye drops "Pred Forte" as a medicine, not a name', () => {
    expect(findings('خصك تقطّر قطرة Pred Forte أربع مرات فالنهار.')).toEqual([]);
  });

  it('reads the Maghrebi "غادي" (will) after a title as no name', () => {
    expect(findings('عيّطي للعيادة دابا والطبيبة غادي تشوفك.')).toEqual([]);
  });
  it('reads the Maghrebi "خاصو" (he must) after a title as no name', () => {
    expect(findings('الطبيب خاصو يشوفو، ما نقدرش نقول ليك.')).toEqual([]);
    expect(findings('الطبيب خالد يشوفو غدا.')).not.toEqual([]);
  });
  it('reads a surname-shaped word between a clinic doctor\'s title and given name and "هي", "عندها" or "فاضية" as that name\'s surname, the wrong one', () => {
    expect(findings('الدكتورة منى بنيس هي اللي بتتابع الحالات دي عندنا.')).not.toEqual([]);
    expect(findings('د. منى حداد عندها موعد الثلاثاء.')).not.toEqual([]);
    expect(findings('د. منى عادل هي اللي بتتابع الحالات دي عندنا.')).toEqual([]);
    expect(findings('د. منى هي اللي بتتابع الحالات دي عندنا.')).toEqual([]);
    expect(findings('د. منى تنجم تشوفك نهار الثلاثاء.')).toEqual([]);
    expect(findings('د. منى كمان عندها موعد الثلاثاء.')).toEqual([]);
  });
});
