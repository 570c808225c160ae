import { readFileSync } from 'node:fs';
import { APIConnectionTimeoutError, APIUserAbortError, AuthenticationError, InternalServerError } from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Conflict, FakeClock, clinicId, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { DEFAULT_PRIMARY_TURN_TIMEOUT_MS, FallbackReceptionist, PrimaryModelTimeout } from '../../application/fallback-receptionist';
import type { ReceptionistTools, ReceptionistTurn } from '../../ports/receptionist-model.port';
import { RedisModelUsageLog } from '../redis/redis-model-usage';
import {
  AnthropicReceptionist,
  DEFAULT_ANTHROPIC_MODEL,
  FAQ_TOOL_RESULTS,
  RECEPTIONIST_ATTEMPT_TIMEOUT_MS,
  RECEPTIONIST_TOOL_NAMES,
  TOOL_INPUT_SCHEMAS,
  idempotencyKeyFor,
  intentOf,
  languageOfText,
  toMessages,
  type AnthropicReceptionistOptions,
} from './anthropic-receptionist';
import { MessagesApiFake, TEST_API_KEY, apiError, countBreakpoints, message, sequence, text, toolUse, type Scripted, type Seen } from './anthropic-test-kit';

const API_KEY = TEST_API_KEY;

// ---------------------------------------------------------------- a local Messages API

const api = new MessagesApiFake();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => api.reset());

// ---------------------------------------------------------------- the turn

const CLINIC = clinicId('clinic-nile');

const catalog: ClinicCatalogSnapshot = {
  profile: { id: CLINIC, name: 'Nile Dental Care', timezone: 'Africa/Cairo', defaultLanguage: 'ar', currency: 'EGP', status: 'active' },
  status: 'active',
  revision: 7,
  branches: [
    {
      id: 'brn_zamalek',
      name: 'Zamalek',
      nameAr: 'الزمالك',
      address: '12 Abu El Feda Street, Zamalek, Cairo',
      phone: '+20227350000',
      openingHours: { sun: [{ from: '09:00', to: '17:00' }], mon: [{ from: '09:00', to: '17:00' }], tue: [], wed: [{ from: '12:00', to: '20:00' }], thu: [{ from: '09:00', to: '13:00' }, { from: '15:00', to: '19:00' }], fri: [], sat: [{ from: '10:00', to: '14:00' }] },
    },
  ],
  doctors: [{ id: 'doc_hany', name: 'Dr. Hany Fawzy', nameAr: 'د. هاني فوزي', specialty: 'Orthodontics', branchIds: ['brn_zamalek'] }],
  services: [
    { id: 'svc_cleaning', name: 'Scaling and polishing', nameAr: 'تنظيف جير', durationMinutes: 30, bufferMinutes: 10, priceMinor: 35000, depositMinor: 10000 },
    { id: 'svc_consult', name: 'Orthodontic consultation', nameAr: 'كشف تقويم', durationMinutes: 20, bufferMinutes: 0, priceMinor: 50000, depositMinor: null },
  ],
  faq: [{ id: 'faq_parking', question: 'Is there parking?', answer: 'Free parking is available in the basement of the building, entrance from Hassan Sabry Street.', language: 'en' }],
  aiSettings: {
    personaName: 'Nour',
    greetings: { en: 'Welcome to Nile Dental Care!', ar: 'أهلاً بيك في نايل دنتال كير!' },
    escalationRules: ['Any complaint about a previous treatment goes to the clinic manager'],
    guardrailMode: 'enforce',
    humanReview: 'flagged',
  },
};

const SLOTS = [
  { doctorId: 'doc_hany', branchId: 'brn_zamalek', start: '2026-01-06T08:00:00.000Z', end: '2026-01-06T08:30:00.000Z', localStart: '2026-01-06T10:00:00', localEnd: '2026-01-06T10:30:00', utcOffset: '+02:00', timezone: 'Africa/Cairo' },
];

interface ToolCall {
  name: string;
  input: unknown;
}

/** An in-memory ReceptionistTools (a port fake): records calls, answers from `answers` or a default. */
function fakeTools(answers: Partial<Record<keyof ReceptionistTools, (input: any) => Promise<unknown>>> = {}) {
  const calls: ToolCall[] = [];
  const names = ['search_slots', 'hold_slot', 'book_appointment', 'confirm_hold', 'reschedule_appointment', 'cancel_appointment', 'my_appointments', 'join_waitlist', 'accept_waitlist_offer'] as const;
  const tools = Object.fromEntries(
    names.map((name) => [
      name,
      async (input?: unknown) => {
        calls.push({ name, input });
        const answer = answers[name];
        if (answer) return answer(input);
        return name === 'search_slots' ? SLOTS : { ok: true };
      },
    ]),
  ) as unknown as ReceptionistTools;
  return { tools, calls };
}

function turn(over: Partial<ReceptionistTurn> = {}): ReceptionistTurn {
  return {
    clinicId: CLINIC,
    conversationId: 'conv_abc123',
    catalog,
    now: new Date('2026-01-05T10:00:00.000Z'),
    language: 'ar',
    history: [],
    message: 'عايز أحجز تنظيف جير بكرة الصبح',
    patient: { phone: '+201001234567' },
    state: { step: 'chatting', n: 2 },
    tools: fakeTools().tools,
    ...over,
  };
}

function receptionist(over: Partial<AnthropicReceptionistOptions> = {}) {
  return new AnthropicReceptionist({ apiKey: API_KEY, baseURL: api.baseURL, maxRetries: 0, timeoutMs: 5_000, ...over });
}

// ---------------------------------------------------------------- tests

describe('AnthropicReceptionist against a local Messages API', () => {
  it('runs a tool round (search_slots) and answers with the final text, caching system and tools', async () => {
    const FINAL = 'عندنا ميعاد بكرة الساعة ١٠ الصبح مع د. هاني. أحجزهولك؟';
    const thinking = { type: 'thinking', thinking: 'The patient wants a cleaning tomorrow.', signature: 'sig-opaque-123' };
    api.script = sequence(
      message([thinking, toolUse('toolu_search1', 'search_slots', { serviceId: 'svc_cleaning', from: '2026-01-06', to: '2026-01-06', clinicId: 'clinic-other', patientRef: '+200000' })], 'tool_use', {
        input: 1200,
        output: 80,
        cacheWrite: 3000,
      }),
      message([text(FINAL)], 'end_turn', { input: 150, output: 60, cacheRead: 3000 }),
    );
    const { tools, calls } = fakeTools();
    const t = turn({
      tools,
      history: [
        { author: 'assistant', text: 'أهلاً بيك! أقدر أساعدك إزاي؟', at: '2026-01-05T09:58:00Z' },
        { author: 'patient', text: 'السلام عليكم', at: '2026-01-05T09:59:00Z' },
        { author: 'patient', text: 'سؤال', at: '2026-01-05T09:59:10Z' },
        { author: 'staff', text: 'Hello, this is Mona from reception.', at: '2026-01-05T09:59:30Z' },
      ],
    });
    const reply = await receptionist().reply(t);

    // Two requests: the tool round, then the answer.
    expect(api.seen).toHaveLength(2);
    const [first, second] = api.seen as [Seen, Seen];

    // Headers as the SDK sends them.
    // SDK 1.14.0 sends the API key as a Bearer token and API version 2026-10-21
    // (VENDORS.md 6.1 still describes x-api-key and 2023-06-01 of the 0.x SDKs).
    expect(first.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(first.headers['x-api-key']).toBeUndefined();
    expect(first.headers['anthropic-version']).toBe('2026-10-21');
    expect(first.headers['content-type']).toMatch(/^application\/json/);

    // Body shape: model, system with the cached catalog block, tools with the last one cached.
    expect(first.body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
    expect(first.body.max_tokens).toBe(2048);
    expect(first.body.tool_choice).toBeUndefined();
    expect(first.body.system).toHaveLength(2);
    expect(first.body.system[0]).toMatchObject({ type: 'text', cache_control: { type: 'ephemeral' } });
    expect(first.body.system[1].cache_control).toBeUndefined();
    expect(first.body.system[1].text).toContain('Patient verified: yes');
    expect(first.body.system[1].text).toContain('2026-01-05T10:00:00.000Z');
    expect(first.body.tools.map((tool: any) => tool.name)).toEqual([...RECEPTIONIST_TOOL_NAMES]);
    expect(first.body.tools.at(-1).cache_control).toEqual({ type: 'ephemeral' });
    expect(first.body.tools.slice(0, -1).every((tool: any) => tool.cache_control === undefined)).toBe(true);
    for (const tool of first.body.tools) {
      expect(tool.input_schema.type).toBe('object');
      expect(Object.keys(tool.input_schema.properties)).not.toContain('clinicId');
      expect(Object.keys(tool.input_schema.properties)).not.toContain('patientRef');
    }
    // The system prompt is the same bytes on the second request (the cached prefix).
    expect(second.body.system[0]).toEqual(first.body.system[0]);
    expect(second.body.tools).toEqual(first.body.tools);

    // History: placeholder first (transcript opened with the assistant), patient lines merged, staff prefixed.
    expect(first.body.messages).toEqual([
      { role: 'user', content: '[Earlier messages of this conversation are not shown.]' },
      { role: 'assistant', content: 'أهلاً بيك! أقدر أساعدك إزاي؟' },
      { role: 'user', content: 'السلام عليكم\n\nسؤال' },
      { role: 'assistant', content: '[A person from the clinic staff wrote this message:]\nHello, this is Mona from reception.' },
      { role: 'user', content: 'عايز أحجز تنظيف جير بكرة الصبح' },
    ]);

    // The tool ran once, with the validated input: the clinic and patient the model made up are gone.
    expect(calls).toEqual([{ name: 'search_slots', input: { serviceId: 'svc_cleaning', from: '2026-01-06', to: '2026-01-06' } }]);

    // Second request: the assistant turn as received (thinking block intact), then the tool result.
    const msgs = second.body.messages;
    expect(msgs.slice(0, 5)).toEqual(first.body.messages);
    expect(msgs[5].role).toBe('assistant');
    expect(msgs[5].content[0]).toEqual(thinking);
    expect(msgs[5].content[1]).toMatchObject({ type: 'tool_use', id: 'toolu_search1', name: 'search_slots' });
    expect(msgs[6].role).toBe('user');
    expect(msgs[6].content).toHaveLength(1);
    expect(msgs[6].content[0]).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_search1' });
    expect(msgs[6].content[0].is_error).toBeUndefined();
    expect(JSON.parse(msgs[6].content[0].content)).toEqual(SLOTS);

    // The reply: only the model's final text and facts derived from the run.
    expect(reply).toEqual({
      text: FINAL,
      language: 'ar',
      intent: 'book',
      handoff: false,
      state: { step: 'chatting', n: 2 },
      model: DEFAULT_ANTHROPIC_MODEL,
      usage: { model: DEFAULT_ANTHROPIC_MODEL, inputTokens: 1350, outputTokens: 140, cacheReadTokens: 3000, cacheWriteTokens: 3000 },
    });
    expect(reply.state).toBe(t.state);
  });

  it('replays a recorded booking exchange: the tool_result answers the recorded tool_use id, the reply is the recorded text and usage', async () => {
    const recorded = JSON.parse(readFileSync(new URL('./fixtures/booking-turns.json', import.meta.url), 'utf8')) as { patientMessage: string; responses: any[] };
    const [toolTurn, finalTurn] = recorded.responses;
    api.script = sequence(...recorded.responses.map((body): Scripted => ({ status: 200, body })));
    const { tools, calls } = fakeTools();

    const reply = await receptionist().reply(turn({ tools, language: 'en', message: recorded.patientMessage }));

    expect(api.seen).toHaveLength(2);
    expect(calls).toEqual([{ name: 'search_slots', input: { serviceId: 'svc_cleaning', from: '2026-01-06', to: '2026-01-06' } }]);
    const [, sentBack, toolResults] = api.seen[1]!.body.messages;
    // The recorded assistant turn goes back as received, then one tool_result for its tool_use id.
    expect(sentBack).toEqual({ role: 'assistant', content: toolTurn.content });
    expect(toolResults.role).toBe('user');
    expect(toolResults.content).toHaveLength(1);
    expect(toolResults.content[0]).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_01Qx8Ln5VfTr2KmWc7YbHj3E' });
    expect(JSON.parse(toolResults.content[0].content)).toEqual(SLOTS);
    expect(reply).toEqual({
      text: finalTurn.content[0].text,
      language: 'en',
      intent: 'book',
      handoff: false,
      state: { step: 'chatting', n: 2 },
      model: DEFAULT_ANTHROPIC_MODEL,
      usage: { model: DEFAULT_ANTHROPIC_MODEL, inputTokens: 599, outputTokens: 137, cacheReadTokens: 2874, cacheWriteTokens: 2874 },
    });
  });

  it('puts the catalog facts and the fixed rules in the system prompt, and none of it in the reply', async () => {
    api.script = sequence(message([text('Yes, we have parking. See you soon!')], 'end_turn'));
    const reply = await receptionist().reply(turn({ language: 'en', message: 'Is there parking?', patient: null }));
    const system: string = api.seen[0]!.body.system[0].text;
    for (const fact of [
      'Nile Dental Care',
      'Nour',
      'Africa/Cairo',
      'Scaling and polishing',
      'تنظيف جير',
      'price 350.00 EGP',
      'deposit 100.00 EGP',
      '30 min',
      'Orthodontic consultation',
      'price 500.00 EGP; no deposit; 20 min',
      'Dr. Hany Fawzy',
      'Orthodontics',
      '12 Abu El Feda Street, Zamalek, Cairo',
      '+20227350000',
      'Sun 09:00-17:00',
      'Tue closed',
      'Thu 09:00-13:00, 15:00-19:00',
      'Fri closed',
      'Free parking is available in the basement of the building',
      'Any complaint about a previous treatment goes to the clinic manager',
      // The fixed rules.
      'Egyptian Arabic',
      'Patient verified: yes',
      'never diagnose',
      'medicine, treatment or dose',
      'unless the tool for it succeeded',
      'call request_human',
    ]) {
      expect(system).toContain(fact);
    }
    expect(api.seen[0]!.body.system[1].text).toContain('Patient verified: no');
    expect(api.seen[0]!.body.system[1].text).toContain('clinic-local: Monday, 05/01/2026, 12:00');

    // Nothing of the prompt leaves in the reply: every line of it is absent from the reply object.
    const serialized = JSON.stringify(reply);
    for (const line of [...system.split('\n'), api.seen[0]!.body.system[1].text].map((l) => l.trim()).filter((l) => l.length > 12)) {
      expect(serialized).not.toContain(line);
    }
    expect(Object.keys(reply).sort()).toEqual(['handoff', 'intent', 'language', 'model', 'state', 'text', 'usage']);
    expect(reply).toMatchObject({ text: 'Yes, we have parking. See you soon!', language: 'en', intent: 'faq', handoff: false });
  });

  it('sends a DomainError from a tool back as is_error {code, message}, with a derived idempotency key', async () => {
    api.script = sequence(
      message([toolUse('toolu_book1', 'book_appointment', { doctorId: 'doc_hany', serviceId: 'svc_cleaning', start: '2026-01-06T08:00:00Z' })], 'tool_use'),
      message([text('Sorry, that time was just taken. Shall I look for another?')], 'end_turn'),
    );
    const { tools, calls } = fakeTools({
      book_appointment: async () => {
        throw new Conflict('SCHEDULING.SLOT_TAKEN', 'This time is no longer free for this doctor');
      },
    });
    const reply = await receptionist().reply(turn({ tools, language: 'en', message: 'Book it please' }));

    const expectedKey = idempotencyKeyFor('conv_abc123', 'toolu_book1');
    expect(calls).toEqual([{ name: 'book_appointment', input: { doctorId: 'doc_hany', serviceId: 'svc_cleaning', start: '2026-01-06T08:00:00Z', idempotencyKey: expectedKey } }]);
    const result = api.seen[1]!.body.messages.at(-1).content[0];
    expect(result).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_book1', is_error: true });
    expect(JSON.parse(result.content)).toEqual({ code: 'SCHEDULING.SLOT_TAKEN', message: 'This time is no longer free for this doctor' });
    expect(reply).toMatchObject({ intent: 'book', handoff: false, language: 'en' });
  });

  it('refuses an invalid tool input without calling the tool, and answers all parallel tool uses in one user turn', async () => {
    api.script = sequence(
      message(
        [
          text('Let me check.'),
          toolUse('toolu_a', 'hold_slot', { doctorId: 'doc_hany', serviceId: 'svc_cleaning', start: 'tomorrow at 10' }),
          toolUse('toolu_b', 'my_appointments', {}),
          toolUse('toolu_c', 'delete_everything', {}),
        ],
        'tool_use',
      ),
      message([text('Here is what I found.')], 'end_turn'),
    );
    const { tools, calls } = fakeTools({ my_appointments: async () => [] });
    await receptionist().reply(turn({ tools }));
    expect(calls).toEqual([{ name: 'my_appointments', input: undefined }]);
    const results = api.seen[1]!.body.messages.at(-1).content;
    expect(results.map((r: any) => [r.tool_use_id, r.is_error ?? false])).toEqual([
      ['toolu_a', true],
      ['toolu_b', false],
      ['toolu_c', true],
    ]);
    expect(JSON.parse(results[0].content).code).toBe('CONVERSATION.TOOL_INPUT_INVALID');
    expect(JSON.parse(results[0].content).message).toMatch(/^start:/);
    expect(JSON.parse(results[1].content)).toEqual([]);
    expect(JSON.parse(results[2].content).code).toBe('CONVERSATION.UNKNOWN_TOOL');
  });

  it('lets an error that is not a DomainError propagate', async () => {
    api.script = sequence(message([toolUse('toolu_x', 'my_appointments', {})], 'tool_use'), message([text('never sent')], 'end_turn'));
    const boom = new Error('redis connection lost');
    const { tools } = fakeTools({
      my_appointments: async () => {
        throw boom;
      },
    });
    await expect(receptionist().reply(turn({ tools }))).rejects.toBe(boom);
    expect(api.seen).toHaveLength(1);
  });

  it('request_human sets handoff and the intent human', async () => {
    api.script = sequence(
      message([toolUse('toolu_h', 'request_human', { reason: 'asked for a person' })], 'tool_use'),
      message([text('حاضر، حد من زمايلي هيكلمك حالاً.')], 'end_turn'),
    );
    const reply = await receptionist().reply(turn({ message: 'عايز أكلم حد' }));
    expect(reply).toMatchObject({ handoff: true, intent: 'human', language: 'ar' });
    expect(JSON.parse(api.seen[1]!.body.messages.at(-1).content[0].content)).toMatchObject({ ok: true });
  });

  it('stops after maxToolRounds and asks for a text answer with tool_choice none', async () => {
    let n = 0;
    api.script = (request) =>
      request.body.tool_choice?.type === 'none'
        ? message([text('I could not find a free time this week; shall I put you on the waitlist?')], 'end_turn')
        : message([toolUse(`toolu_loop${++n}`, 'search_slots', { serviceId: 'svc_cleaning', from: '2026-01-06', to: '2026-01-07' })], 'tool_use');
    const { tools, calls } = fakeTools({ search_slots: async () => [] });
    const reply = await receptionist({ maxToolRounds: 2 }).reply(turn({ tools, language: 'en', message: 'any time this week?' }));
    expect(api.seen).toHaveLength(3);
    expect(api.seen.map((s) => s.body.tool_choice?.type ?? null)).toEqual([null, null, 'none']);
    expect(calls).toHaveLength(2);
    expect(reply.text).toMatch(/waitlist/);
    expect(reply.usage?.inputTokens).toBe(30);
  });

  it('never returns an empty draft: no text (a refusal) hands over with a canned line', async () => {
    api.script = sequence(message([], 'refusal'));
    const reply = await receptionist().reply(turn({ language: 'en', message: 'hello' }));
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply).toMatchObject({ handoff: true, intent: 'human', language: 'en' });
  });

  it('retries 529 and 500 with the SDK backoff and then succeeds (3 attempts)', async () => {
    api.script = sequence(
      { status: 529, body: apiError('overloaded_error', 'Overloaded'), headers: { 'retry-after-ms': '1' } },
      { status: 500, body: apiError('api_error', 'Internal server error'), headers: { 'retry-after-ms': '1' } },
      message([text('Hello!')], 'end_turn'),
    );
    const reply = await receptionist({ maxRetries: 2 }).reply(turn({ language: 'en', message: 'hi' }));
    expect(reply.text).toBe('Hello!');
    expect(api.seen).toHaveLength(3);
    expect(api.seen.map((s) => s.headers['x-stainless-retry-count'])).toEqual(['0', '1', '2']);
  });

  it('gives up after maxRetries on repeated 5xx', async () => {
    api.script = sequence({ status: 500, body: apiError('api_error', 'Internal server error'), headers: { 'retry-after-ms': '1' } });
    await expect(receptionist({ maxRetries: 1 }).reply(turn())).rejects.toBeInstanceOf(InternalServerError);
    expect(api.seen).toHaveLength(2);
  });

  it('surfaces a 401 at once, without retrying', async () => {
    api.script = sequence(message([text('unreachable')], 'end_turn'));
    const wrongKey = new AnthropicReceptionist({ apiKey: 'sk-ant-wrong', baseURL: api.baseURL, maxRetries: 2 });
    const error = await wrongKey.reply(turn()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect(api.seen).toHaveLength(1);
  });

  it('rejects an answer slower than timeoutMs', async () => {
    api.script = sequence({ ...message([text('too late')], 'end_turn'), delayMs: 2_000 });
    const started = Date.now();
    await expect(receptionist({ timeoutMs: 150, maxRetries: 0 }).reply(turn())).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('retries a timed-out attempt like a 5xx (timeoutMs is per attempt)', async () => {
    api.script = sequence({ ...message([text('too late')], 'end_turn'), delayMs: 2_000 }, message([text('Hello again!')], 'end_turn'));
    const reply = await receptionist({ timeoutMs: 150, maxRetries: 1 }).reply(turn({ language: 'en', message: 'hi' }));
    expect(reply.text).toBe('Hello again!');
    expect(api.seen).toHaveLength(2);
  });

  it("stops when the turn's signal aborts", async () => {
    api.script = sequence({ ...message([text('too late')], 'end_turn'), delayMs: 2_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(receptionist({ maxRetries: 2 }).reply(turn({ signal: controller.signal }))).rejects.toBeInstanceOf(APIUserAbortError);
    expect(api.seen).toHaveLength(1);
  });
});

describe('AnthropicReceptionist behind the FallbackReceptionist', () => {
  it("by default one SDK attempt times out well inside the breaker's turn budget, leaving room for a retry", () => {
    expect(new AnthropicReceptionist({ apiKey: API_KEY }).attemptTimeoutMs).toBe(RECEPTIONIST_ATTEMPT_TIMEOUT_MS);
    expect(receptionist({ timeoutMs: 1_234 }).attemptTimeoutMs).toBe(1_234);
    // A timed-out attempt plus a whole retry (backoff aside) fit in the budget.
    expect(2 * RECEPTIONIST_ATTEMPT_TIMEOUT_MS).toBeLessThan(DEFAULT_PRIMARY_TURN_TIMEOUT_MS);
  });

  it('retries a timed-out attempt inside the turn budget, so the model still answers (scaled down)', async () => {
    api.script = sequence({ ...message([text('too late')], 'end_turn'), delayMs: 2_000 }, message([text('Hello again!')], 'end_turn', { input: 20, output: 4 }));
    const offline = { name: 'offline', reply: async () => ({ text: 'offline answer', language: 'en' as const, intent: 'other' as const, handoff: false, state: {}, model: 'offline' }) };
    const failures: unknown[] = [];
    // The same proportions as the defaults: the turn budget is more than two attempts.
    const model = new FallbackReceptionist({ primary: receptionist({ timeoutMs: 200, maxRetries: 2 }), fallback: offline, clock: new FakeClock(), timeoutMs: 1_500, onFailure: (e) => failures.push(e) });
    const reply = await model.reply(turn({ language: 'en', message: 'hi' }));
    expect(reply).toMatchObject({ model: DEFAULT_ANTHROPIC_MODEL, text: 'Hello again!' });
    expect(api.seen).toHaveLength(2);
    expect(failures).toEqual([]);
  });

  it("is aborted by the breaker's per-turn timeout, and the fallback answers", async () => {
    api.script = sequence({ ...message([text('too late')], 'end_turn'), delayMs: 2_000 });
    const offline = { name: 'offline', reply: async () => ({ text: 'offline answer', language: 'en' as const, intent: 'other' as const, handoff: false, state: {}, model: 'offline' }) };
    const failures: unknown[] = [];
    const model = new FallbackReceptionist({ primary: receptionist({ maxRetries: 2 }), fallback: offline, clock: new FakeClock(), timeoutMs: 100, onFailure: (e) => failures.push(e) });
    const started = Date.now();
    expect(await model.reply(turn())).toMatchObject({ model: 'offline', text: 'offline answer' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(failures[0]).toBeInstanceOf(PrimaryModelTimeout);
    // The SDK stopped at the abort: no retry was sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.seen).toHaveLength(1);
  });
});

describe('the clinic_faq tool', () => {
  const PARKING = { id: 'faq_parking', question: 'Is there parking?', answer: 'Free parking is available in the basement of the building, entrance from Hassan Sabry Street.', language: 'en' as const };
  const PAYMENT = { id: 'faq_pay', question: 'Which payment methods do you accept?', answer: 'Cash, cards and InstaPay. No cheques.', language: 'en' as const };
  const INSURANCE = { id: 'faq_ins', question: 'Do you accept insurance?', answer: 'We accept AXA and Allianz medical cards; bring your card to the visit.', language: 'en' as const };
  const CHILDREN = { id: 'faq_kids', question: 'Can I bring my child?', answer: 'Yes, children are welcome; there is a play corner next to the parking entrance.', language: 'en' as const };
  const PARKING_AR = { id: 'faq_parking_ar', question: 'فيه ركنة للعربيات؟', answer: 'أيوه، فيه جراج مجاني تحت العمارة، الدخول من شارع حسن صبري.', language: 'ar' as const };
  const faqCatalog: ClinicCatalogSnapshot = { ...catalog, faq: [PARKING, PAYMENT, INSURANCE, CHILDREN, PARKING_AR] };
  const entry = (e: { question: string; answer: string; language: string }) => ({ question: e.question, answer: e.answer, language: e.language });

  it("returns the matching entries of this clinic's FAQ word for word, best first, at most FAQ_TOOL_RESULTS", async () => {
    api.script = sequence(
      message(
        [
          toolUse('toolu_f1', 'clinic_faq', { query: 'parking?' }),
          toolUse('toolu_f2', 'clinic_faq', { query: 'accept cards, insurance, payment, parking' }),
          toolUse('toolu_f3', 'clinic_faq', { query: 'ركنة' }),
          toolUse('toolu_f4', 'clinic_faq', { query: '' }),
          toolUse('toolu_f5', 'clinic_faq', { query: 'wheelchair access' }),
          toolUse('toolu_f6', 'clinic_faq', { question: 'parking' }),
          toolUse('toolu_f7', 'clinic_faq', { query: 'x'.repeat(301) }),
        ],
        'tool_use',
      ),
      message([text('Free parking is available in the basement of the building.')], 'end_turn'),
    );
    const { tools, calls } = fakeTools();
    const reply = await receptionist().reply(turn({ catalog: faqCatalog, tools, language: 'en', message: 'Where can I park?' }));

    const results = api.seen[1]!.body.messages.at(-1).content;
    expect(results.map((r: any) => [r.tool_use_id, r.is_error ?? false])).toEqual([
      ['toolu_f1', false],
      ['toolu_f2', false],
      ['toolu_f3', false],
      ['toolu_f4', false],
      ['toolu_f5', false],
      ['toolu_f6', true],
      ['toolu_f7', true],
    ]);
    const [parking, ranked, arabic, all, none] = results.slice(0, 5).map((r: any) => JSON.parse(r.content));
    // The question's words count twice, the answer's once: parking (2+1) before the children entry (0+1).
    expect(parking).toEqual({ entries: [entry(PARKING), entry(CHILDREN)] });
    // The stored answer travels word for word in the tool_result text.
    expect(results[0].content).toContain(JSON.stringify(PARKING.answer));
    // insurance 2*2+2, payment 2*2+1, parking 2*1+1, children 0+1: the best FAQ_TOOL_RESULTS of them.
    expect(ranked.entries).toHaveLength(FAQ_TOOL_RESULTS);
    expect(ranked).toEqual({ entries: [entry(INSURANCE), entry(PAYMENT), entry(PARKING)] });
    expect(arabic).toEqual({ entries: [entry(PARKING_AR)] });
    expect(results[2].content).toContain(PARKING_AR.answer);
    expect(all).toEqual({ entries: faqCatalog.faq.map(entry) });
    expect(none.entries).toEqual([]);
    expect(none.note).toMatch(/does not cover/);
    expect(JSON.parse(results[5].content)).toEqual({ code: 'CONVERSATION.TOOL_INPUT_INVALID', message: expect.stringMatching(/^query:/) });
    expect(JSON.parse(results[6].content).code).toBe('CONVERSATION.TOOL_INPUT_INVALID');

    // No scheduling tool ran; the turn is an FAQ answer.
    expect(calls).toEqual([]);
    expect(reply).toMatchObject({ intent: 'faq', handoff: false, language: 'en' });
  });

  it("reads only the conversation's own clinic catalog, and the tool definitions stay byte-identical across turns", async () => {
    const DELTA = clinicId('clinic-delta');
    const delta: ClinicCatalogSnapshot = {
      ...catalog,
      profile: { ...catalog.profile, id: DELTA, name: 'Delta Smile' },
      faq: [{ id: 'faq_parking', question: 'Is there parking?', answer: 'Street parking only; the nearest garage is on Tahrir Street.', language: 'en' }],
    };
    api.script = (request) =>
      request.body.messages.at(-1).content[0]?.type === 'tool_result'
        ? message([text('See the parking answer.')], 'end_turn')
        : message([toolUse(`toolu_${api.seen.length}`, 'clinic_faq', { query: 'parking' })], 'tool_use');

    const model = receptionist();
    await model.reply(turn({ catalog, language: 'en', message: 'Is there parking?' }));
    await model.reply(turn({ clinicId: DELTA, conversationId: 'conv_delta', catalog: delta, language: 'en', message: 'Is there parking?' }));
    expect(api.seen).toHaveLength(4);

    const nileResult = api.seen[1]!.body.messages.at(-1).content[0].content as string;
    const deltaResult = api.seen[3]!.body.messages.at(-1).content[0].content as string;
    expect(JSON.parse(nileResult)).toEqual({ entries: [entry(catalog.faq[0]!)] });
    expect(JSON.parse(deltaResult)).toEqual({ entries: [entry(delta.faq[0]!)] });
    expect(deltaResult).not.toContain('basement');
    expect(nileResult).not.toContain('Tahrir');

    // The FAQ stays in the cached system prompt too (answers without a tool round).
    expect(api.seen[0]!.body.system[0].text).toContain(catalog.faq[0]!.answer);
    // Prompt caching: the tools prefix is the same bytes in every request, whatever the clinic or turn.
    const toolBytes = api.seen.map((seen) => JSON.stringify(seen.body.tools));
    expect(new Set(toolBytes).size).toBe(1);
    expect(api.seen[0]!.body.tools.map((tool: any) => tool.name)).toContain('clinic_faq');
  });
});

describe('token usage of failed turns', () => {
  const kit = createTenancyKit();
  afterAll(() => kit.redis.disconnect());

  function setup() {
    const clinic = uniqueClinicId('aiusage') as ClinicId;
    const usageLog = new RedisModelUsageLog(kit.redis, kit.guard);
    const inScope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId: clinic, actor: staffActor(clinic), requestId: 'req-usage' }, fn);
    const totals = () => inScope(() => usageLog.totals(clinic));
    const conversation = () => inScope(() => usageLog.forConversation(clinic, 'conv_usage'));
    return { clinic, usageLog, inScope, totals, conversation, turnFor: (over: Partial<ReceptionistTurn> = {}) => turn({ clinicId: clinic, conversationId: 'conv_usage', ...over }) };
  }

  it('records the tokens of the calls that completed before a tool error ended the turn', async () => {
    const t = setup();
    api.script = sequence(message([toolUse('toolu_x', 'my_appointments', {})], 'tool_use', { input: 1200, output: 80, cacheWrite: 3000 }), message([text('never sent')], 'end_turn'));
    const boom = new Error('redis connection lost');
    const { tools } = fakeTools({
      my_appointments: async () => {
        throw boom;
      },
    });
    await expect(t.inScope(() => receptionist({ usageLog: t.usageLog }).reply(t.turnFor({ tools })))).rejects.toBe(boom);
    expect(await t.totals()).toMatchObject({ turns: 1, inputTokens: 1200, outputTokens: 80, cacheWriteTokens: 3000, cacheReadTokens: 0 });
    expect(await t.conversation()).toMatchObject({ turns: 1, inputTokens: 1200 });
  });

  it("records them when the breaker's turn budget runs out mid-turn, while the fallback answers", async () => {
    const t = setup();
    api.script = sequence(
      message([toolUse('toolu_s', 'search_slots', { serviceId: 'svc_cleaning', from: '2026-01-06', to: '2026-01-06' })], 'tool_use', { input: 900, output: 40, cacheRead: 2500 }),
      { ...message([text('too late')], 'end_turn', { input: 99, output: 99 }), delayMs: 2_000 },
    );
    const offline = { name: 'offline', reply: async () => ({ text: 'offline answer', language: 'en' as const, intent: 'other' as const, handoff: false, state: {}, model: 'offline' }) };
    const model = new FallbackReceptionist({ primary: receptionist({ usageLog: t.usageLog, maxRetries: 0 }), fallback: offline, clock: new FakeClock(), timeoutMs: 300 });
    const reply = await t.inScope(() => model.reply(t.turnFor()));
    expect(reply).toEqual({ text: 'offline answer', language: 'en', intent: 'other', handoff: false, state: {}, model: 'offline' });
    // The aborted primary records after the fallback has answered.
    await vi.waitFor(async () => expect((await t.totals()).turns).toBe(1), { timeout: 1_000, interval: 20 });
    expect(await t.totals()).toMatchObject({ inputTokens: 900, outputTokens: 40, cacheReadTokens: 2500, cacheWriteTokens: 0 });
  });

  it('records nothing for a turn whose first call failed, nor for a successful turn (the pipeline records that one)', async () => {
    const t = setup();
    api.script = sequence({ status: 500, body: apiError('api_error', 'Internal server error') });
    await expect(t.inScope(() => receptionist({ usageLog: t.usageLog }).reply(t.turnFor()))).rejects.toBeInstanceOf(InternalServerError);

    api.script = sequence(message([text('Hello!')], 'end_turn', { input: 50, output: 7 }));
    const reply = await t.inScope(() => receptionist({ usageLog: t.usageLog }).reply(t.turnFor({ language: 'en', message: 'hi' })));
    expect(reply.usage).toMatchObject({ inputTokens: 50, outputTokens: 7 });
    expect((await t.totals()).turns).toBe(0);
  });
});

describe('receptionist pieces', () => {
  it('the JSON schemas the model sees match the zod schemas that check its input', async () => {
    api.script = sequence(message([text('ok')], 'end_turn'));
    await receptionist().reply(turn());
    for (const tool of api.seen[0]!.body.tools) {
      const shape = TOOL_INPUT_SCHEMAS[tool.name as keyof typeof TOOL_INPUT_SCHEMAS].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
      expect(Object.keys(tool.input_schema.properties).sort()).toEqual(Object.keys(shape).sort());
      const required = Object.keys(shape).filter((k) => !shape[k]!.safeParse(undefined).success);
      expect([...tool.input_schema.required].sort()).toEqual(required.sort());
    }
  });

  it('derives idempotency keys deterministically, scoped to the conversation', () => {
    const a = idempotencyKeyFor('conv_1', 'toolu_1');
    expect(idempotencyKeyFor('conv_1', 'toolu_1')).toBe(a);
    expect(idempotencyKeyFor('conv_2', 'toolu_1')).not.toBe(a);
    expect(idempotencyKeyFor('conv_1', 'toolu_2')).not.toBe(a);
    // The model's own key is used, but never unscoped.
    expect(idempotencyKeyFor('conv_1', 'toolu_1', 'booking-123')).toBe(idempotencyKeyFor('conv_1', 'toolu_9', 'booking-123'));
    expect(idempotencyKeyFor('conv_1', 'toolu_1', 'booking-123')).not.toBe(idempotencyKeyFor('conv_2', 'toolu_1', 'booking-123'));
    expect(a).toMatch(/^ai-[0-9a-f]{40}$/);
  });

  it('maps the transcript to alternating turns', () => {
    expect(toMessages([], 'hi')).toEqual([{ role: 'user', content: 'hi' }]);
    expect(
      toMessages(
        [
          { author: 'patient', text: 'a', at: '' },
          { author: 'assistant', text: 'b', at: '' },
          { author: 'staff', text: 'c', at: '' },
          { author: 'patient', text: '  ', at: '' },
          { author: 'patient', text: 'd', at: '' },
        ],
        'e',
      ),
    ).toEqual([
      { role: 'user', content: 'a' },
      { role: 'assistant', content: 'b\n\n[A person from the clinic staff wrote this message:]\nc' },
      { role: 'user', content: 'd\n\ne' },
    ]);
  });

  it('derives intent and language simply', () => {
    expect(intentOf(new Set(['search_slots', 'request_human']), 'x')).toBe('human');
    expect(intentOf(new Set(['hold_slot', 'confirm_hold']), 'x')).toBe('book');
    expect(intentOf(new Set(['reschedule_appointment', 'my_appointments']), 'x')).toBe('reschedule');
    expect(intentOf(new Set(['cancel_appointment']), 'x')).toBe('cancel');
    expect(intentOf(new Set(['my_appointments']), 'x')).toBe('my_appointments');
    expect(intentOf(new Set(), 'What are your hours?')).toBe('faq');
    expect(intentOf(new Set(), 'بتفتحوا امتى؟')).toBe('faq');
    expect(intentOf(new Set(), 'فين العيادة')).toBe('faq');
    expect(intentOf(new Set(), 'thanks')).toBe('other');
    expect(languageOfText('أهلاً بيك، الساعة 10 AM', 'en')).toBe('ar');
    expect(languageOfText('See you at 10, Dr. هاني', 'ar')).toBe('en');
    expect(languageOfText('👍 10:00', 'ar')).toBe('ar');
  });
});
