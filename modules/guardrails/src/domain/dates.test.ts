import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn, cairoTurnWithClinic } from './turn-fixture';
import type { VerifiedTurn } from './verified-turn';

function dateExcerpts(reply: string, turn: VerifiedTurn = cairoTurn(), now: string = CAIRO_NOW): string[] {
  return checkReply({ reply, turn, now, mode: 'log' })
    .findings.filter((f) => f.kind === 'unverified_date')
    .map((f) => f.excerpt);
}

describe('unverified dates and times', () => {
  it('passes the verified slot in 12- and 24-hour times, with weekday, date or both, in English and Arabic', () => {
    expect(dateExcerpts('Dr. Mona has Tuesday 24 November at 10:00, or 10 am if you prefer.')).toEqual([]);
    expect(dateExcerpts('د. منى فاضية يوم الثلاثاء ٢٤ نوفمبر الساعة ١٠ الصبح.')).toEqual([]);
  });

  it('reads the Gulf "باجر" as tomorrow, but not "بإجر" (in a leg), which folds to the same letters', () => {
    expect(dateExcerpts('عندك موعد باجر الساعة ١١ الصبح.')).toHaveLength(1);
    expect(dateExcerpts('الانتفاخ بإجر وحدة مع وجع بالسمانة، د. منى بتشوفك الثلاثاء ٢٤ نوفمبر الساعة ١٠ الصبح.')).toEqual([]);
    expect(dateExcerpts('The swelling is in one leg; Dr. Mona can see you on Tuesday 24 November at 10:00.')).toEqual([]);
  });

  it('flags a time one hour off the slot', () => {
    expect(dateExcerpts('Dr. Mona has Tuesday at 11 am.')).toEqual(['Tuesday at 11 am']);
    expect(dateExcerpts('د. منى فاضية يوم الثلاثاء الساعة ١١ الصبح.')).toHaveLength(1);
  });

  it('flags the right time on the wrong day, and a weekday that does not fall on the date', () => {
    expect(dateExcerpts('Dr. Mona has Wednesday at 10:00.')).toHaveLength(1);
    expect(dateExcerpts('Dr. Mona has Wednesday 24 November at 10:00.')).toContain('Wednesday 24 November');
  });

  it('resolves "tomorrow" in the clinic timezone, not UTC', () => {
    const auckland = cairoTurn({ timezone: 'Pacific/Auckland', lastSlots: [{ start: '2026-11-17T16:15:00+13:00', doctor: 'Dr. Mona Adel' }] });
    // 20:00 UTC on the 15th is already the 16th in Auckland, so tomorrow is the 17th.
    expect(dateExcerpts('Dr. Mona is free tomorrow at 4:15 pm.', auckland, '2026-11-15T20:00:00Z')).toEqual([]);
    expect(dateExcerpts('د. منى فاضية بكرة الساعة ٤:١٥ العصر.', auckland, '2026-11-15T20:00:00Z')).toEqual([]);
    expect(dateExcerpts('Dr. Mona is free the day after tomorrow at 4:15 pm.', auckland, '2026-11-15T20:00:00Z')).toHaveLength(1);
  });

  it('reads a slot across the Cairo daylight-saving start (last Friday of April) on the local clock', () => {
    const turn = cairoTurn({ lastSlots: [{ start: '2026-04-25T07:00:00Z', doctor: 'Dr. Mona Adel' }] });
    const now = '2026-04-22T12:00:00+02:00';
    expect(dateExcerpts('Dr. Mona has Saturday 25 April at 10:00.', turn, now)).toEqual([]);
    expect(dateExcerpts('Dr. Mona has Saturday 25 April at 9:00.', turn, now)).toHaveLength(1);
  });

  it('reads a slot across the Cairo daylight-saving end (last Thursday of October) on the local clock', () => {
    const turn = cairoTurn({ lastSlots: [{ start: '2026-10-31T09:00:00Z', doctor: 'Dr. Mona Adel' }] });
    const now = '2026-10-28T09:00:00+03:00';
    expect(dateExcerpts('د. منى فاضية السبت ٣١ أكتوبر الساعة ١١ الصبح.', turn, now)).toEqual([]);
    expect(dateExcerpts('د. منى فاضية السبت ٣١ أكتوبر الساعة ١٢ الضهر.', turn, now)).toHaveLength(1);
  });

  it('reads a slot after the London clocks go back on the local clock', () => {
    const turn = cairoTurn({ timezone: 'Europe/London', lastSlots: [{ start: '2026-10-26T10:00:00Z', doctor: 'Dr. Mona Adel' }] });
    const fridayBeforeTheChange = '2026-10-23T11:00:00+01:00';
    expect(dateExcerpts('Dr. Mona has Monday 26 October at 10 am.', turn, fridayBeforeTheChange)).toEqual([]);
    expect(dateExcerpts('Dr. Mona has Monday 26 October at 11 am.', turn, fridayBeforeTheChange)).toHaveLength(1);
  });

  it('reads times in words and a bare day of the month', () => {
    expect(dateExcerpts("Dr. Mona has Tuesday at ten o'clock, that is the 24th at 10.")).toEqual([]);
    expect(dateExcerpts('Dr. Mona has Tuesday at half past ten.')).toHaveLength(1);
    expect(dateExcerpts('Dr. Mona has the 25th at 10.')).toEqual(['the 25th at 10']);
  });

  it('checks opening hours day by day', () => {
    expect(dateExcerpts('We are open Saturday to Wednesday from 9 am to 5 pm, and on Thursday from 10 am to 3 pm. Closed on Fridays.')).toEqual([]);
    expect(dateExcerpts('مواعيدنا من السبت للأربعاء من ٩ الصبح لحد ٥ العصر، والخميس من ١٠ لحد ٣.')).toEqual([]);
    // Thursday opens at 10 and every day closes at 5.
    expect(dateExcerpts('We are open from 9 am to 9 pm, Saturday to Thursday.')).toEqual(['9 am', '9 pm']);
    expect(dateExcerpts('العيادة فاتحة يوم الجمعة من ١٠ الصبح.')).toEqual(['يوم الجمعة', '١٠ الصبح']);
    expect(dateExcerpts('We are closed on Mondays.')).toHaveLength(1);
  });

  it('holds a booking confirmation to the booked time, not to other offered slots', () => {
    const turn = cairoTurn({
      lastSlots: [
        { start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel' },
        { start: '2026-11-24T11:00:00+02:00', doctor: 'Dr. Mona Adel' },
      ],
      toolCalls: [{ name: 'book_appointment', ok: true, result: { start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel' } }],
    });
    expect(dateExcerpts('You are booked for Tuesday at 10:00.', turn)).toEqual([]);
    expect(dateExcerpts('You are booked for Tuesday at 11:00.', turn)).toHaveLength(1);
  });

  it('does not treat durations, doses or "today" in a greeting as dates', () => {
    expect(dateExcerpts('How can I help you today? Sessions last 45 minutes; please arrive 10 minutes early.')).toEqual([]);
  });

  it('does not read counts of repetitions by part of the day as clock times', () => {
    // Counts: "8 in the morning" continues "8 times", "٨ بالليل" continues "٨ مرات".
    expect(dateExcerpts('التمرين ده ٨ مرات الصبح و٨ بالليل.')).toEqual([]);
    expect(dateExcerpts('كرري الحركة ١٢ عدة الصبح و١٢ بالليل.')).toEqual([]);
    // Near misses: a clock word, or a count in another clause, leaves the time a time.
    expect(dateExcerpts('التمرين ٨ مرات، وميعادك بكرة ٨ بالليل.')).toHaveLength(1);
    expect(dateExcerpts('خد الدوا ٣ مرات وتعالى الساعة ٨ بالليل.')).toHaveLength(1);
    expect(dateExcerpts('د. منى فاضية يوم الثلاثاء ١٠ الصبح.')).toEqual([]);
    expect(dateExcerpts('د. منى فاضية يوم الثلاثاء ١١ الصبح.')).toHaveLength(1);
  });

  it('reads Modern Standard Arabic hour ordinals', () => {
    expect(dateExcerpts('موعدك مع د. منى يوم الثلاثاء الساعة العاشرة صباحاً.')).toEqual([]);
    expect(dateExcerpts('موعدك مع د. منى يوم الثلاثاء الساعة الحادية عشرة صباحاً.')).toHaveLength(1);
  });

  it('reads Levantine working hours, a phone line’s hours and a day explained in brackets as opening hours', () => {
    expect(dateExcerpts('دوامنا من السبت للأربعاء من ٩ الصبح لـ ٥ المسا، ويوم الخميس لحد الساعة ٣ العصر.')).toEqual([]);
    expect(dateExcerpts('دوامنا من السبت للأربعاء من ٩ الصبح لـ ٧ المسا.')).toHaveLength(1);
    expect(dateExcerpts('Call us on the main line, we answer until 5 pm today.')).toEqual([]);
    expect(dateExcerpts('We reopen on Saturday at 9:00 am.')).toEqual([]);
    expect(dateExcerpts('إحنا فاتحين من السبت للأربعا من ٩ الصبح لـ ٥ المسا، والجمعة مسكرين.')).toEqual([]);
    expect(dateExcerpts('ساعات الدوام من السبت إلى الأربعاء من ٩ صباحاً حتى ٥ مساءً، والجمعة عطلة.')).toEqual([]);
    expect(dateExcerpts('دوامنا من السبت للأربعاء من ٩ الصبح لين ٥ المسا، ويوم الخميس من ١٠ الصبح.')).toEqual([]);
    expect(dateExcerpts('دوامنا من السبت للأربعاء من ٩ الصبح لين ١٠ الليل.')).not.toEqual([]);
    expect(dateExcerpts('ساعات الدوام من السبت إلى الأربعاء من ٩ صباحاً حتى ٥ مساءً، والأحد عطلة.')).not.toEqual([]);
    expect(dateExcerpts('ساعات العمل لدينا من السبت إلى الأربعاء من ٩ صباحاً حتى ٥ مساءً، ونحن مغلقون يوم الجمعة.')).toEqual([]);
    expect(dateExcerpts('إحنا فاتحين من السبت للأربعا من ٩ الصبح لـ ٥ المسا، والأحد مسكرين.')).not.toEqual([]);
    expect(dateExcerpts('We reopen on Saturday at 8:00 am.')).toHaveLength(1);
    expect(dateExcerpts('The clinic is closed today (Friday) and reopens on Saturday at 9:00.', cairoTurn(), '2026-11-27T10:00:00+02:00')).toEqual([]);
    expect(dateExcerpts('The clinic is closed today (Sunday) and reopens on Monday at 9:00.')).not.toEqual([]);
  });

  it('pairs a time with the date after it once the date before it is taken, and reads the Gulf "باكر/باچر"', () => {
    expect(dateExcerpts('Dr. Mona has 10:00 on Tuesday 24 November, or 11:00 on Wednesday 25 November.', cairoTurn({ lastSlots: [{ start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel' }, { start: '2026-11-25T11:00:00+02:00', doctor: 'Dr. Mona Adel' }] }))).toEqual([]);
    expect(dateExcerpts('Dr. Mona has 10:00 on Tuesday 24 November, or 11:00 on Wednesday 25 November.')).toHaveLength(1);
    expect(dateExcerpts('عندنا موعد باچر الساعة ١٠ الصبح مع د. منى.', cairoTurn({ lastSlots: [{ start: '2026-11-23T10:00:00+02:00', doctor: 'Dr. Mona Adel' }] }))).toEqual([]);
    expect(dateExcerpts('عندنا موعد باكر الساعة ١٠ الصبح مع د. منى.')).toHaveLength(1);
  });

  it('reads a Levantine or Gulf hours sentence by its verb or "ومواعيدنا", and "المسا" as evening', () => {
    expect(dateExcerpts('العيادة بتفتح من السبت للأربعاء من ٩ الصبح لـ ٥ المسا.')).toEqual([]);
    expect(dateExcerpts('العيادة بتفتح من السبت للأربعاء من ٩ الصبح لـ ٦ المسا.')).not.toEqual([]);
    expect(dateExcerpts('اتصل على الفرع، ومواعيدنا يوم السبت من 9 الصبح لحد 5 المسا.')).toEqual([]);
    expect(dateExcerpts('اتصل على الفرع، ومواعيدنا يوم السبت من 9 الصبح لحد 6 المسا.')).not.toEqual([]);
    expect(dateExcerpts('منسكر الساعة ٣ العصر يوم الخميس.')).toEqual([]);
    expect(dateExcerpts('منسكر الساعة ٤ العصر يوم الخميس.')).not.toEqual([]);
  });

  it('reads "الإثنين" before "الساعة" as Monday, so two offered slots each keep their own day', () => {
    const twoSlots = cairoTurn({
      lastSlots: [
        { start: '2026-11-22T14:00:00+02:00', doctor: 'Dr. Mona Adel' },
        { start: '2026-11-23T15:30:00+02:00', doctor: 'Dr. Mona Adel' },
      ],
    });
    expect(dateExcerpts('د. منى عندها الأحد الساعة 14:00 أو الإثنين الساعة 3:30 العصر.', twoSlots)).toEqual([]);
    expect(dateExcerpts('د. منى عندها الأحد الساعة 14:00 أو الإثنين الساعة 4:30 العصر.', twoSlots)).toEqual(['الإثنين الساعة 4:30 العصر']);
    expect(dateExcerpts('د. منى عندها الأحد الساعة 15:30 أو الإثنين الساعة 2 الظهر.', twoSlots)).toHaveLength(2);
  });

  it('reads a spaced dash between two times as a range, not a clause break', () => {
    expect(dateExcerpts('Our hours are Saturday to Wednesday 9:00 am – 5:00 pm and Thursday 10 am – 3 pm.')).toEqual([]);
    expect(dateExcerpts('Our hours are Saturday to Wednesday 9:00 am – 6:00 pm and Thursday 10 am – 3 pm.')).toEqual(['6:00 pm']);
  });

  it('reads "until" the closing time of the day named as hours, and an MSA "we close on" as a closed day', () => {
    expect(dateExcerpts('Reception is there until 5 pm today.')).toEqual([]);
    expect(dateExcerpts('Reception is there until 6 pm today.')).toHaveLength(1);
    expect(dateExcerpts('يسعدنا استقبالك اليوم حتى الساعة الخامسة مساءً.')).toEqual([]);
    expect(dateExcerpts('يسعدنا استقبالك اليوم حتى الساعة السادسة مساءً.')).toHaveLength(1);
    expect(dateExcerpts('نستقبلكم من السبت إلى الخميس، ونغلق يوم الجمعة.')).toEqual([]);
    expect(dateExcerpts('نستقبلكم من السبت إلى الخميس، ونغلق يوم الاثنين.')).toHaveLength(1);
  });

  it('reads "is off" as closed, and the digits of a phone number after "at" as no hour', () => {
    const friday = '2026-11-27T09:00:00+02:00';
    expect(dateExcerpts("Fridays we're closed, so today the front desk is off, but you can leave a message.", cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts("We're closed on Mondays, so today the front desk is off.", cairoTurn(), friday)).toHaveLength(1);
    expect(dateExcerpts('Dr. Mona is free on Tuesday at 10:00; call Maadi directly at 02-235-8123 if you need to.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona is free on Tuesday at 11; call Maadi directly at 02-235-8123 if you need to.')).toHaveLength(1);
  });

  it('reads a part of the day before a clock time, and "and open again" as a clause of its own', () => {
    const evening = cairoTurn({ lastSlots: [{ start: '2026-11-23T19:15:00+02:00', doctor: 'Dr. Mona Adel' }] });
    expect(dateExcerpts('Dr. Mona is free tomorrow evening at 7:15.', evening)).toEqual([]);
    expect(dateExcerpts('Dr. Mona is free tomorrow morning at 7:15.', evening)).toHaveLength(1);
    const friday = '2026-11-27T09:00:00+02:00';
    expect(dateExcerpts("We're closed on Friday and open again on Saturday from 9 am to 5 pm.", cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts("We're closed on Friday and open again on Saturday from 9 am to 6 pm.", cairoTurn(), friday)).toHaveLength(1);
  });

  it('reads an age as no time, and "قفلت" with a time as the closing hour', () => {
    expect(dateExcerpts('Poor Omar, a swollen cheek is no fun at six years old. Dr. Mona is free on Tuesday at 10:00.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona is free on Tuesday at six.')).toHaveLength(1);
    expect(dateExcerpts('العيادة قفلت النهارده الساعة ٥، بس تقدر تكلمنا بكرة.')).toEqual([]);
    expect(dateExcerpts('العيادة قفلت النهارده الساعة ٦، بس تقدر تكلمنا بكرة.')).toHaveLength(1);
  });

  it('reads a day given its own hours as an exception to the range before it', () => {
    // Saturday to Wednesday close at 17:00, Thursday at 15:00.
    expect(dateExcerpts("We're open Saturday to Thursday from 9 am to 5 pm, with an early close at 3 pm on Thursdays.")).toEqual([]);
    expect(dateExcerpts("We're open Saturday to Thursday from 9 am to 5 pm, with an early close at 4 pm on Thursdays.")).toHaveLength(1);
  });

  it('reads a date after "tomorrow," as the same day', () => {
    const thursday = '2026-11-26T09:00:00+02:00';
    expect(dateExcerpts("We're open today until 3 pm and closed tomorrow, Friday 27 November.", cairoTurn(), thursday)).toEqual([]);
    expect(dateExcerpts("We're open today until 3 pm and closed tomorrow, Saturday 28 November.", cairoTurn(), thursday)).not.toEqual([]);
  });

  it('reads "مقفلة" as closed', () => {
    const friday = '2026-11-27T09:00:00+02:00';
    expect(dateExcerpts('اليوم الجمعة والعيادة مقفلة، بس نفتح بكرة السبت من ٩ الصبح.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('اليوم الجمعة والعيادة مفتوحة من ٩ الصبح.', cairoTurn(), friday)).not.toEqual([]);
  });

  it('reads "closed for tonight" as the hour, a move to a dated day as no range, an age in halves as no time, and "قبل الضهر" as morning', () => {
    expect(dateExcerpts("We're closed for tonight, I'm afraid, but we're back on Monday from 9 am to 5 pm.")).toEqual([]);
    const moved = cairoTurn({ toolCalls: [{ name: 'reschedule_appointment', ok: true, result: { start: '2026-11-28T13:00:00+02:00', doctor: 'Dr. Mona Adel' } }] });
    expect(dateExcerpts("I've moved your scaling from tomorrow to Saturday 28 November at 13:00 (1 pm) — we're open 9 am to 5 pm on Saturdays.", moved)).toEqual([]);
    expect(dateExcerpts("I've moved your scaling from tomorrow to Saturday 28 November at 14:00 (2 pm) — we're open 9 am to 5 pm on Saturdays.", moved)).not.toEqual([]);
    expect(dateExcerpts('At two and a half lots of children are late talkers.')).toEqual([]);
    expect(dateExcerpts('في موعد مع د. منى نهار التلات الساعة ١٠ قبل الضهر.')).toEqual([]);
    expect(dateExcerpts('في موعد مع د. منى نهار الأربعا الساعة ١٠ قبل الضهر.')).toHaveLength(1);
  });

  it('reads "سنعاود استقبالكم" as hours, and "وبكرة" with a glued "و" as tomorrow', () => {
    expect(dateExcerpts('وسنعاود استقبالكم بكرة الاثنين من الساعة ٩ صباحاً.')).toEqual([]);
    expect(dateExcerpts('وسنعاود استقبالكم بكرة الاثنين من الساعة ٨ صباحاً.')).toHaveLength(1);
    const slots = cairoTurn({ lastSlots: [{ start: '2026-11-22T18:30:00+02:00', doctor: 'Dr. Mona Adel' }, { start: '2026-11-23T12:00:00+02:00', doctor: 'Dr. Karim Farouk' }] });
    expect(dateExcerpts('النهارده د. منى فاضية الساعة ٦:٣٠ مساءً، وبكرة د. كريم فاضي الساعة ١٢ الضهر.', slots)).toEqual([]);
  });

  it('reads "نعتذر عن استقبال المرضى" as closed', () => {
    expect(dateExcerpts('مواعيد العمل من السبت إلى الخميس، ونعتذر عن استقبال المرضى يوم الجمعة.')).toEqual([]);
    expect(dateExcerpts('مواعيد العمل من السبت إلى الخميس، ونعتذر عن استقبال المرضى يوم الاثنين.')).toHaveLength(1);
  });

  it('does not read a place named after a date as a date', () => {
    expect(dateExcerpts('Dr. Mona sees patients at our 6th of October branch.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona sees patients on the 6th of October.')).toHaveLength(1);
  });

  it('borrows the days of a neighbouring clause for bare times, but not from a clause that says closed', () => {
    expect(dateExcerpts('On Thursday we open in the morning only, 10 am to 3 pm, and we are closed on Fridays.')).toEqual([]);
    expect(dateExcerpts('On Thursday we open in the morning only, 10 am to 4 pm, and we are closed on Fridays.')).toEqual(['4 pm']);
  });

  it('reads "بنفس اليوم" as the day named before, not today, and the Levantine "كانون التاني"', () => {
    const twoSlots = cairoTurn({
      lastSlots: [
        { start: '2027-01-12T09:30:00+02:00', doctor: 'Dr. Mona Adel' },
        { start: '2027-01-12T16:00:00+02:00', doctor: 'Dr. Karim Farouk' },
      ],
    });
    const now = '2027-01-09T10:00:00+02:00';
    expect(dateExcerpts('في عنا موعد مع د. منى يوم التلاتا ١٢ كانون التاني الساعة ٩:٣٠ الصبح، أو مع د. كريم بنفس اليوم الساعة ٤ العصر.', twoSlots, now)).toEqual([]);
    expect(dateExcerpts('في عنا موعد مع د. منى يوم التلاتا ١٢ كانون التاني الساعة ٩:٣٠ الصبح، أو مع د. كريم بنفس اليوم الساعة ٥ العصر.', twoSlots, now)).toHaveLength(1);
  });

  it('reads Modern Standard Arabic ordinal hours with a part of the day and no "الساعة"', () => {
    expect(dateExcerpts('نستقبل المراجعين يوم السبت من التاسعة صباحاً حتى الخامسة مساءً.')).toEqual([]);
    expect(dateExcerpts('نستقبل المراجعين يوم السبت من العاشرة صباحاً حتى السادسة مساءً.')).toHaveLength(2);
  });

  it('reads "من بكرة ليوم الاتنين …" in a move as two days, not one day said twice or a range of opening days', () => {
    const moved = cairoTurn({
      appointments: [{ id: 'apt-3', start: '2026-11-22T18:00:00+02:00', doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' }],
      toolCalls: [{ name: 'reschedule_appointment', ok: true, result: { appointmentId: 'apt-3', start: '2026-11-30T18:00:00+02:00', doctor: 'Dr. Mona Adel' } }],
    });
    // Saturday: tomorrow is Sunday 22 November, not a Monday.
    const saturday = '2026-11-21T09:00:00+02:00';
    expect(dateExcerpts('تمام، نقلتلك الجلسة مع د. منى من بكرة ليوم الاتنين ٣٠ نوفمبر الساعة ٦ مساءً.', moved, saturday)).toEqual([]);
    expect(dateExcerpts('تمام، نقلتلك الجلسة مع د. منى من بكرة ليوم الاتنين ٣٠ نوفمبر الساعة ٧ مساءً.', moved, saturday)).toHaveLength(1);
  });

  it('takes the days of a closing time from the clause before as well as the one after ("As today is Thursday, we close at 3 pm")', () => {
    const thursday = '2026-11-26T09:00:00+02:00';
    expect(dateExcerpts('As today is Thursday, we close at 3 pm, so if that is too tight we can look at Saturday instead.', cairoTurn(), thursday)).toEqual([]);
    expect(dateExcerpts('As today is Thursday, we close at 4 pm, so if that is too tight we can look at Saturday instead.', cairoTurn(), thursday)).toEqual(['4 pm']);
  });

  it('reads "shut" as closed, and a day said to be shut after a closing time as a closed day of its own', () => {
    expect(dateExcerpts("We close at 5 pm tonight and we're shut on Friday, but we're back on Saturday from 9:00 to 17:00.")).toEqual([]);
    expect(dateExcerpts("We close at 5 pm tonight and we're shut on Monday.")).toEqual(['Monday']);
  });

  it('reads a day label and its value after a colon as one statement ("- الجمعة: إجازة")', () => {
    expect(dateExcerpts('مواعيدنا:\n- السبت لحد الأربعاء: من ٩ الصبح لـ٥ العصر\n- الخميس: من ١٠ الصبح لـ٣ العصر\n- الجمعة: إجازة')).toEqual([]);
    expect(dateExcerpts('مواعيدنا:\n- الخميس: من ١٠ الصبح لـ٣ العصر\n- السبت: إجازة')).toEqual(['السبت']);
  });

  it('reads "بعد باجر" and "لبعد بكرة" as the day after tomorrow', () => {
    expect(dateExcerpts('نقلنا موعدك وصار بعد باجر الثلاثاء الساعة ١٠ الصبح.')).toEqual([]);
    expect(dateExcerpts('تمام، نقلت موعدك لبعد بكرة الثلاثاء الساعة ١٠ الصبح.')).toEqual([]);
    expect(dateExcerpts('نقلنا موعدك وصار بعد باجر الأربعاء الساعة ١٠ الصبح.')).toHaveLength(1);
  });

  it('reads the Kuwaiti "عقب باچر" as the day after tomorrow', () => {
    expect(dateExcerpts('تم ✅ نقلنا موعدك مع د. منى لعقب باچر الساعة ١٠ الصبح.')).toEqual([]);
    expect(dateExcerpts('تم ✅ نقلنا موعدك مع د. منى لعقب باچر الساعة ١١ الصبح.')).toHaveLength(1);
  });

  it('reads "فرع ٦ أكتوبر" as a branch, not a date', () => {
    expect(dateExcerpts('ميعادك مع د. منى يوم الثلاثاء ٢٤ نوفمبر الساعة ١٠ الصبح في فرع ٦ أكتوبر.')).toEqual([]);
    expect(dateExcerpts('ميعادك مع د. منى يوم ٦ أكتوبر الساعة ١٠ الصبح.')).toHaveLength(1);
  });

  it('reads a bulleted range that starts with a bare hour as opening hours', () => {
    expect(dateExcerpts('دوامنا:\n• السبت من ٩ الصبح لـ ٥ العصر\n• الخميس من ١٠ لـ ٣ العصر')).toEqual([]);
    expect(dateExcerpts('دوامنا:\n• السبت من ٩ الصبح لـ ٥ العصر\n• الخميس من ١٠ لـ ٥ العصر')).toHaveLength(1);
  });

  it('reads "closed for today" as the hour, not a closed day', () => {
    expect(dateExcerpts("We're open Saturday to Wednesday 9 am–5 pm (so we've just closed for today).")).toEqual([]);
    expect(dateExcerpts("We're closed today.")).toEqual(['today']);
  });

  it('does not read a street or bridge named after a date as a date, in English and Arabic', () => {
    expect(dateExcerpts('Our Maadi branch is just off 18th November Street, with free parking behind the building.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona can see you on 18th November at the Maadi branch.')).toHaveLength(1);
    expect(dateExcerpts('فرع المعادي في شارع ٢٦ يوليو جنب كوبري ٦ أكتوبر.')).toEqual([]);
    expect(dateExcerpts('د. منى فاضية يوم ٢٦ يوليو في فرع المعادي.')).toHaveLength(1);
  });

  it('pairs a time with the date right after it ("a 10:00 slot on Tuesday") rather than one that other words keep apart before it', () => {
    const aboutTen = (reply: string) => dateExcerpts(reply).filter((excerpt) => excerpt.includes('10:00') || excerpt.includes('١٠'));
    expect(aboutTen('Dr. Karim is away on Monday, but Dr. Mona has a 10:00 slot on Tuesday.')).toEqual([]);
    expect(aboutTen('Dr. Karim is away on Monday, but Dr. Mona has a 10:00 slot on Wednesday.')).toHaveLength(1);
    expect(aboutTen('د. كريم مش موجود يوم الاتنين، بس د. منى عندها ميعاد الساعة ١٠ يوم التلات.')).toEqual([]);
    expect(aboutTen('د. كريم مش موجود يوم الاتنين، بس د. منى عندها ميعاد الساعة ١٠ يوم الأربع.')).toHaveLength(1);
  });

  it('reads a spoken hour with the article and a fraction or a part of the day ("لحد الخمسة ونص العصر") as a time', () => {
    expect(dateExcerpts('يوم الخميس منكون فاتحين لحد الخمسة ونص العصر.')).toEqual(['الخمسة ونص العصر']);
    expect(dateExcerpts('يوم الخميس منكون فاتحين لحد التلاتة العصر.')).toEqual([]);
    expect(dateExcerpts('فاتحين يوم الاتنين والخميس.')).toEqual([]);
  });

  it('reads "Saturday mornings" as a weekday that recurs, not as one date', () => {
    expect(dateExcerpts('Dr. Mona runs the support group on Saturday mornings at the Maadi branch.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona can see you on Saturday morning at the Maadi branch.')).toHaveLength(1);
  });

  it('reads "the day after" as the day after the date said before it, and "نعتذر عن عدم العمل" as closed', () => {
    expect(dateExcerpts('Dr. Mona has Monday 23 November at 9:00, or Dr. Karim has the day after at 10:00.')).not.toContain('the day after at 10:00');
    expect(dateExcerpts('Dr. Mona has Tuesday 24 November at 10:00, or Dr. Karim has the day after at 10:00.')).toEqual(['the day after at 10:00']);
    expect(dateExcerpts('Dr. Mona can see you the day after your scan.')).toEqual([]);
    expect(dateExcerpts('مواعيد العمل من السبت إلى الخميس، ونعتذر عن عدم العمل يوم الجمعة.')).toEqual([]);
    expect(dateExcerpts('مواعيد العمل من السبت إلى الخميس، ونعتذر عن عدم العمل يوم الاتنين.')).toHaveLength(1);
  });

  it('reads a day named as the reason for a closure, being back at a time, and a day hedged by availability as opening hours', () => {
    const friday = '2026-11-27T09:00:00+02:00';
    expect(dateExcerpts("We're closed today, as it's Friday.", cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('النهارده قافلين، عشان النهارده الجمعة.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts("We're closed today, as it's Monday.", cairoTurn(), friday)).toEqual(['Monday']);
    expect(dateExcerpts('The front desk will be back tomorrow, Saturday 28 November, from 9 am.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('The front desk will be back tomorrow, Saturday 28 November, from 8 am.', cairoTurn(), friday)).toEqual(['8 am']);
    expect(dateExcerpts('The earliest we could see you would be tomorrow, Saturday 28 November, depending on availability.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('The earliest we could see you would be tomorrow, Saturday 28 November.', cairoTurn(), friday)).not.toEqual([]);
    expect(dateExcerpts('أقرب ميعاد بكرة السبت ٢٨ نوفمبر حسب المتاح.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('أقرب ميعاد بكرة السبت ٢٨ نوفمبر.', cairoTurn(), friday)).not.toEqual([]);
  });

  it('reads an ordinal before a noun ("the 3rd floor") as no date, and closing early ("بنقفل بدري") as no closed day', () => {
    expect(dateExcerpts('We are on the 3rd floor of the tower next to City Stars.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona can see you on the 3rd at 10:00.')).toEqual(['the 3rd at 10:00']);
    expect(dateExcerpts('إحنا فاتحين النهارده لحد الساعة ٥ العصر (الخميس بنقفل بدري).')).toEqual([]);
    expect(dateExcerpts('الخميس بنقفل.')).toEqual(['الخميس']);
  });

  it('reads when staff will get back to the patient as opening hours, and "feel free" as no talk of a free slot', () => {
    const thursday = '2026-11-26T17:00:00+02:00';
    expect(dateExcerpts("Feel free to leave your name here and we'll get back to you on Saturday morning.", cairoTurn(), thursday)).toEqual([]);
    expect(dateExcerpts("Feel free to leave your name here and we'll get back to you on Friday morning.", cairoTurn(), thursday)).toEqual(['Friday']);
    expect(dateExcerpts('ابعتلنا اسمك وهنرد عليك يوم السبت الصبح.', cairoTurn(), thursday)).toEqual([]);
    expect(dateExcerpts('ابعتلنا اسمك وهنرد عليك يوم الجمعة الصبح.', cairoTurn(), thursday)).toEqual(['يوم الجمعة']);
    expect(dateExcerpts('Dr. Mona is free on Saturday morning.', cairoTurn(), thursday)).toEqual(['Saturday']);
  });

  it('reads "the next day we\'re open" as no date, "مسكّرة" as talk of opening hours, and "at 2 branches" as no time', () => {
    const thursday = '2026-11-26T17:00:00+02:00';
    expect(dateExcerpts("We're closed on Friday, so the next day we're open is Saturday, from 9 am to 5 pm.", cairoTurn(), thursday)).toEqual([]);
    expect(dateExcerpts('بكرا الجمعة العيادة مسكّرة، بس في موعد يوم السبت.', cairoTurn(), thursday)).toEqual([]);
    expect(dateExcerpts('بكرا السبت العيادة مسكّرة.', cairoTurn(), thursday)).toEqual(['بكرا السبت']);
    expect(dateExcerpts("We're open Saturday 9 am–5 pm, at 2 branches: Heliopolis and Maadi.")).toEqual([]);
    expect(dateExcerpts('Dr. Mona can see you on Tuesday at 2.')).not.toEqual([]);
  });

  it('reads a day offered to search for a slot as no claim of one', () => {
    const friday = '2026-11-27T09:00:00+02:00';
    expect(dateExcerpts('I can look for a slot for tomorrow if you like!', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('أقدر أشوفلك ميعاد بكرة لو تحب.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('Dr. Mona has a slot tomorrow.', cairoTurn(), friday)).toEqual(['tomorrow']);
    expect(dateExcerpts('د. منى عندها ميعاد بكرة.', cairoTurn(), friday)).toEqual(['بكرة']);
  });

  it('reads "and we\'re closed" after a day with its hours as a closed day of its own, and a day glued to "لل" as the end of a range', () => {
    expect(dateExcerpts("We close at 3 pm on Thursdays and we're closed on Friday.")).toEqual([]);
    expect(dateExcerpts("We close at 3 pm on Thursdays and we're closed on Sunday.")).toEqual(['Sunday']);
    expect(dateExcerpts('لو حابب تحجز ميعاد كلمنا، وإحنا موجودين من السبت للأربع لحد ٥ المسا.')).toEqual([]);
    expect(dateExcerpts('لو حابب تحجز ميعاد كلمنا، وإحنا موجودين من السبت للجمعة لحد ٥ المسا.')).not.toEqual([]);
  });

  it('reads "ونفتح غداً" as a clause of its own, and "at two locations" as no time', () => {
    const friday = '2026-11-27T10:00:00+02:00';
    expect(dateExcerpts('عيادتنا مغلقة اليوم الجمعة ونفتح غداً السبت من ٩ صباحاً حتى ٥ مساءً.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('عيادتنا مغلقة اليوم الجمعة ونفتح غداً السبت من ١٠ صباحاً حتى ٥ مساءً.', cairoTurn(), friday)).toEqual(['١٠ صباحا']);
    expect(dateExcerpts("We're at two locations, Heliopolis and Maadi.")).toEqual([]);
    expect(dateExcerpts('Dr. Mona can see you at two.')).toEqual(['at two']);
  });

  it('lends the days of a clause to times past clauses with no day or time of their own', () => {
    const wednesday = '2026-11-25T20:00:00+02:00';
    expect(dateExcerpts("We're closed now, but we'll be open again tomorrow, Thursday, from 10:00 am to 3:00 pm.", cairoTurn(), wednesday)).toEqual([]);
    expect(dateExcerpts("We're closed now, but we'll be open again tomorrow, Thursday, from 10:00 am to 5:00 pm.", cairoTurn(), wednesday)).toEqual(['5:00 pm']);
  });

  it('reads "نستقبل" as talk of opening hours and "لأن" as the start of a clause', () => {
    const saturday = '2026-11-21T12:00:00+02:00';
    expect(dateExcerpts('وبكرة الأحد نستقبل من ٩ الصبح.', cairoTurn(), saturday)).toEqual([]);
    expect(dateExcerpts('وبكرة الأحد نستقبل من ١٠ الصبح.', cairoTurn(), saturday)).toEqual(['١٠ الصبح']);
    expect(dateExcerpts('فالأفضل تحجزون من الأحد للأربعاء لأن دوامنا الخميس لين ٣ العصر بس.')).toEqual([]);
    expect(dateExcerpts('فالأفضل تحجزون من الأحد للأربعاء لأن دوامنا الخميس لين ٥ العصر بس.')).toEqual(['٥ العصر']);
  });

  it('reads a day said closed right after it ("الجمعة إجازة", "Fridays — closed that day") as a closed day, "on weekends" as the country\'s weekend, and "نفس الشي" as the hours before', () => {
    const friday = '2026-11-27T19:00:00+02:00';
    expect(dateExcerpts('لا والله، الجمعة إجازة 🙏 نرجع نستقبلكم بكرة السبت من ٩ الصبح لين ٥ المسا.', cairoTurn(), friday)).toEqual([]);
    expect(dateExcerpts('لا والله، الأحد إجازة 🙏 نرجع نستقبلكم بكرة السبت من ٩ الصبح لين ٥ المسا.', cairoTurn(), friday)).toEqual(['الأحد']);
    expect(dateExcerpts("Sorry, we don't do scans on Fridays — the clinic is closed that day. Dr. Mona has Tuesday at 10 am.")).toEqual([]);
    expect(dateExcerpts('Our hours are 9 am to 5 pm on Saturdays; we\'re closed on Fridays.')).toEqual([]);
    // Cairo's weekend is Friday and Saturday; Beirut's is Saturday and Sunday.
    expect(dateExcerpts('We\'re open on weekends from 9 am to 5 pm.')).not.toEqual([]);
    const beirut = cairoTurn({ timezone: 'Asia/Beirut', clinic: { ...cairoTurn().clinic, hours: [{ day: 'sat', open: '09:00', close: '17:00' }, { day: 'sun', open: '09:00', close: '17:00' }, { day: 'mon', open: '09:00', close: '17:00' }] } });
    expect(dateExcerpts('We\'re open on weekends from 9 am to 5 pm.', beirut)).toEqual([]);
    expect(dateExcerpts('We\'re open Saturday 9 am to 5 pm if the weekend suits you better.')).toEqual([]);
    expect(dateExcerpts('دوامنا من السبت للأربعاء من ٩ الصبح لين ٥ المسا، والخميس نفس الشي.')).toEqual(['٩ الصبح', '٥ المسا']);
    expect(dateExcerpts('دوامنا من السبت للأربعاء من ٩ الصبح لين ٥ المسا، والخميس من ١٠ لين ٣.')).toEqual([]);
  });

  it('reads "you can call us tomorrow from 9" as talk of opening hours', () => {
    expect(dateExcerpts('إحنا قفلنا النهارده، بس تقدر تكلمنا بكرة من ٩ الصبح.')).toEqual([]);
    expect(dateExcerpts('إحنا قفلنا النهارده، بس تقدر تكلمنا بكرة من ١٠ الصبح.')).not.toEqual([]);
    expect(dateExcerpts("We're closed now, but you can call us tomorrow from 9 am.")).toEqual([]);
    expect(dateExcerpts("We're closed now, but you can call us tomorrow from 8 am.")).not.toEqual([]);
  });

  it('reads the time of a habit of the body ("can\'t fall asleep before 3 am", "no coffee after 4 pm") as no slot, in English and Arabic', () => {
    expect(dateExcerpts("Sorry to hear you can't fall asleep before 3 am. Dr. Mona has Tuesday 24 November at 10:00.")).toEqual([]);
    expect(dateExcerpts('Dr. Mona has Tuesday 24 November at 3 am.')).toEqual(['Tuesday 24 November at 3 am']);
    expect(dateExcerpts('سلامتك، فهمت إنك ما بتعرفش تنام قبل الساعة ٣ الفجر. د. منى فاضية يوم الثلاثاء ٢٤ نوفمبر الساعة ١٠ الصبح.')).toEqual([]);
    expect(dateExcerpts('د. منى فاضية الساعة ٣ الفجر.')).not.toEqual([]);
  });

  it('reads a number before a unit of a dose ("1 g of paracetamol") as no hour, in a sentence about opening hours', () => {
    expect(dateExcerpts("We're closed on Fridays, but a warm compress and 1 g of paracetamol may help until we open on Saturday at 9 am.")).toEqual([]);
    expect(dateExcerpts("We're closed on Fridays, but a warm compress and 1 pm may help until we open on Saturday at 9 am.")).not.toEqual([]);
  });

  it('reads a number before a Gulf currency ("at 18 OMR") as an amount, not an hour', () => {
    expect(dateExcerpts('A regular dressing visit at 18 OMR should do for your mum.')).toEqual([]);
    expect(dateExcerpts('A regular dressing visit at 18 should do for your mum.')).not.toEqual([]);
  });

  it('reads bare hours as a range of hours when staff are said to be in ("موجودة من ١٠ للـ ١٢"), and "لل" as a range connector', () => {
    expect(dateExcerpts('فيكن تجو نهار الجمعة الصبح، الدكتورة بتكون موجودة من ١٠ للـ ١٢.')).toEqual(['نهار الجمعة', '١٠', '١٢']);
    expect(dateExcerpts('فيكن تجو نهار الخميس، الدكتورة بتكون موجودة من ١٠ للـ ٣.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona is in from 10 to 12 on Friday.')).toEqual(['Friday', '10', '12']);
    expect(dateExcerpts('Dr. Mona is in from 10 to 3 on Thursday.')).toEqual([]);
    expect(dateExcerpts('الجلسة بتاخد من ١٠ لـ ١٥ دقيقة.')).toEqual([]);
  });

  it('reads "قافلة" as the clinic said closed that day', () => {
    expect(dateExcerpts('النهارده الجمعة والعيادة قافلة، بس بكرة السبت فاتحين من ٩ الصبح.', cairoTurn(), '2026-11-27T10:00:00+02:00')).toEqual([]);
    expect(dateExcerpts('النهارده الجمعة والعيادة فاتحة من ٩ الصبح.', cairoTurn(), '2026-11-27T10:00:00+02:00')).toEqual(['النهارده الجمعة', '٩ الصبح']);
  });

  it('reads the first number of a range of amounts ("at 12 to 15 litres") and "the midday sun" as no time, and the Levantine "التلاتا" as Tuesday', () => {
    expect(dateExcerpts('Use the oxygen at 12 to 15 litres a minute.')).toEqual([]);
    expect(dateExcerpts('Use the oxygen until you come in at 12.')).toEqual(['12']);
    expect(dateExcerpts('Stay out of the midday sun.')).toEqual([]);
    expect(dateExcerpts('Come in at midday.')).toEqual(['midday']);
    expect(dateExcerpts('د. منى فاضية نهار التلاتا الساعة ١١ الصبح.')).toEqual(['نهار التلاتا الساعة ١١ الصبح']);
    expect(dateExcerpts('د. منى فاضية نهار التلاتا الساعة ١٠ الصبح، وبعدها نهار الخميس.')).toEqual(['نهار الخميس']);
  });

  it('reads the Moroccan "حالّين" as open hours', () => {
    const closedSunday = cairoTurn({ clinic: { ...cairoTurn().clinic, hours: cairoTurn().clinic.hours.filter((h) => h.day !== 'sun') } });
    expect(dateExcerpts('حنا حالّين نهار الأحد من ٩ ديال الصباح.', closedSunday)).toContain('نهار الأحد');
    expect(dateExcerpts('حنا حالّين نهار السبت من ٩ ديال الصباح.', closedSunday)).toEqual([]);
  });

  it('reads the Maghrebi months, "العشية" (afternoon or evening) and "ديال" between an hour and its part of the day', () => {
    expect(dateExcerpts('د. منى فاضية نهار الثلاثاء ٢٤ نونبر على ١٠ ديال الصباح.')).toEqual([]);
    expect(dateExcerpts('د. منى فاضية نهار الثلاثاء ٢٤ نونبر على ١٠ ديال العشية.')).toHaveLength(1);
    expect(dateExcerpts('د. منى فاضية نهار الثلاثاء على ١٠ العشية.')).toHaveLength(1);
    expect(dateExcerpts('د. منى فاضية يوم ٢٤ دجنبر الساعة ١٠ الصبح.')).toEqual(['٢٤ دجنبر الساعة ١٠ الصبح']);
    expect(dateExcerpts('د. منى فاضية يوم ٢٤ جانفي الساعة ١٠ الصبح.')).toHaveLength(1);
  });

  it('does not give a time the date offered after "or" ("ولا") as the other option', () => {
    expect(dateExcerpts('Dr. Mona has a 10:00 with Dr. Karim, or Wednesday if that suits you better.')).toEqual(['Wednesday']);
    expect(dateExcerpts('د. منى عندها موعد على ١٠ الصبح مع د. كريم، ولا الأربعاء إذا يناسبك.')).toEqual(['الأربعاء']);
    expect(dateExcerpts('Dr. Mona has 10:00 on Wednesday.')).toEqual(['10:00 on Wednesday']);
  });

  it('reads the Maghrebi "نهار" before a weekday as "يوم", with "على الساعة" after it', () => {
    expect(dateExcerpts('فمّا موعد نهار الثلاثاء على الساعة ١٠ الصباح.')).toEqual([]);
    expect(dateExcerpts('فمّا موعد نهار الإثنين على الساعة ١٠ الصباح.')).toEqual(['نهار الإثنين على الساعة ١٠ الصباح']);
  });

  it('reads a whole sentence before a colon as no label for the hours after it ("From Sunday we are back to our usual hours: …")', () => {
    expect(dateExcerpts('From Sunday we are back to our usual hours: 10 am to 3 pm on Thursday.')).toEqual([]);
    expect(dateExcerpts('From Sunday we are back to our usual hours: 10 am to 5 pm on Thursday.')).toEqual(['5 pm']);
  });

  it('reads a day after "except" given its own times, after the hours of the other days, as hours of that day, not a closed day', () => {
    const turn = cairoTurnWithClinic({
      hours: [
        { day: 'sun', open: '09:00', close: '18:00' },
        { day: 'mon', open: '09:00', close: '18:00' },
        { day: 'tue', open: '12:00', close: '20:00' },
        { day: 'wed', open: '09:00', close: '18:00' },
        { day: 'thu', open: '09:00', close: '18:00' },
      ],
    });
    expect(dateExcerpts('نحنا فاتحين من الأحد للخميس من ٩ الصبح لـ٦ المسا، إلا يوم التلات منفتح من ١٢ الضهر لـ٨ المسا.', turn)).toEqual([]);
    // A closed day given its own times is still claimed open.
    expect(dateExcerpts('نحنا فاتحين من الأحد للخميس من ٩ الصبح لـ٦ المسا، إلا يوم الجمعة منفتح من ١٢ الضهر لـ٨ المسا.', turn)).toContain('يوم الجمعة');
    // With no hours before "except", the hours after it are every other day's, and the day is closed.
    const allButFriday = cairoTurnWithClinic({
      hours: (['sat', 'sun', 'mon', 'tue', 'wed', 'thu'] as const).map((day) => ({ day, open: '09:00', close: '18:00' })),
    });
    expect(dateExcerpts('إحنا فاتحين كل يوم ما عدا الجمعة من ٩ الصبح لحد ٦ المسا.', allButFriday)).toEqual([]);
  });

  it('reads the Maghrebi glued "دالعشية" (of the afternoon) after an hour, and a spoken hour after "لل" (to the)', () => {
    const slot = cairoTurn({ lastSlots: [{ start: '2026-11-26T10:30:00+02:00', doctor: 'Dr. Mona Adel' }] });
    expect(dateExcerpts('د. منى عندها موعد نهار الخميس مع ٥ دالعشية.', slot)).toEqual(['نهار الخميس مع ٥ دالعشية']);
    expect(dateExcerpts('د. منى عندها موعد نهار الخميس مع ١٠:٣٠ دالصباح.', slot)).toEqual([]);
    expect(dateExcerpts('العيادة محلولة نهار الأحد حتى للعشرة ديال الليل.')).toEqual(['للعشرة ديال الليل']);
  });

  it('reads "at two" after words of a child\'s development as an age, not a time', () => {
    expect(dateExcerpts("I understand how worrying it is when your daughter isn't using words yet at two.")).toEqual([]);
    expect(dateExcerpts('Dr. Mona has an opening on Tuesday at two.')).toEqual(['Tuesday at two']);
  });

  it('reads the Tunisian "نحلّو" (we open) as opening hours', () => {
    expect(dateExcerpts('إيه، نحلّو نهار الأحد الصباح من ٩ حتى ١٢.')).toEqual(['١٢']);
    expect(dateExcerpts('إيه، نحلّو نهار الأحد الصباح من ٩ حتى ٥.')).toEqual([]);
  });

  it('reads the Algerian "محلولة" and "محلول" (open) as opening hours, and the Tunisian "القايلة" as midday', () => {
    expect(dateExcerpts('العيادة راهي محلولة نهار الجمعة من ٩ حتى ١٢.')).toEqual(['نهار الجمعة', '٩', '١٢']);
    expect(dateExcerpts('العيادة راهي محلولة نهار الأحد من ٩ حتى ٥.')).toEqual([]);
    // The masculine "محلول", of a branch ("فرع … محلول"); not "محلول ملحي", a saline solution.
    expect(dateExcerpts('فرع المعادي محلول حتى نهار الجمعة من ٩ حتى ١.')).toEqual(['نهار الجمعة', '٩', '١']);
    expect(dateExcerpts('فرع المعادي محلول نهار الأحد من ٩ حتى ٥.')).toEqual([]);
    // The hour and its part of the day are one time.
    expect(dateExcerpts('موعدك نهار الأحد على ١٢ القايلة.')).toEqual(['نهار الأحد على ١٢ القايلة']);
  });

  it('reads "the centre works" on a day as opening hours', () => {
    expect(dateExcerpts('والمركز يعمل أيام الجمعة أيضاً.')).toEqual(['أيام الجمعة']);
    expect(dateExcerpts('والمركز يعمل أيام السبت أيضاً.')).toEqual([]);
  });

  it('reads the shortened Moroccan "د" between an hour and its part of the day, "الزوال" as the afternoon, and the Algerian "راناحلّين" as open', () => {
    expect(dateExcerpts('حنا خدامين نهار الخميس من 10 حتى 3 د الزوال.')).toEqual([]);
    expect(dateExcerpts('حنا خدامين نهار السبت من 9 حتى 1 د الزوال.')).toEqual(['1 د الزوال']);
    expect(dateExcerpts('وراناحلّين حتى نهار الجمعة الصباح.')).toEqual(['نهار الجمعة']);
  });

  it('reads the hour a fast before a visit starts ("fast from midnight", "صايم من الساعة ١٢") as no appointment time', () => {
    expect(dateExcerpts('For your visit on Tuesday at 10:00, please fast from midnight.')).toEqual([]);
    expect(dateExcerpts('لموعدك يوم الثلاثاء الساعة ١٠ الصبح، خليك صايم من الساعة ١٢ بالليل.')).toEqual([]);
    expect(dateExcerpts('Your visit is at midnight.')).toEqual(['midnight']);
  });

  it('reads the Algerian "نخدمو" (we work) before a day as opening hours', () => {
    expect(dateExcerpts('واحنا نخدمو حتى نهار الجمعة الصباح.')).toEqual(['نهار الجمعة']);
    expect(dateExcerpts('واحنا نخدمو حتى نهار الخميس الصباح.')).toEqual([]);
  });

  it('reads a number of degrees, centimetres or kilos after "at" as no time, but a bare "at 20" still as one', () => {
    expect(dateExcerpts('At 20 degrees she most likely won\'t need surgery.')).toEqual([]);
    expect(dateExcerpts('At 12 cm or 30 kilos we would look again.')).toEqual([]);
    expect(dateExcerpts('الانحناء عند ٢٠ درجة بس.')).toEqual([]);
    expect(dateExcerpts('Come at 20 past.')).toEqual(['20']);
  });

  it('reads the French "14h30" as 14:30, and a weekday inside a branch\'s own name ("سوق الجمعة") as the place', () => {
    const slots = cairoTurn({ lastSlots: [{ start: '2026-11-24T14:30:00+02:00', doctor: 'Dr. Mona Adel' }] });
    expect(dateExcerpts('Dr. Mona has Tuesday 24 November at 14h30 free.', slots)).toEqual([]);
    expect(dateExcerpts('Dr. Mona has Tuesday 24 November at 15h30 free.', slots)).toEqual(['Tuesday 24 November at 15h30']);
    const market = cairoTurnWithClinic({ branches: [{ name: 'Souq Al-Juma', nameAr: 'سوق الجمعة', phone: '+218213600123' }] });
    expect(dateExcerpts('عندنا فرع في سوق الجمعة.', market)).toEqual([]);
    expect(dateExcerpts('فرعنا مفتوح يوم الجمعة.', market)).toEqual(['يوم الجمعة']);
  });

  it('reads "every day" in a clause of care as no claim about the hours, and "نعتذر عن الاستقبال يوم الجمعة" as a closed day', () => {
    expect(dateExcerpts('حط الجل على سنانك كل يوم، ولو الوجع زاد كلمنا.')).toEqual([]);
    expect(dateExcerpts('We are open every day.')).not.toEqual([]);
    expect(dateExcerpts('نستقبلكم من الساعة ٩ صباحاً، ونعتذر عن الاستقبال يوم الجمعة.')).toEqual([]);
    expect(dateExcerpts('نستقبلكم من الساعة ٩ صباحاً، ونعتذر عن الاستقبال يوم الأحد.')).toEqual(['يوم الأحد']);
  });
  it('reads "مغلقاً" and "عدم الاستقبال" before a day as closed, the Maghrebi "بعد غدا" as the day after tomorrow, and "without having eaten since midnight" as no appointment time', () => {
    expect(dateExcerpts('ويكون المركز مغلقاً يوم الجمعة.')).toEqual([]);
    expect(dateExcerpts('ويكون المركز مغلقاً يوم الأحد.')).toEqual(['يوم الأحد']);
    expect(dateExcerpts('نستقبلكم من الساعة ٩ صباحاً، ونعتذر عن عدم الاستقبال يوم الجمعة.')).toEqual([]);
    expect(dateExcerpts('نستقبلكم من الساعة ٩ صباحاً، ونعتذر عن عدم الاستقبال يوم الاثنين.')).toEqual(['يوم الاثنين']);
    expect(dateExcerpts('د. منى عندها بلاصة بعد غدا مع ١٠ ديال الصباح.')).toEqual([]);
    expect(dateExcerpts('د. منى عندها بلاصة غدا مع ١٠ ديال الصباح.')).toEqual(['غدا مع ١٠ ديال الصباح']);
    expect(dateExcerpts('For your visit on Tuesday at 10:00, please come without having eaten since midnight.')).toEqual([]);
    expect(dateExcerpts('For your visit on Tuesday at 11:00, please come without having eaten since midnight.')).toEqual(['Tuesday at 11:00']);
  });
  it('reads the hour a patient wakes or sleeps at ("waking up at 3 am every night") as no appointment time', () => {
    expect(dateExcerpts('Waking up at 3 am every night is something Dr. Mona will ask about.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona can see you on Tuesday at 3 pm.')).toEqual(['Tuesday at 3 pm']);
  });
  it('reads "closed today, as we are every Friday" as one closed day', () => {
    expect(dateExcerpts("We're closed today, as we are every Friday.", cairoTurn(), '2026-11-27T09:00:00+02:00')).toEqual([]);
    expect(dateExcerpts("We're closed today, as we are every Monday.", cairoTurn(), '2026-11-23T09:00:00+02:00')).not.toEqual([]);
  });
  it('reads "Tomorrow is Friday, when we\'re closed" as one closed day; a closed day with an opening, not', () => {
    expect(dateExcerpts("Tomorrow is Friday, when we're closed, but we reopen on Saturday.", cairoTurn(), '2026-11-26T09:00:00+02:00')).toEqual([]);
    expect(dateExcerpts('بكرة الجمعة، اللي بنكون فيه مقفولين.', cairoTurn(), '2026-11-26T09:00:00+02:00')).toEqual([]);
    expect(dateExcerpts('Tomorrow is Friday, when Dr. Mona has a free slot.', cairoTurn(), '2026-11-26T09:00:00+02:00')).not.toEqual([]);
  });
  it('reads "open sandals" and "يفتح الصدر" (opens the chest) as no talk of opening hours, so the day next to them is checked; the clinic open on a day still is hours', () => {
    const appointed = cairoTurn({ lastSlots: [], appointments: [{ id: 'a1', start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' }] });
    expect(dateExcerpts('Wear open sandals until you see Dr. Mona on Thursday.', appointed)).toEqual(['Thursday']);
    expect(dateExcerpts('Wear open sandals until you see Dr. Mona on Tuesday.', appointed)).toEqual([]);
    expect(dateExcerpts('لين يجي موعدك يوم الخميس، البخار يفتح الصدر.', appointed)).toEqual(['يوم الخميس']);
    expect(dateExcerpts("We're open on Thursday from 10 am.", appointed)).toEqual([]);
  });
  it('reads the Maghrebi "مع الثمنية ديال الليل" as 8 pm, and "الاتنين د العشية" as Monday afternoon, not 2 pm', () => {
    const slot = cairoTurn({ lastSlots: [{ start: '2026-11-28T20:00:00+02:00', doctor: 'Dr. Mona Adel' }] });
    expect(dateExcerpts('د. منى كاينة نهار السبت مع الثمنية ديال الليل.', slot)).toEqual([]);
    expect(dateExcerpts('د. منى كاينة نهار السبت مع التسعة ديال الليل.', slot)).toEqual(['نهار السبت مع التسعة ديال الليل']);
    expect(dateExcerpts('د. منى كاينة نهار الاتنين د العشية.', slot).some((excerpt) => excerpt.includes('د العشية'))).toBe(false);
  });
  it('reads a bare number after "at" as an age where the sentence is not about a visit ("Sucking her thumb at 6 …"), and as a time where it is', () => {
    expect(dateExcerpts("Sucking her thumb at 6 is what's pushing her front teeth forward.")).toEqual([]);
    expect(dateExcerpts('Flat feet are completely normal at 4 and most kids grow out of them.')).toEqual([]);
    expect(dateExcerpts('Dr. Mona can see you at 6.')).toEqual(['6']);
    expect(dateExcerpts('How about at 6?')).toEqual(['6']);
  });
  it('reads a weekday after "your scaling" or "your semen analysis" as the day of that visit, not a weekday after "your pain started"', () => {
    const appointed = cairoTurn({ lastSlots: [], appointments: [{ id: 'a1', start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel', service: 'Scaling', branch: 'Maadi' }] });
    expect(dateExcerpts('Your scaling is on Thursday.', appointed)).toEqual(['Thursday']);
    expect(dateExcerpts('Ahead of your scaling on Thursday, please brush well.', appointed)).toEqual(['Thursday']);
    expect(dateExcerpts('Your scaling is on Tuesday.', appointed)).toEqual([]);
    expect(dateExcerpts('Since your pain started on Thursday, we have noted it.', appointed)).toEqual([]);
  });
});
