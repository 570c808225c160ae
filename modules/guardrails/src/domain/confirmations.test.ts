import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn } from './turn-fixture';
import type { ToolCallFact, VerifiedTurn } from './verified-turn';

const SLOT = '2026-11-24T10:00:00+02:00';
const success = (name: string): ToolCallFact => ({ name, ok: true, result: { start: SLOT, doctor: 'Dr. Mona Adel' } });
const failure = (name: string): ToolCallFact => ({ name, ok: false, result: { error: 'slot_unavailable' } });

function isPhantom(reply: string, turn: VerifiedTurn = cairoTurn()): boolean {
  return checkReply({ reply, turn, now: CAIRO_NOW, mode: 'log' }).findings.some((f) => f.kind === 'phantom_confirmation');
}

describe('phantom confirmations', () => {
  it('flags a booking claimed without a booking tool call, in English and Arabic', () => {
    expect(isPhantom("Great, I've booked you with Dr. Mona on Tuesday at 10:00.")).toBe(true);
    expect(isPhantom('تمام، حجزتلك مع د. منى يوم الثلاثاء الساعة ١٠ الصبح.')).toBe(true);
    expect(isPhantom('خلاص، اتحجزلك ميعاد يوم الثلاثاء.')).toBe(true);
  });

  it('reads "I secured / made you" a booking in Egyptian, Levantine and Gulf Arabic', () => {
    expect(isPhantom('وأنا ثبّتلك ميعاد مع د. منى يوم الثلاثاء.')).toBe(true);
    expect(isPhantom('عملتلك حجز مع د. منى يوم الثلاثاء.')).toBe(true);
    expect(isPhantom('سويت لك حجز مع د. منى يوم الثلاثاء.')).toBe(true);
  });

  it('checks the time of an unbacked booking against the verified slots, not against the cancellation done in the same sentence', () => {
    const cancelled = { name: 'cancel_appointment', ok: true, result: { start: '2026-11-23T12:00:00+02:00', doctor: 'Dr. Mona Adel', status: 'cancelled' } };
    const turn = cairoTurn({ toolCalls: [cancelled] });
    const result = checkReply({ reply: "All done: I've cancelled your Monday visit and booked you with Dr. Mona for Tuesday at 10:00 instead.", turn, now: CAIRO_NOW, mode: 'log' });
    expect(result.findings.map((f) => f.kind)).toEqual(['phantom_confirmation']);
  });

  it('reads the Gulf "كنسلت" as a cancellation claim', () => {
    expect(isPhantom('أبشر، كنسلت موعدك مال باكر مع د. منى.')).toBe(true);
    expect(isPhantom('أبشر، كنسلت موعدك مال باكر مع د. منى.', cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(false);
  });

  it('flags a booking claimed after the booking tool failed', () => {
    const turn = cairoTurn({ toolCalls: [failure('book_appointment')] });
    expect(isPhantom('Your appointment is confirmed for Tuesday at 10:00.', turn)).toBe(true);
    expect(isPhantom('تم تأكيد حجزك يوم الثلاثاء الساعة ١٠.', turn)).toBe(true);
  });

  it('passes past-tense statements backed by a successful tool call of that kind', () => {
    expect(isPhantom("You're all booked for Tuesday at 10:00.", cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('Your appointment has been moved to Tuesday at 10:00.', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
    expect(isPhantom('تم إلغاء ميعادك.', cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(false);
  });

  it('flags an action of another kind than the one that succeeded', () => {
    const moved = cairoTurn({ toolCalls: [success('reschedule_appointment')] });
    expect(isPhantom("I've moved your follow-up and cancelled your massage.", moved)).toBe(true);
    expect(isPhantom('اتنقل ميعادك واتلغى ميعاد المساج.', moved)).toBe(true);
  });

  it('does not treat offers, conditions, futures or negations as confirmations', () => {
    for (const reply of [
      'Would you like me to book it?',
      'Once it is booked you will get an SMS.',
      "I'll cancel it as soon as you say yes.",
      "Nothing has been booked yet. It isn't confirmed until you reply.",
      'Tuesday is fully booked, but Wednesday is open.',
      'تحب أحجزهولك؟',
      'لو حبيت تلغي الميعاد قولي.',
      'لسه ما اتحجزش، محتاج تأكيدك الأول.',
    ]) {
      expect(isPhantom(reply), reply).toBe(false);
    }
  });

  it('passes a status statement about an appointment the patient already has', () => {
    const turn = cairoTurn({ appointments: [{ id: 'a1', start: SLOT, doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' }] });
    expect(isPhantom('Yes, your appointment on Tuesday 24 November is confirmed.', turn)).toBe(false);
    expect(isPhantom('Yes, your appointment on Wednesday 25 November is confirmed.', turn)).toBe(true);
  });

  it('flags an action named by a noun and said to be complete, in English and Arabic', () => {
    expect(isPhantom('Your cancellation has been processed.')).toBe(true);
    expect(isPhantom('The reschedule is complete, see you on Tuesday.')).toBe(true);
    expect(isPhantom('الإلغاء تم خلاص.')).toBe(true);
    expect(isPhantom('تغيير الميعاد خلص.')).toBe(true);
    const cancelled = cairoTurn({ toolCalls: [success('cancel_appointment')] });
    expect(isPhantom('Your cancellation has been processed.', cancelled)).toBe(false);
    expect(isPhantom('الإلغاء تم خلاص.', cancelled)).toBe(false);
    expect(isPhantom('The reschedule is complete.', cancelled)).toBe(true);
  });

  it('does not treat a pending or asked-about action named by a noun as done', () => {
    for (const reply of [
      "Once your cancellation is processed you'll get an SMS.",
      'Is the cancellation done on your side?',
      "The cancellation isn't complete yet; please confirm first.",
      'Cancellations are free up to 24 hours before.',
      'لو الإلغاء تم هيوصلك رسالة.',
    ]) {
      expect(isPhantom(reply), reply).toBe(false);
    }
  });

  it('reads "locked in" and a second action "and booked Dr. …" as claims, not "booked up"', () => {
    expect(isPhantom("Great, that's locked in for Tuesday at 10:00.")).toBe(true);
    expect(isPhantom("I've cancelled Monday's visit and booked Dr. Mona for Tuesday at 10:00 instead.", cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(true);
    expect(isPhantom('Tuesday is busy and booked up, but Wednesday has room.')).toBe(false);
  });

  it('after a failed booking, reads a sentence that reports the failure as a report, unless "but" brings in a claim', () => {
    const failed = cairoTurn({ toolCalls: [failure('book_appointment')] });
    expect(isPhantom('للأسف ميعاد ١٠ الصبح اتحجز قبل ما نثبته، فالحجز متمّش.', failed)).toBe(false);
    expect(isPhantom('Unfortunately the 10:00 slot was booked by someone else before we could confirm it.', failed)).toBe(false);
    expect(isPhantom('للأسف ميعاد ١٠ الصبح اتحجز قبل ما نثبته، بس حجزتلك الساعة ١١.', failed)).toBe(true);
    expect(isPhantom('للأسف ميعاد ١٠ الصبح اتحجز قبل ما نثبته، فالحجز متمّش.')).toBe(true);
  });

  it('reads "you\'re down for", the British "that\'s you in with" and "تم يا …" as claims', () => {
    expect(isPhantom("Perfect, you're down for Tuesday at 10:00 with Dr. Mona.")).toBe(true);
    expect(isPhantom("Lovely, that's you in with Dr. Mona on Tuesday at 10 am.")).toBe(true);
    expect(isPhantom('تم يا عمر، موعدك مع د. منى يوم الثلاثاء الساعة ١٠ الصبح.')).toBe(true);
    expect(isPhantom('تم يا عمر، موعدك مع د. منى يوم الثلاثاء الساعة ١٠ الصبح.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom("You're in good hands with Dr. Mona.")).toBe(false);
  });

  it('reads "you\'re down for" as a status that an appointment the patient already has can back', () => {
    const existing = cairoTurn({ appointments: [{ id: 'apt-9', start: '2026-11-25T13:00:00+02:00', doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' }] });
    expect(isPhantom("Yes, you're down for a scaling with Dr. Mona this Wednesday at 1 pm.", existing)).toBe(false);
    expect(isPhantom("Yes, you're down for a scaling with Dr. Mona this Thursday at 1 pm.", existing)).toBe(true);
  });

  it('holds a claim of several bookings to as many successful booking calls', () => {
    const one = cairoTurn({ toolCalls: [success('book_appointment')] });
    const two = cairoTurn({ toolCalls: [success('book_appointment'), success('book_appointment')] });
    expect(isPhantom('Both kids are booked with Dr. Mona on Tuesday at 10:00.', one)).toBe(true);
    expect(isPhantom('Both kids are booked with Dr. Mona on Tuesday at 10:00.', two)).toBe(false);
    expect(isPhantom('تمام، اتحجز ميعادك يوم الاتنين الساعة ١٠.', one)).toBe(false);
  });

  it('reads an appointment said to be confirmed or registered, with or without "your"', () => {
    expect(isPhantom('ممتاز، موعد الكشف مع د. منى مؤكد يوم الثلاثاء الساعة ١٠ الصبح.')).toBe(true);
    expect(isPhantom('تمام كده، ميعادك مع د. منى يوم الثلاثاء الساعة ١٠ الصبح في فرع المعادي اتسجل عندنا.')).toBe(true);
    expect(isPhantom('تمام كده، ميعادك مع د. منى يوم الثلاثاء الساعة ١٠ الصبح في فرع المعادي اتسجل عندنا.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
  });

  it('reads "you\'re in!" as a claim, and "you\'re all set for" as a status an existing appointment backs', () => {
    expect(isPhantom("Perfect, Mariam — you're in! Dr. Mona, Tuesday at 10:00, Maadi branch.")).toBe(true);
    expect(isPhantom("You're in good hands with Dr. Mona.")).toBe(false);
    const existing = cairoTurn({ appointments: [{ id: 'a1', start: SLOT, doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' }] });
    expect(isPhantom("You're all set for your scaling with Dr. Mona on Tuesday at 10 am.", existing)).toBe(false);
    expect(isPhantom("You're all set for your scaling with Dr. Mona on Tuesday at 10 am.")).toBe(true);
  });

  it('reads "Both booked!" and "I\'ve put your son … in" as claims', () => {
    const one = cairoTurn({ toolCalls: [success('book_appointment')] });
    const reply = "Both booked! Your check-up with Dr. Mona is on Tuesday at 10:00, and I've put your son Ziad in straight after you.";
    expect(isPhantom(reply, one)).toBe(true);
    expect(isPhantom(reply, cairoTurn({ toolCalls: [success('book_appointment'), success('book_appointment')] }))).toBe(false);
    expect(isPhantom("I've put your son Ziad in with Dr. Mona for Tuesday at 10:00.")).toBe(true);
    expect(isPhantom("I'll put your son's name on the form.")).toBe(false);
  });

  it('reads "you\'re locked in", an action after "زي ما طلبت", and a claim about two appointments in Arabic', () => {
    expect(isPhantom("Perfect, you're locked in with Dr. Mona tomorrow at 10:00.")).toBe(true);
    const moved = cairoTurn({ toolCalls: [success('reschedule_appointment')] });
    const reply = 'تمام، نقلت الكشف مع د. منى ليوم الثلاثاء الساعة ١٠، وزي ما طلبت لغيت كمان ميعاد التنظيف.';
    expect(isPhantom(reply, moved)).toBe(true);
    expect(isPhantom(reply, cairoTurn({ toolCalls: [success('reschedule_appointment'), success('cancel_appointment')] }))).toBe(false);
    const both = 'تم إلغاء موعديك: الكشف يوم الثلاثاء والتنظيف يوم الأربعاء.';
    expect(isPhantom(both, cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(true);
    expect(isPhantom(both, cairoTurn({ toolCalls: [success('cancel_appointment'), success('cancel_appointment')] }))).toBe(false);
  });

  it('reads "Both done!" as a claim of several, and "All sorted … now sits on" as a move', () => {
    const reply = "Both done! You're booked with Dr. Mona on Tuesday at 10:00, and your sister Lama is booked right after you.";
    expect(isPhantom(reply, cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(true);
    expect(isPhantom(reply, cairoTurn({ toolCalls: [success('book_appointment'), success('book_appointment')] }))).toBe(false);
    expect(isPhantom('All sorted, Sarah — your session with Dr. Mona now sits on Tuesday at 10:00 instead.')).toBe(true);
    expect(isPhantom('All sorted, Sarah — your session with Dr. Mona now sits on Tuesday at 10:00 instead.', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
  });

  it('reads the Gulf "بعد" (also) after a second booking, "put Hamdan down for" and "متثبّت"', () => {
    const one = cairoTurn({ toolCalls: [success('book_appointment')] });
    const gulf = 'تم حجز استشارتج مع د. منى باچر الساعة ١٠ ✅ وحجزت بعد لبنتج دانة الساعة ١٠:٣٠.';
    expect(isPhantom(gulf, one)).toBe(true);
    expect(isPhantom('تم حجز استشارتج مع د. منى، وحجزت بعد الظهر.', one)).toBe(false);
    expect(isPhantom("Perfect, I've put Hamdan down for his hearing screening with Dr. Mona on Tuesday.")).toBe(true);
    expect(isPhantom('خلاص كده ميعادك متثبّت مع د. منى بكرة الساعة ٤ العصر.')).toBe(true);
  });

  it('counts a bare "تم!" before an added booking as the first booking', () => {
    const reply = 'تم! الكشف مع د. منى الثلاثاء الساعة ١٠ الصبح، وكمان ثبّتلك زيارة متابعة الأربعاء الساعة ١١ مع نفس الدكتورة.';
    expect(isPhantom(reply, cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(true);
    expect(isPhantom(reply, cairoTurn({ toolCalls: [success('book_appointment'), success('book_appointment')] }))).toBe(false);
  });

  it('reads "you\'re now booked … instead" as a new booking, "that\'s Malak sorted" and "شلتلك موعد" as claims', () => {
    const cancelled = { name: 'cancel_appointment', ok: true, result: { start: SLOT, doctor: 'Dr. Mona Adel', status: 'cancelled' } };
    const existing = { id: 'a1', start: SLOT, doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' };
    const reply = "Done! Your Tuesday 10:00 scaling with Dr. Mona has been cancelled, and you're now booked in for Thursday at 11:00 instead.";
    expect(isPhantom(reply, cairoTurn({ toolCalls: [cancelled], appointments: [existing] }))).toBe(true);
    expect(isPhantom(reply, cairoTurn({ toolCalls: [cancelled, success('book_appointment')], appointments: [existing] }))).toBe(false);
    expect(isPhantom("Lovely, that's Malak sorted for Tuesday at 10:00 with Dr. Mona.")).toBe(true);
    expect(isPhantom('ولا يهمك، شلتلك موعد جلسة التنظيف يوم الثلاثاء من الجدول.')).toBe(true);
    expect(isPhantom('ولا يهمك، شلتلك موعد جلسة التنظيف يوم الثلاثاء من الجدول.', cairoTurn({ toolCalls: [cancelled] }))).toBe(false);
  });

  it('reads "your cancellation for … has gone through" as a claim', () => {
    const reply = "Your cancellation for this morning's 11 am assessment with Dr. Mona has gone through.";
    expect(isPhantom(reply)).toBe(true);
    expect(isPhantom(reply, cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(false);
  });

  it('backs "done on both counts" with a cancellation and a booking, and reads "ميعاد … بقى يوم …" as a move', () => {
    const cancelled = { name: 'cancel_appointment', ok: true, result: { start: SLOT, doctor: 'Dr. Mona Adel', status: 'cancelled' } };
    const reply = "Done on both counts: your scaling on Tuesday is cancelled, and I've booked a check-up instead for Wednesday at 10:00.";
    expect(isPhantom(reply, cairoTurn({ toolCalls: [cancelled, success('book_appointment')] }))).toBe(false);
    expect(isPhantom(reply, cairoTurn({ toolCalls: [cancelled] }))).toBe(true);
    const moved = 'خلاص يا أستاذ محمود، ميعاد التنظيف بقى يوم التلات الساعة ١٠ بدل بكرة.';
    expect(isPhantom(moved)).toBe(true);
    expect(isPhantom(moved, cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
  });

  it('holds a booking added after another one to one more booking call', () => {
    const one = cairoTurn({ toolCalls: [success('book_appointment')] });
    const two = cairoTurn({ toolCalls: [success('book_appointment'), success('book_appointment')] });
    const arabic = 'تم حجز كشف فيصل يوم الثلاثاء الساعة ١٠، وحجزت لجنى بعده الساعة ١٠:٣٠ مع د. منى.';
    const english = "All booked! Adam's check-up is on Tuesday at 10:00, and I've booked Lina in straight after at 10:30.";
    expect(isPhantom(arabic, one)).toBe(true);
    expect(isPhantom(english, one)).toBe(true);
    expect(isPhantom(arabic, two)).toBe(false);
    expect(isPhantom(english, two)).toBe(false);
  });

  it('holds a booking added to a move to its own booking call', () => {
    const moved = cairoTurn({ toolCalls: [success('reschedule_appointment')] });
    const movedAndBooked = cairoTurn({ toolCalls: [success('reschedule_appointment'), success('book_appointment')] });
    const arabic = 'تم نقل موعدك إلى يوم الثلاثاء الساعة ١٠ مع د. منى، كما حجزت لك تنظيف الجير بعده مباشرة.';
    const english = "I've moved your check-up to Tuesday at 10:00 and also booked a scaling right after it.";
    expect(isPhantom(arabic, moved)).toBe(true);
    expect(isPhantom(english, moved)).toBe(true);
    expect(isPhantom(arabic, movedAndBooked)).toBe(false);
    expect(isPhantom(english, movedAndBooked)).toBe(false);
    expect(isPhantom("I've moved it: you're booked for Tuesday at 10:00 with Dr. Mona.", moved)).toBe(false);
  });

  it('reads a negation with a glued "ف" or "و" ("فما تم الحجز") as no claim', () => {
    expect(isPhantom('آسفين، الموعد انحجز قبل لا نثبته، فما تم الحجز.')).toBe(false);
    expect(isPhantom('آسفين، الموعد انحجز قبل لا نثبته، فتم الحجز على موعد ثاني.')).toBe(true);
  });

  it('reads "تم" before a promise of what we will do as "OK", not as done', () => {
    expect(isPhantom('تم يا أخت مريم، بنرسل لك تفاصيل الموعد على رقمك.')).toBe(false);
    expect(isPhantom('تم يا أخت مريم ✅')).toBe(true);
    expect(isPhantom('تم يا أخت مريم، بنفس الموعد اللي طلبتيه.')).toBe(true);
  });

  it('reads "the system didn\'t let me" as a failure report, so "it\'s still booked" after it is part of the report', () => {
    const failed = cairoTurn({
      appointments: [{ id: 'apt-1', start: SLOT, doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' }],
      toolCalls: [failure('cancel_appointment')],
    });
    expect(isPhantom("I tried to cancel your Tuesday appointment but the system didn't let me, sorry about that — it's still booked for now.", failed)).toBe(false);
    expect(isPhantom("I tried to cancel your Tuesday appointment, sorry about that — it's now booked for Wednesday instead.", failed)).toBe(true);
  });

  it('reads "Dr. Mona has you down for …" as a booking', () => {
    expect(isPhantom('Perfect, Dr. Mona has you down for Tuesday at 10:00.')).toBe(true);
    expect(isPhantom('Perfect, Dr. Mona has you down for Tuesday at 10:00.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
  });

  it('reads a glued conditional ("ولو حجزتي") as a condition, not a booking', () => {
    expect(isPhantom('جلسة تنظيف الجير بـ٦٠٠ جنيه. ولو حجزتي أربع جلسات يكون المجموع ٢٤٠٠ جنيه.')).toBe(false);
    expect(isPhantom('جلسة تنظيف الجير بـ٦٠٠ جنيه، وحجزتلك أربع جلسات مع د. منى.')).toBe(true);
  });

  it('reads "ظبطتلك ميعاد" as a booking claim', () => {
    expect(isPhantom('خلاص يا أستاذ أحمد، ظبطتلك ميعاد مريم الجديد يوم الاتنين الساعة ١٢ الضهر.')).toBe(true);
    expect(isPhantom('خلاص يا أستاذ أحمد، ظبطتلك ميعاد مريم الجديد يوم الاتنين الساعة ١٢ الضهر.', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
    expect(isPhantom('ظبطتلك الفاتورة وهتوصلك على الإيميل.')).toBe(false);
  });

  it('reads "تم حجز جلستين … للتوأم" as two bookings, so one successful call beside a failed one does not back it', () => {
    const oneOfTwo = cairoTurn({ toolCalls: [success('book_appointment'), failure('book_appointment')] });
    const both = cairoTurn({ toolCalls: [success('book_appointment'), success('book_appointment')] });
    expect(isPhantom('تم حجز جلستين مساج للتوأم عمر ومريم يوم الثلاثاء الساعة ١٠ الصبح.', oneOfTwo)).toBe(true);
    expect(isPhantom('تم حجز جلستين مساج للتوأم عمر ومريم يوم الثلاثاء الساعة ١٠ الصبح.', both)).toBe(false);
  });

  it('reads "rebooked" and "signed you up" as booking claims', () => {
    expect(isPhantom("I've rebooked you with Dr. Mona for Tuesday at 10:00.")).toBe(true);
    expect(isPhantom("I've signed you up for the programme with Dr. Mona.")).toBe(true);
    expect(isPhantom("I've signed you up for the programme with Dr. Mona.", cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('Dr. Mona can see you on Tuesday at 10:00; shall I sign you up?')).toBe(false);
  });

  it('reads the Modern Standard Arabic "قمت بـ" before an action as a claim', () => {
    expect(isPhantom('لقد قمتُ بإلغاء موعدك يوم الثلاثاء.')).toBe(true);
    expect(isPhantom('لقد قمتُ بحجز موعدك مع د. منى يوم الثلاثاء.')).toBe(true);
    expect(isPhantom('لقد قمتُ بإلغاء موعدك يوم الثلاثاء.', cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(false);
    expect(isPhantom('قمتُ بمراجعة المواعيد المتاحة، ود. منى متاحة يوم الثلاثاء.')).toBe(false);
  });

  it('reads "it\'s done by" as how a test is done, not as a claim', () => {
    expect(isPhantom("It's done by Dr. Mona and takes about 40 minutes.")).toBe(false);
    expect(isPhantom("It's done under local anaesthetic.")).toBe(false);
    expect(isPhantom("It's done! You're with Dr. Mona on Tuesday at 10:00.")).toBe(true);
    expect(isPhantom('All done ✅')).toBe(true);
  });

  it('reads "is set by" as who decides, not as a claim', () => {
    expect(isPhantom('The exact plan is set by Dr. Mona Adel and the anaesthetist.')).toBe(false);
    expect(isPhantom('Your appointment is set for Tuesday at 10:00.')).toBe(true);
  });

  it('lets an emoji end a negation before a claim', () => {
    expect(isPhantom('سلامتها ما تشوف شر 🙏 تم حجز موعد لها مع د. منى عادل يوم الثلاثاء.')).toBe(true);
    expect(isPhantom('ما تم حجز الموعد لسه.')).toBe(false);
    expect(isPhantom("We can't do Monday 🙏 I've booked you for Tuesday at 10:00 instead.")).toBe(true);
  });

  it('reads the Levantine "تأكّد موعدك" as a confirmation, not "تأكد من موعدك"', () => {
    expect(isPhantom('تمام ✅ تأكّد موعدك مع د. منى عادل يوم الثلاثاء.')).toBe(true);
    expect(isPhantom('تأكد من موعدك قبل ما تيجي.')).toBe(false);
  });

  it('reads "مو محجوز" as not booked', () => {
    expect(isPhantom('ترا الموعد للحين مو محجوز، تبيني أثبته لك؟')).toBe(false);
    expect(isPhantom('ترا الموعد محجوز يوم الثلاثاء.')).toBe(true);
  });

  it('reads "has now been cancelled" as a claim, and "it\'s done here at the clinic" as how a procedure is done', () => {
    expect(isPhantom('Your appointment has now been cancelled.')).toBe(true);
    expect(isPhantom('Your appointment has now been booked.')).toBe(true);
    expect(isPhantom('Your appointment has now been cancelled.', cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(false);
    expect(isPhantom("It's done here at the clinic, and the doctor goes through the results with you afterwards.")).toBe(false);
    expect(isPhantom("It's done! See you on Tuesday.")).toBe(true);
  });

  it('reads "انتقل موعد …" as a claim of a move, not "انتقلنا لمكان جديد"', () => {
    expect(isPhantom('خلاص، انتقل موعد الحشوة من السبت للثلاثاء.')).toBe(true);
    expect(isPhantom('خلاص، انتقل موعد الحشوة من السبت للثلاثاء.', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
    expect(isPhantom('انتقلنا لمكان جديد في المعادي.')).toBe(false);
  });

  it('reads "is now on" as a move only before a day, a date or a time, not "your son is now on iron drops"', () => {
    expect(isPhantom('Your appointment is now on Tuesday at 10 am.')).toBe(true);
    expect(isPhantom('Your son is now on iron drops and vitamin D.')).toBe(false);
  });

  it('reads the Moroccan "درت ليك الموعد" as a claim of a booking, not "واش نديرليك الموعد؟"', () => {
    expect(isPhantom('واخا، درت ليك الموعد مع د. منى نهار الأربعاء.')).toBe(true);
    expect(isPhantom('واخا، درت ليك الموعد مع د. منى نهار الأربعاء.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('واش نديرليك الموعد؟')).toBe(false);
  });

  it('reads the Tunisian "بدّلتلك الموعد" as a claim of a move', () => {
    expect(isPhantom('مريغل، بدّلتلك الموعد لنهار الثلاثاء.')).toBe(true);
    expect(isPhantom('مريغل، بدّلتلك الموعد لنهار الثلاثاء.', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
    expect(isPhantom('نجم نبدّلك الموعد لنهار الثلاثاء؟')).toBe(false);
  });
  it('reads the Maghrebi "تقيّد ليه الموعد" as a claim of a booking, and a probe "moved over your chest" as none', () => {
    expect(isPhantom('وراه تقيّد ليه الموعد نهار الأربعاء.')).toBe(true);
    expect(isPhantom('وراه تقيّد ليه الموعد نهار الأربعاء.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('A probe with some gel is moved over your chest while you lie still.')).toBe(false);
    expect(isPhantom('Your appointment is moved to Thursday.')).toBe(true);
  });
  it('reads the Maghrebi "بدّلت ليك الموعد" and the passive "تبدّل الموعد ديالك" as claims of a move', () => {
    expect(isPhantom('واخا، بدّلت ليك الموعد لنهار الأربعاء.')).toBe(true);
    expect(isPhantom('صافي، تبدّل الموعد ديالك لنهار الأربعاء.')).toBe(true);
    expect(isPhantom('صافي، تبدّل الموعد ديالك لنهار الأربعاء.', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
    expect(isPhantom('واش نبدّل ليك الموعد لنهار الأربعاء؟')).toBe(false);
  });

  it('reads the Moroccan "تأكد ليك الموعد" and the passive "أُلغي موعدك" as claims, and nothing after "باش" (so that)', () => {
    expect(isPhantom('وتأكد ليك الموعد ديال نهار الثلاثاء.')).toBe(true);
    expect(isPhantom('وتأكد ليك الموعد ديال نهار الثلاثاء.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('تمام، أُلغي موعدك يوم الثلاثاء.')).toBe(true);
    expect(isPhantom('تمام، أُلغي موعدك يوم الثلاثاء.', cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(false);
    expect(isPhantom('ماقدرتش ألغي ميعاد الثلاثاء دلوقتي.')).toBe(false);
    expect(isPhantom('عيّط لينا على رقم العيادة باش تأكد الموعد ديال نهار الثلاثاء.')).toBe(false);
  });

  it('reads the Moroccan passive "تسجّل ليك الموعد" as a claim, not "تقدر تسجل الموعد" (you can register it)', () => {
    expect(isPhantom('صافي، تسجّل ليك الموعد مع د. منى عادل نهار الثلاثاء.')).toBe(true);
    expect(isPhantom('صافي، تسجّل ليك الموعد مع د. منى عادل نهار الثلاثاء.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('تقدر تسجل الموعد من التطبيق.')).toBe(false);
  });

  it('reads the Algerian passive "تحجزلك الموعد" at a clause\'s start as a claim, not after a subject or "تبي", nor asked', () => {
    expect(isPhantom('صحيت خويا رضا، تحجزلك الموعد مع د. منى عادل غدوة ✅')).toBe(true);
    expect(isPhantom('الموظفة تحجزلك الموعد أول ما توصل.')).toBe(false);
    expect(isPhantom('تبي تحجزلك الموعد؟')).toBe(false);
    expect(isPhantom('تحجزلك الموعد مع د. منى؟')).toBe(false);
  });

  it('reads "بدّلت موعدك" (I changed your appointment) as a claim, not after a negation', () => {
    expect(isPhantom('ماه مشكل، بدّلت موعدك للثلاثاء ✅')).toBe(true);
    expect(isPhantom('ماه مشكل، بدّلت موعدك للثلاثاء ✅', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
    expect(isPhantom('ما بدلت موعدك.')).toBe(false);
  });

  it('reads the Iraqi "انحجزلك" (booked for you) as a claim, and a bare "انحجز" (someone took it) as none', () => {
    expect(isPhantom('انحجزلك موعد ويا د. منى عادل.')).toBe(true);
    expect(isPhantom('انحجزلك موعد ويا د. منى عادل.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('آسفين، موعد بكرا انحجز قبل شوي.')).toBe(false);
  });

  it('reads "أجّلنا ليك الموعد" (we postponed it for you) and the Tunisian "فسخنالك" (we cancelled it for you) as claims', () => {
    expect(isPhantom('خلاص، أجّلنا ليك الموعد ليوم الأحد.')).toBe(true);
    expect(isPhantom('خلاص، أجّلنا ليك الموعد ليوم الأحد.', cairoTurn({ toolCalls: [success('reschedule_appointment')] }))).toBe(false);
    expect(isPhantom('باهي، فسخنالك الموعد متاع نهار الجمعة.')).toBe(true);
    expect(isPhantom('إذا أجّلنا الموعد نتصل بيك.')).toBe(false);
    expect(isPhantom('ما فسخناش الموعد.')).toBe(false);
  });

  it('reads the Moroccan passive "تلغى الموعد" as a cancellation claim, not after "إلا بغيتي"', () => {
    expect(isPhantom('تلغى الموعد ديالك ديال نهار الثلاثاء.')).toBe(true);
    expect(isPhantom('تلغى الموعد ديالك ديال نهار الثلاثاء.', cairoTurn({ toolCalls: [success('cancel_appointment')] }))).toBe(false);
    expect(isPhantom('إلا بغيتي تلغي الموعد ديالك عيط لينا.')).toBe(false);
  });
  it('reads the Maghrebi "رانا سجّلناك" (we have registered you) as a booking claim', () => {
    expect(isPhantom('رانا سجّلناك مع د. منى نهار السبت على الساعة ١٠.')).toBe(true);
    expect(isPhantom('رانا سجّلناك مع د. منى نهار السبت على الساعة ١٠.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
  });

  it('reads the Moroccan "تسجل الموعد ديالك", the Algerian "راهو تحجز" and the Gulf "صار عندك موعد" as booking claims, not "باش تسجل الموعد" or "لو صار عندك موعد"', () => {
    expect(isPhantom('واخا، تسجل الموعد ديالك مع د. منى نهار الثلاثاء على 10 ديال الصباح.')).toBe(true);
    expect(isPhantom('صحّا، راهو تحجز الموعد تاعك مع د. منى نهار الثلاثاء.')).toBe(true);
    expect(isPhantom('تمام، صار عندك موعد مع د. منى يوم الثلاثاء الساعة ١٠.')).toBe(true);
    expect(isPhantom('تمام، صار عندك موعد مع د. منى يوم الثلاثاء الساعة ١٠.', cairoTurn({ toolCalls: [success('book_appointment')] }))).toBe(false);
    expect(isPhantom('باش تسجل الموعد ديالك عيط لينا.')).toBe(false);
    expect(isPhantom('لو صار عندك موعد ثاني خبرنا.')).toBe(false);
  });
});
