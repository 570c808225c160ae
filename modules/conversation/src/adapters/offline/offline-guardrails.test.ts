import { describe, expect, it } from 'vitest';
import { checkReply } from '@frontdesk/guardrails';
import { OfflineReceptionist } from './offline-receptionist';
import { Conversation, FakeSchedulingTools, NOW, cairoCatalog, verifiedTurnFor, type TurnRecord } from './offline-test-kit';

/**
 * Every reply of the guided flows is checked the way the pipeline checks a
 * draft: `checkReply` in enforce mode, against a VerifiedTurn built from the
 * catalog and that turn's own tool calls and results. No finding is allowed.
 */

type Step = string | { verify: true } | { take: [doctorId: string, start: string] };

interface Scenario {
  name: string;
  language?: 'en' | 'ar';
  verified?: boolean;
  appointments?: boolean;
  approval?: boolean;
  steps: Step[];
}

const SCENARIOS: Scenario[] = [
  { name: 'English booking', verified: true, steps: ['Hi', '1', '2', '1', '3', 'yes'] },
  { name: 'English booking with any doctor', verified: true, steps: ['I want to book', '1', '3', '1', 'ok'] },
  { name: 'Egyptian Arabic booking with Arabic-Indic digits', language: 'ar', verified: true, steps: ['السلام عليكم', '١', '٢', '١', '٣', 'أيوة'] },
  { name: 'Arabic booking with any doctor', language: 'ar', verified: true, steps: ['عايز أحجز', '٣', '٣', '٢', 'تمام'] },
  {
    name: 'slot taken before the yes',
    verified: true,
    steps: ['book', '1', '1', '1', { take: ['doc_mona', '2026-11-24T08:00:00.000Z'] }, 'yes', '1', 'yes'],
  },
  {
    name: 'slot taken before the yes, in Arabic',
    language: 'ar',
    verified: true,
    steps: ['احجز', '١', '١', '١', { take: ['doc_mona', '2026-11-24T08:00:00.000Z'] }, 'ايوه', '٢', 'ايوه'],
  },
  { name: 'picked slot gone before the question', verified: true, steps: ['book', '2', '1', { take: ['doc_mona', '2026-11-24T08:30:00.000Z'] }, '2', '1', 'yes'] },
  { name: 'unverified booking, then verification', steps: ['book', '3', '2', '1', 'yes', { verify: true }, 'done', 'yes'] },
  { name: 'unverified Arabic booking, then verification', language: 'ar', steps: ['حجز', '١', '١', '٢', 'ايوه', { verify: true }, 'تمام'] },
  { name: 'booking that waits for approval', verified: true, approval: true, steps: ['book', '3', '2', '1', 'yes'] },
  { name: '"no" at the question', verified: true, steps: ['book', '1', '1', '2', 'no', '3', 'yes'] },
  { name: 'English reschedule', verified: true, appointments: true, steps: ['hello', '2', '1', '3', 'yes'] },
  { name: 'Arabic reschedule', language: 'ar', verified: true, appointments: true, steps: ['عايز أغير الميعاد', '٢', '١', 'ايوه'] },
  { name: 'English cancel', verified: true, appointments: true, steps: ['cancel', '2', 'yes', 'my appointments'] },
  { name: 'Arabic cancel', language: 'ar', verified: true, appointments: true, steps: ['الغي', '١', 'ايوه', 'مواعيدي'] },
  { name: 'appointments before and after verification', appointments: true, steps: ['my appointments', { verify: true }, 'ok', 'cancel', '1', 'no'] },
  {
    name: 'questions, prices, hours, symptoms and handoff',
    steps: ['hi', '5', '1', 'when are you open?', 'how much is scaling?', 'Is there parking?', 'My tooth hurts', 'talk to a person', 'blah'],
  },
  {
    name: 'Arabic questions, prices, hours, symptoms and handoff',
    language: 'ar',
    steps: ['اهلا', '٥', '٢', '٣', 'بكام الكشف؟', 'الأسعار', 'سناني بتوجعني', 'عايز أكلم موظف', 'مش فاهم'],
  },
];

async function play(scenario: Scenario): Promise<{ conversation: Conversation; catalog: ReturnType<typeof cairoCatalog> }> {
  const catalog = cairoCatalog();
  const fake = new FakeSchedulingTools(catalog);
  if (scenario.approval) fake.needsApproval.add('svc_rct');
  if (scenario.appointments) {
    fake.seedAppointment({ id: 'apt_1', serviceId: 'svc_consult', doctorId: 'doc_mona', branchId: 'br_helio', start: '2026-11-24T12:00:00Z' });
    fake.seedAppointment({ id: 'apt_2', serviceId: 'svc_scaling', doctorId: 'doc_karim', branchId: 'br_maadi', start: '2026-11-28T10:00:00Z' });
  }
  const conversation = new Conversation(new OfflineReceptionist(), fake, catalog, { language: scenario.language ?? 'en' });
  if (scenario.verified) conversation.verify();
  for (const step of scenario.steps) {
    if (typeof step === 'string') await conversation.say(step);
    else if ('verify' in step) conversation.verify();
    else fake.takeSlot(...step.take);
  }
  return { conversation, catalog };
}

function check(catalog: ReturnType<typeof cairoCatalog>, turn: TurnRecord, verified = verifiedTurnFor(catalog, turn)) {
  return checkReply({ reply: turn.reply.text, turn: verified, now: NOW, mode: 'enforce', language: turn.reply.language });
}

describe('offline replies pass the guardrails in enforce mode', () => {
  it.each(SCENARIOS)('$name: every reply has zero findings', async (scenario) => {
    const { conversation, catalog } = await play(scenario);
    expect(conversation.turns).toHaveLength(scenario.steps.filter((step) => typeof step === 'string').length);
    for (const turn of conversation.turns) {
      const outcome = check(catalog, turn);
      expect({ message: turn.message, reply: turn.reply.text, findings: outcome.findings }).toEqual({
        message: turn.message,
        reply: turn.reply.text,
        findings: [],
      });
      expect(outcome).toMatchObject({ verdict: 'allow', replaced: false, reply: turn.reply.text });
    }
  });

  it('a sweep over every service, doctor and slot choice, in both languages, verified or not, finds nothing', async () => {
    const flagged: string[] = [];
    let checked = 0;
    for (const language of ['en', 'ar'] as const) {
      const digit = (n: number) => (language === 'ar' ? String.fromCharCode(0x0660 + n) : String(n));
      const yes = language === 'ar' ? 'اه' : 'yes';
      for (let service = 1; service <= 3; service++) {
        for (let doctor = 1; doctor <= 3; doctor++) {
          for (let slot = 1; slot <= 5; slot++) {
            for (const verified of [true, false]) {
              // Book, move it, cancel, list, then the questions menu, a stray message, the menu and a person.
              const steps: Step[] = [language === 'ar' ? 'مرحبا' : 'hello', ...[1, service, doctor, slot].map(digit), yes, digit(2), digit(1), digit(slot), yes];
              steps.push(digit(4), digit(3), digit(1), yes, digit(5), digit(1), digit(5), digit(2), digit(5), digit(3), 'xyz', digit(0), digit(6));
              const { conversation, catalog } = await play({ name: 'sweep', language, verified, appointments: true, steps });
              for (const turn of conversation.turns) {
                checked++;
                const outcome = check(catalog, turn);
                if (outcome.findings.length > 0) flagged.push(`${turn.message} -> ${turn.reply.text}: ${JSON.stringify(outcome.findings)}`);
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(2 * 3 * 3 * 5 * 2 * 23);
    expect(flagged).toEqual([]);
    // 4,140 turns played and checked: about 5 s alone, more on a loaded machine.
  }, 30_000);

  it('the flows reach the confirmations the check is about', async () => {
    const confirmations: string[] = [];
    for (const scenario of SCENARIOS) {
      const { conversation } = await play(scenario);
      confirmations.push(...conversation.turns.map((turn) => turn.reply.text).filter((text) => /✅/.test(text)));
    }
    expect(confirmations.filter((text) => text.startsWith('Booked ✅'))).toHaveLength(6);
    expect(confirmations.filter((text) => text.startsWith('تم الحجز ✅'))).toHaveLength(4);
    expect(confirmations.some((text) => text.startsWith('Done ✅'))).toBe(true);
    expect(confirmations.some((text) => text.startsWith('تم تغيير الميعاد ✅'))).toBe(true);
    expect(confirmations.some((text) => text.startsWith('Cancelled ✅'))).toBe(true);
    expect(confirmations.some((text) => text.startsWith('تم إلغاء الميعاد ✅'))).toBe(true);
  });

  it('is not vacuous: the same replies are flagged without the tool calls that back them', async () => {
    const { conversation, catalog } = await play(SCENARIOS[0]!);
    const [, , , slots, question, booked] = conversation.turns;
    const without = (turn: TurnRecord) => ({ ...verifiedTurnFor(catalog, turn), toolCalls: [], lastSlots: [], appointments: [] });

    expect(check(catalog, booked!, without(booked!)).findings.map((f) => f.kind)).toContain('phantom_confirmation');
    expect(check(catalog, slots!, without(slots!)).findings.map((f) => f.kind)).toContain('unverified_date');
    expect(check(catalog, question!, without(question!)).findings.map((f) => f.kind)).toContain('unverified_date');
    const otherPrices = { ...verifiedTurnFor(catalog, question!) };
    otherPrices.clinic = { ...otherPrices.clinic, services: otherPrices.clinic.services.map((s) => ({ ...s, price: s.price + 1 })) };
    expect(check(catalog, question!, otherPrices).findings.map((f) => f.kind)).toContain('unverified_amount');
  });
});
