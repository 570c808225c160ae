import { cairoTurn } from './turn-fixture';

/**
 * The replies the guardrail benchmark times (npm run bench:guardrails), about 600 characters each, and the
 * turn they are checked against. A test pins their findings, so the benchmark keeps timing what it says.
 */
export const benchTurn = cairoTurn({
  lastSlots: [
    { start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel' },
    { start: '2026-11-25T13:30:00+02:00', doctor: 'Dr. Karim Farouk' },
  ],
  appointments: [{ id: 'apt-1', start: '2026-11-26T10:30:00+02:00', doctor: 'Dr. Karim Farouk', service: 'Root canal treatment', branch: 'Maadi' }],
  toolCalls: [{ name: 'book_appointment', ok: true, result: { start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel', service: 'Scaling', deposit: 100 } }],
});

export const BENCH_REPLIES = {
  english:
    "You're all set, Omar! Your scaling with Dr. Mona Adel is booked for Tuesday 24 November at 10:00 at our Heliopolis branch, and the 100 EGP deposit has been taken; the remaining 500 EGP is paid at the clinic. Dr. Karim Farouk also has Wednesday at 1:30 pm if you ever need a second visit. Your root canal treatment on Thursday at 10:30 am in Maadi is unchanged. I'm not able to give medical advice over chat, but the dentist will look at the sensitivity you mentioned. If anything changes, call 02 2123 4568 or message us on WhatsApp at 0106 677 8899. See you on Tuesday!",
  arabic:
    'تم الحجز ✅ يا أستاذ عمر، تنظيف الجير مع د. منى عادل يوم الثلاثاء ٢٤ نوفمبر الساعة ١٠ الصبح في فرع مصر الجديدة، ودفعنا العربون ١٠٠ جنيه والباقي ٥٠٠ جنيه في العيادة. د. كريم فاروق كمان فاضي يوم الأربعاء الساعة ١:٣٠ الضهر لو احتجت زيارة تانية. ميعاد علاج العصب يوم الخميس الساعة ١٠:٣٠ الصبح في المعادي زي ما هو. مقدرش أدي نصايح طبية هنا، والدكتور هيشوف الحساسية اللي قلت عليها في الكشف ويقولك المطلوب. لو حصل أي تغيير أو حبيت تسأل عن أي حاجة كلمنا على ٠٢٢١٢٣٤٥٦٨ أو ابعتلنا واتساب على ٠١٠٦٦٧٧٨٨٩٩، وهنرد عليك في أسرع وقت. نشوفك يوم الثلاثاء على خير يا أستاذ عمر!',
  englishWithFindings:
    "Great, I've booked you with Dr. Tarek Hamdy on Tuesday 24 November at 11:00 at our Nasr City branch. Scaling is 450 EGP with a 150 EGP deposit, and you can reach him on 02 2123 4999. It sounds like gingivitis, so rinse with warm salt water twice a day and take 400 mg of ibuprofen every 6 hours until your visit. Your root canal on Friday has been cancelled as you asked, and Dr. Mona will see you tomorrow at 4 pm for a quick check. Thanks for your patience, Omar, and let us know if anything changes before then, or if you would like to move it to another day!",
};
