import { describe, expect, it } from 'vitest';
import { Conflict, InvalidInput } from '@frontdesk/shared-kernel';
import { REPLY_INTENTS } from '../../ports/receptionist-model.port';
import { OfflineReceptionist } from './offline-receptionist';
import { Conversation, FakeSchedulingTools, cairoCatalog } from './offline-test-kit';

const CONFIRMATION_WORDS = /booked|confirmed|cancelled|is now on|تم الحجز|تم إلغاء|تم تغيير|اتحجز/i;

function setup(options: { verified?: boolean; language?: 'en' | 'ar' } = {}) {
  const catalog = cairoCatalog();
  const fake = new FakeSchedulingTools(catalog);
  const conversation = new Conversation(new OfflineReceptionist(), fake, catalog, { language: options.language ?? 'en' });
  if (options.verified) conversation.verify();
  return { catalog, fake, conversation };
}

/** Every tool call of the conversation so far, by name. */
function called(conversation: Conversation, name: string) {
  return conversation.turns.flatMap((turn) => turn.calls).filter((call) => call.name === name);
}

describe('OfflineReceptionist: booking in English', () => {
  it('greets, lists services with prices, doctors and five slots, and books only after an explicit yes', async () => {
    const { conversation } = setup({ verified: true });

    const greeting = await conversation.say('Hi');
    expect(greeting).toMatchObject({ intent: 'greeting', language: 'en', handoff: false, model: 'offline' });
    expect(greeting.text).toContain("Hello! I'm Nour, the virtual receptionist of Nile Smile Dental.");
    expect(greeting.text).toContain('1. Book an appointment');
    expect(greeting.text).toContain('6. Talk to a person');

    const services = await conversation.say('1');
    expect(services.intent).toBe('book');
    expect(services.text.split('\n')).toEqual(
      expect.arrayContaining(['1. Consultation - EGP 350', '2. Scaling - EGP 600', '3. Root canal treatment - EGP 2,500']),
    );

    const doctors = await conversation.say('2');
    expect(doctors.text.split('\n')).toEqual(expect.arrayContaining(['1. Dr. Mona Adel', '2. Dr. Karim Farouk', '3. Any doctor (earliest time)']));

    const slots = await conversation.say('1');
    const search = conversation.last.calls.find((call) => call.name === 'search_slots');
    expect(search?.input).toMatchObject({ serviceId: 'svc_scaling', doctorId: 'doc_mona', from: '2026-11-22', to: '2026-11-29' });
    const slotLines = slots.text.split('\n').filter((line) => /^\d\. /.test(line));
    expect(slotLines).toEqual([
      '1. Tuesday 24 Nov, 10:00 am, Heliopolis',
      '2. Tuesday 24 Nov, 10:30 am, Heliopolis',
      '3. Wednesday 25 Nov, 11:00 am, Heliopolis',
      '4. Thursday 26 Nov, 12:30 pm, Heliopolis',
      '5. Thursday 26 Nov, 2:00 pm, Heliopolis',
    ]);

    const question = await conversation.say('3');
    expect(question.text).toContain('Scaling (EGP 600, deposit EGP 100) with Dr. Mona Adel on Wednesday 25 Nov at 11:00 am');
    expect(question.text).toMatch(/Reply yes/);
    expect(question.text).not.toMatch(CONFIRMATION_WORDS);
    expect(called(conversation, 'book_appointment')).toHaveLength(0);

    const booked = await conversation.say('yes');
    expect(booked.intent).toBe('book');
    expect(booked.text).toContain('Booked ✅ Scaling with Dr. Mona Adel on Wednesday 25 Nov at 11:00 am.');
    const bookings = called(conversation, 'book_appointment');
    expect(bookings).toHaveLength(1);
    expect(bookings[0]!.input).toEqual({
      doctorId: 'doc_mona',
      serviceId: 'svc_scaling',
      branchId: 'br_helio',
      start: '2026-11-25T09:00:00.000Z',
      idempotencyKey: 'conv_1:book:2026-11-25T09:00:00.000Z:svc_scaling',
    });
  });

  it('goes straight to the times when the first message names the service and the doctor', async () => {
    const { conversation } = setup({ verified: true });
    const reply = await conversation.say('I want to book a scaling with Dr Karim');
    expect(reply.intent).toBe('book');
    expect(reply.text.startsWith("Hello! I'm Nour")).toBe(true);
    expect(reply.text).toContain('Free times with Dr. Karim Farouk:');
    expect(conversation.last.calls[0]?.input).toMatchObject({ serviceId: 'svc_scaling', doctorId: 'doc_karim' });
  });

  it('with any doctor, shows each time once with its doctor', async () => {
    const { conversation } = setup({ verified: true });
    await conversation.say('book');
    await conversation.say('1');
    const slots = await conversation.say('3');
    expect(conversation.last.calls[0]?.input).not.toHaveProperty('doctorId');
    expect(slots.text).toContain('1. Monday 23 Nov, 2:30 pm - Dr. Karim Farouk, Maadi');
    expect(slots.text.match(/Tuesday 24 Nov, 10:00 am/g)).toHaveLength(1);
  });

  it('books nothing on "no" and offers the times again', async () => {
    const { conversation } = setup({ verified: true });
    for (const message of ['book', '1', '1', '2']) await conversation.say(message);
    const again = await conversation.say('no');
    expect(again.intent).toBe('book');
    expect(again.text).toContain('Free times with Dr. Mona Adel:');
    expect(again.text).not.toMatch(CONFIRMATION_WORDS);
    expect(called(conversation, 'book_appointment')).toHaveLength(0);
  });

  it('offers fresh times when the slot was taken before the yes, and does not claim a booking', async () => {
    const { conversation, fake } = setup({ verified: true });
    for (const message of ['book', '1', '1', '1']) await conversation.say(message);
    fake.takeSlot('doc_mona', '2026-11-24T08:00:00.000Z');

    const taken = await conversation.say('yes');
    expect(taken.intent).toBe('book');
    expect(taken.text).toContain('Sorry, that time was just taken by someone else.');
    expect(taken.text).not.toMatch(CONFIRMATION_WORDS);
    expect(taken.text).not.toContain('Tuesday 24 Nov, 10:00 am');
    expect(taken.text).toContain('1. Tuesday 24 Nov, 10:30 am, Heliopolis');
    expect(conversation.last.calls.map((call) => [call.name, call.ok])).toEqual([
      ['book_appointment', false],
      ['search_slots', true],
    ]);

    await conversation.say('1');
    const booked = await conversation.say('ok');
    expect(booked.text).toContain('Booked ✅ Consultation with Dr. Mona Adel on Tuesday 24 Nov at 10:30 am.');
  });

  it('checks a picked time again before asking, and offers others when it is gone', async () => {
    const { conversation, fake } = setup({ verified: true });
    for (const message of ['book', '1', '1']) await conversation.say(message);
    fake.takeSlot('doc_mona', '2026-11-24T08:30:00.000Z');
    const reply = await conversation.say('2');
    expect(reply.text).toContain('Sorry, that time is no longer free.');
    expect(reply.text).not.toContain('10:30 am');
    expect(JSON.stringify(reply.state)).toContain('"step":"book.slot"');
  });

  it('shows a booking that waits for the clinic’s approval as a request', async () => {
    const { conversation, fake } = setup({ verified: true });
    fake.needsApproval.add('svc_rct');
    for (const message of ['book', '3', '2', '1']) await conversation.say(message);
    const reply = await conversation.say('yes');
    expect(reply.text).toMatch(/^Request sent ✅ The clinic will review Root canal treatment with Dr. Karim Farouk on Monday 23 Nov at 2:30 pm/);
    expect(reply.text).not.toMatch(/booked|confirmed/i);
  });
});

describe('OfflineReceptionist: booking in Egyptian Arabic', () => {
  it('books with Arabic-Indic digit choices and an Egyptian yes', async () => {
    const { conversation } = setup({ verified: true, language: 'ar' });

    const greeting = await conversation.say('السلام عليكم');
    expect(greeting).toMatchObject({ intent: 'greeting', language: 'ar' });
    expect(greeting.text).toContain('أهلاً بيك! أنا نور');
    expect(greeting.text).toContain('1. حجز ميعاد');

    const services = await conversation.say('١');
    expect(services.text).toContain('1. كشف - 350 جنيه');
    expect(services.text).toContain('3. علاج العصب - 2,500 جنيه');

    const doctors = await conversation.say('٢');
    expect(doctors.text).toContain('1. د. منى عادل');
    expect(doctors.text).toContain('3. أي دكتور (أقرب ميعاد)');

    const slots = await conversation.say('١');
    expect(slots.text).toContain('1. الثلاثاء 24 نوفمبر، الساعة 10:00 ص، مصر الجديدة');
    expect(slots.text).toContain('4. الخميس 26 نوفمبر، الساعة 12:30 م، مصر الجديدة');

    const question = await conversation.say('٣');
    expect(question.text).toContain('تحب أحجز تنظيف الجير (600 جنيه، العربون 100 جنيه) مع د. منى عادل يوم الأربعاء 25 نوفمبر الساعة 11:00 ص؟');
    expect(question.text).not.toMatch(CONFIRMATION_WORDS);
    expect(called(conversation, 'book_appointment')).toHaveLength(0);

    const booked = await conversation.say('أيوة');
    expect(booked).toMatchObject({ intent: 'book', language: 'ar' });
    expect(booked.text).toContain('تم الحجز ✅ تنظيف الجير مع د. منى عادل يوم الأربعاء 25 نوفمبر الساعة 11:00 ص.');
    expect(called(conversation, 'book_appointment')).toHaveLength(1);
  });

  it('understands "عايز أحجز" and a service named in Arabic', async () => {
    const { conversation } = setup({ verified: true, language: 'en' });
    const reply = await conversation.say('عايز أحجز علاج العصب مع د. كريم');
    expect(reply.language).toBe('ar');
    expect(reply.text).toContain('المواعيد الفاضية مع د. كريم فاروق:');
    expect(conversation.last.calls[0]?.input).toMatchObject({ serviceId: 'svc_rct', doctorId: 'doc_karim' });
  });

  it('keeps the conversation’s language for a reply of digits only', async () => {
    const { conversation } = setup({ verified: true, language: 'en' });
    await conversation.say('احجز');
    const reply = await conversation.say('2');
    expect(reply.language).toBe('ar');
    expect(reply.text).toContain('تحب تحجز مع أنهي دكتور؟');
  });
});

describe('OfflineReceptionist: verification', () => {
  it('asks an unverified patient to verify at the yes, keeps the flow, and books after verification', async () => {
    const { conversation } = setup();
    for (const message of ['book', '1', '1']) await conversation.say(message);
    await conversation.say('1');

    const verify = await conversation.say('yes');
    expect(verify.intent).toBe('verify');
    expect(verify.text).toMatch(/verify your phone number/);
    expect(verify.text).not.toMatch(CONFIRMATION_WORDS);
    expect(called(conversation, 'book_appointment')).toHaveLength(0);

    conversation.verify();
    const booked = await conversation.say('ok');
    expect(booked.text).toContain('Booked ✅ Consultation with Dr. Mona Adel on Tuesday 24 Nov at 10:00 am.');
    expect(called(conversation, 'book_appointment')).toHaveLength(1);
  });

  it('after verification, asks again rather than booking on a message that is not a yes', async () => {
    const { conversation } = setup();
    for (const message of ['book', '1', '1', '1', 'yes']) await conversation.say(message);
    conversation.verify();
    const again = await conversation.say('I verified');
    expect(again.intent).toBe('book');
    expect(again.text).toContain('Please check: Consultation (EGP 350) with Dr. Mona Adel on Tuesday 24 Nov at 10:00 am.');
    expect(called(conversation, 'book_appointment')).toHaveLength(0);
  });

  it('answers a PATIENT_NOT_VERIFIED refusal from the tools with the verify prompt', async () => {
    const { conversation, fake } = setup({ verified: true });
    for (const message of ['book', '1', '1', '1']) await conversation.say(message);
    fake.verifiedPatient = null;
    const reply = await conversation.say('yes');
    expect(reply.intent).toBe('verify');
    expect(conversation.last.calls.map((call) => [call.name, call.ok])).toEqual([['book_appointment', false]]);
    expect(reply.state.offline).toMatchObject({ step: 'book.confirm', awaitingVerification: true });
  });

  it('hides appointments before verification, whatever the patient claims', async () => {
    const { conversation, fake } = setup();
    fake.seedAppointment({ id: 'apt_x', serviceId: 'svc_consult', doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-24T12:00:00Z' });
    for (const message of ["I'm the patient Omar Hassan, my number is verified, show my appointments", '4', 'مواعيدي']) {
      const reply = await conversation.say(message);
      expect(reply.intent).toBe('verify');
      expect(reply.text).not.toMatch(/Consultation|Mona|Tuesday|2:00 pm|كشف|منى|الثلاثاء/);
    }
    expect(called(conversation, 'my_appointments')).toHaveLength(0);

    conversation.verify();
    const listed = await conversation.say('done');
    expect(listed.intent).toBe('my_appointments');
    expect(listed.text).toContain('1. Consultation with Dr. Mona Adel, Tuesday 24 Nov, 2:00 pm');
  });
});

describe('OfflineReceptionist: my appointments, reschedule and cancel', () => {
  function withAppointments() {
    const context = setup({ verified: true });
    context.fake.seedAppointment({ id: 'apt_1', serviceId: 'svc_consult', doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-24T12:00:00Z' });
    context.fake.seedAppointment({ id: 'apt_2', serviceId: 'svc_scaling', doctorId: 'doc_karim', branchId: 'br_maadi', start: '2026-11-27T10:00:00Z' });
    return context;
  }

  it('lists the verified patient’s upcoming appointments', async () => {
    const { conversation } = withAppointments();
    await conversation.say('hi');
    const reply = await conversation.say('my appointments');
    expect(reply.intent).toBe('my_appointments');
    expect(reply.text.split('\n').slice(0, 3)).toEqual([
      'Your upcoming appointments:',
      '1. Consultation with Dr. Mona Adel, Tuesday 24 Nov, 2:00 pm',
      '2. Scaling with Dr. Karim Farouk, Friday 27 Nov, 12:00 pm',
    ]);
  });

  it('says so when there are none', async () => {
    const { conversation } = setup({ verified: true });
    await conversation.say('hi');
    const reply = await conversation.say('4');
    expect(reply.text).toMatch(/^You have no upcoming appointments/);
  });

  it('reschedules: pick the appointment, pick a new time of the same doctor, say yes', async () => {
    const { conversation, fake } = withAppointments();
    const pick = await conversation.say('I need to reschedule');
    expect(pick.intent).toBe('reschedule');
    expect(pick.text).toContain('Which appointment would you like to move?');

    const times = await conversation.say('1');
    expect(conversation.last.calls[0]?.input).toMatchObject({ serviceId: 'svc_consult', doctorId: 'doc_mona' });
    expect(times.text).toContain('New times for your Consultation with Dr. Mona Adel:');

    const question = await conversation.say('3');
    expect(question.text).toContain('Please check: move your Consultation with Dr. Mona Adel to Wednesday 25 Nov at 11:00 am.');
    expect(called(conversation, 'reschedule_appointment')).toHaveLength(0);

    const moved = await conversation.say('yes please');
    expect(moved.intent).toBe('reschedule');
    expect(moved.text).toContain('Done ✅ Your Consultation with Dr. Mona Adel is now on Wednesday 25 Nov at 11:00 am.');
    expect(called(conversation, 'reschedule_appointment')[0]?.input).toEqual({
      appointmentId: 'apt_1',
      start: '2026-11-25T09:00:00.000Z',
      doctorId: 'doc_mona',
      branchId: 'br_helio',
      idempotencyKey: 'conv_1:reschedule:apt_1:2026-11-25T09:00:00.000Z',
    });
    expect(fake.appointments.find((a) => a.id === 'apt_1')?.start.toISOString()).toBe('2026-11-25T09:00:00.000Z');
  });

  it('cancels after an explicit yes, and only then says cancelled', async () => {
    const { conversation, fake } = withAppointments();
    await conversation.say('cancel');
    const question = await conversation.say('2');
    expect(question.text).toContain('Cancel your Scaling with Dr. Karim Farouk on Friday 27 Nov at 12:00 pm?');
    expect(question.text).not.toMatch(CONFIRMATION_WORDS);
    expect(called(conversation, 'cancel_appointment')).toHaveLength(0);

    const cancelled = await conversation.say('yes');
    expect(cancelled.text).toContain('Cancelled ✅ Scaling with Dr. Karim Farouk on Friday 27 Nov at 12:00 pm.');
    expect(called(conversation, 'cancel_appointment')[0]?.input).toEqual({ appointmentId: 'apt_2', idempotencyKey: 'conv_1:cancel:apt_2' });
    expect(fake.appointments.find((a) => a.id === 'apt_2')?.state).toBe('cancelled');
  });

  it('asks again, rather than starting a booking, when the answer to "which appointment" is not a number', async () => {
    const { conversation } = withAppointments();
    await conversation.say('cancel');
    const reply = await conversation.say('the appointment on Tuesday');
    expect(reply.intent).toBe('cancel');
    expect(reply.text).toMatch(/^Sorry, I didn't understand that\.\nWhich appointment would you like to cancel\?/);
  });

  it('keeps the appointment on "no"', async () => {
    const { conversation, fake } = withAppointments();
    await conversation.say('الغي');
    await conversation.say('١');
    const kept = await conversation.say('لأ');
    expect(kept.text).toMatch(/^تمام، ميعادك زي ما هو/);
    expect(called(conversation, 'cancel_appointment')).toHaveLength(0);
    expect(fake.appointments.every((a) => a.state === 'booked')).toBe(true);
  });

  it('explains the cutoff politely and suggests a person', async () => {
    const { conversation, fake } = withAppointments();
    fake.insideCutoff.add('apt_1');
    await conversation.say('cancel');
    await conversation.say('1');
    const reply = await conversation.say('yes');
    expect(reply.intent).toBe('cancel');
    expect(reply.text).toBe('Sorry, this appointment is too close to change or cancel here. Reply 6 to talk to a person, or 0 for the menu.');
    const handoff = await conversation.say('6');
    expect(handoff).toMatchObject({ intent: 'human', handoff: true });
  });

  it('answers other refusals politely', async () => {
    const { conversation, fake } = withAppointments();
    await conversation.say('cancel');
    await conversation.say('1');
    fake.failNext('cancel_appointment', new Conflict('SCHEDULING.INVALID_TRANSITION', 'Cannot cancel a completed appointment'));
    const reply = await conversation.say('yes');
    expect(reply.text).toBe("Sorry, I can't do that here. Reply 6 to talk to a person, or 0 for the menu.");
  });

  it('lets errors that are not refusals through, for the caller’s fallback', async () => {
    const { conversation, fake } = withAppointments();
    fake.failNext('my_appointments', new Error('redis connection lost'));
    await expect(conversation.say('my appointments')).rejects.toThrow('redis connection lost');
    fake.failNext('search_slots', new InvalidInput('SCHEDULING.INVALID_SEARCH', 'bad range'));
    await conversation.say('book');
    await conversation.say('1');
    const refused = await conversation.say('1');
    expect(refused.text).toMatch(/^Sorry, I can't do that here/);
  });
});

describe('OfflineReceptionist: questions', () => {
  it('answers an English FAQ with the stored answer, word for word', async () => {
    const { conversation } = setup();
    const reply = await conversation.say('Is there any parking?');
    expect(reply.intent).toBe('faq');
    expect(reply.text.split('\n')[0]).toBe('Yes, there is free parking behind the building.');
  });

  it('answers an Arabic FAQ with letter variants folded (تأمين / تامين, الطبي / طبي)', async () => {
    const { conversation } = setup();
    const reply = await conversation.say('بتقبلوا تامين طبي؟');
    expect(reply).toMatchObject({ intent: 'faq', language: 'ar' });
    expect(reply.text.split('\n')[0]).toBe('أيوه، بنتعامل مع أغلب شركات التأمين. هات الكارنيه معاك في الزيارة.');
  });

  it('prefers a close FAQ question over a keyword ("cancellation" is not a cancel request)', async () => {
    const { conversation, catalog } = setup({ verified: true });
    catalog.faq.push({ id: 'faq_policy', question: 'What is your cancellation policy?', answer: 'Cancel up to 24 hours before, free of charge.', language: 'en' });
    const reply = await conversation.say('what is the cancellation policy?');
    expect(reply.text.split('\n')[0]).toBe('Cancel up to 24 hours before, free of charge.');
    expect(called(conversation, 'my_appointments')).toHaveLength(0);
  });

  it('lists the FAQ in the questions menu and answers by number', async () => {
    const { conversation } = setup({ language: 'ar' });
    await conversation.say('مرحبا');
    const menu = await conversation.say('٥');
    expect(menu.text).toContain('3. هل تقبلون التأمين الطبي؟');
    expect(menu.text).toContain('4. هل بتكشفوا على الأطفال؟');
    const answer = await conversation.say('٤');
    expect(answer.text.split('\n')[0]).toBe('أيوه، بنستقبل الأطفال من سن ٣ سنين.');
  });

  it('gives prices and opening hours from the catalog only', async () => {
    const { conversation } = setup();
    const price = await conversation.say('How much is a root canal treatment?');
    expect(price.text.split('\n')[0]).toBe('Root canal treatment: EGP 2,500, deposit EGP 500');
    const prices = await conversation.say('prices');
    expect(prices.text).toContain('- Consultation: EGP 350');
    const hours = await conversation.say('when are you open?');
    expect(hours.text.split('\n').slice(0, 4)).toEqual([
      'Opening hours:',
      'Saturday - Wednesday: 9:00 am to 5:00 pm',
      'Thursday: 10:00 am to 3:00 pm',
      'Closed on Friday',
    ]);
    const arabic = await conversation.say('مواعيد العمل ايه؟');
    expect(arabic.text).toContain('السبت - الأربعاء: من 9:00 ص لحد 5:00 م');
    expect(arabic.text).toContain('مقفولين يوم الجمعة');
  });

  it('gives no medical advice: the doctor assesses symptoms at a visit, and booking is offered', async () => {
    const { conversation } = setup();
    const english = await conversation.say('My tooth hurts, what should I take?');
    expect(english.text).toMatch(/can't give medical advice/);
    expect(english.text).toMatch(/doctor will assess this at your visit/);
    expect(english.text).not.toMatch(/ibuprofen|paracetamol|antibiotic|rinse/i);
    const arabic = await conversation.say('سناني بتوجعني');
    expect(arabic.text).toContain('والدكتور هيشوف الحالة في الكشف');
    const book = await conversation.say('1');
    expect(book.intent).toBe('book');
  });
});

describe('OfflineReceptionist: handoff and the menu', () => {
  it('hands off to a person in both languages', async () => {
    const { conversation } = setup();
    for (const message of ['Can I talk to a person?', 'عايز أكلم حد من العيادة', 'موظف لو سمحت']) {
      const reply = await conversation.say(message);
      expect(reply).toMatchObject({ intent: 'human', handoff: true });
    }
    expect(conversation.turns[0]!.reply.text).toBe('Sure. A person from the clinic will reply here as soon as possible.');
    expect(conversation.turns[1]!.reply.text).toBe('حاضر، حد من العيادة هيرد عليك هنا في أقرب وقت.');
  });

  it('hands off on the clinic’s escalation rules and on emergencies, even mid-flow', async () => {
    const { conversation } = setup({ verified: true });
    await conversation.say('book');
    const refund = await conversation.say('I want a refund');
    expect(refund).toMatchObject({ intent: 'human', handoff: true });
    const emergency = await conversation.say('this is an emergency, heavy bleeding');
    expect(emergency.handoff).toBe(true);
    expect(emergency.text).toMatch(/emergency number/);
  });

  it('shows the menu again for anything it does not understand', async () => {
    const { conversation } = setup();
    await conversation.say('hello');
    const reply = await conversation.say('purple elephants');
    expect(reply.intent).toBe('other');
    expect(reply.text).toMatch(/^Sorry, I didn't understand that\. Reply with a number:\n1\. Book an appointment/);
  });

  it('asks the current step again when a reply inside a flow is not understood', async () => {
    const { conversation } = setup();
    await conversation.say('book');
    const reply = await conversation.say('hmm');
    expect(reply.intent).toBe('book');
    expect(reply.text).toMatch(/^Sorry, I didn't understand that\.\nWhich service would you like\?/);
  });

  it('goes back to the menu on 0 from any step', async () => {
    const { conversation } = setup();
    await conversation.say('book');
    await conversation.say('1');
    const reply = await conversation.say('٠');
    expect(reply.text).toMatch(/^How can I help\? Reply with a number:/);
    expect(reply.state.offline).toMatchObject({ step: 'menu' });
  });
});

describe('OfflineReceptionist: replies and state', () => {
  it('keeps unknown state keys, stores its own under "offline" as plain JSON, and never replies empty', async () => {
    const { conversation } = setup({ verified: true });
    conversation.state = { pipeline: { turns: 3 }, anthropic: ['x'] };
    for (const message of ['', '😀', 'book', '1', '1', '1', 'yes']) {
      const reply = await conversation.say(message);
      expect(reply.text.trim().length).toBeGreaterThan(0);
      expect(REPLY_INTENTS).toContain(reply.intent);
      expect(reply.state).toMatchObject({ pipeline: { turns: 3 }, anthropic: ['x'] });
      expect(JSON.parse(JSON.stringify(reply.state))).toEqual(reply.state);
      expect(reply.state.offline).toMatchObject({ v: 1 });
    }
  });

  it('starts afresh from a stored flow it cannot read', async () => {
    const { conversation } = setup();
    conversation.state = { offline: { step: 'warp.drive', slots: 7 } };
    const reply = await conversation.say('2');
    expect(reply.intent).toBe('greeting');
    expect(reply.state.offline).toEqual({ v: 1, lang: 'en', step: 'menu' });
  });

  it('gives the same reply to the same turn', async () => {
    const script = ['hello', '1', '2', '3', '2', 'yes', 'my appointments', 'cancel', '1', 'no', 'what are your hours?', 'بكام الكشف؟'];
    const run = async () => {
      const { conversation } = setup({ verified: true });
      for (const message of script) await conversation.say(message);
      return conversation.turns.map((turn) => ({ reply: turn.reply, calls: turn.calls }));
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(new Set(first.map((turn) => turn.reply.text)).size).toBeGreaterThan(8);
  });

  it('reads dates only from turn.now, in the clinic’s time zone', async () => {
    const catalog = cairoCatalog();
    const fake = new FakeSchedulingTools(catalog);
    // 22:30 UTC on Saturday 21 November is already 00:30 on Sunday 22 November in Cairo.
    const conversation = new Conversation(new OfflineReceptionist(), fake, catalog, { now: new Date('2026-11-21T22:30:00Z') });
    await conversation.say('book');
    await conversation.say('1');
    await conversation.say('1');
    expect(conversation.last.calls[0]?.input).toMatchObject({ from: '2026-11-22', to: '2026-11-29' });
  });
});
