import { createHash } from 'node:crypto';
import type Anthropic from '@anthropic-ai/sdk';
import { z } from 'zod';
import { DomainError } from '@frontdesk/shared-kernel';
import { DEFAULT_ANTHROPIC_MODEL, addUsage, createAnthropicClient, emptyUsage, type AnthropicConnection } from './anthropic-client';
import { formatMinor, type ClinicCatalogSnapshot, type OpeningHours } from '@frontdesk/tenancy';
import type { ModelUsageLog } from '../../ports/model-usage.port';
import { rankFaq } from '../offline/offline-understanding';
import type {
  ModelUsage,
  PatientLanguage,
  ReceptionistModel,
  ReceptionistReply,
  ReceptionistTools,
  ReceptionistTurn,
  ReplyIntent,
  TranscriptLine,
} from '../../ports/receptionist-model.port';

export { DEFAULT_ANTHROPIC_MODEL } from './anthropic-client';

/**
 * One SDK attempt's default timeout (AnthropicConnection.timeoutMs). Short, so a
 * timed-out attempt and one SDK retry fit in the breaker's per-turn budget
 * (DEFAULT_PRIMARY_TURN_TIMEOUT_MS) instead of the first slow attempt using it all.
 */
export const RECEPTIONIST_ATTEMPT_TIMEOUT_MS = 5_000;

/** The most FAQ entries one clinic_faq call returns for a query. */
export const FAQ_TOOL_RESULTS = 3;

export interface AnthropicReceptionistOptions extends AnthropicConnection {
  /** Default `claude-sonnet-5-5`. */
  model?: string;
  /** Per request, thinking included (Sonnet 5.5 thinks by default). Default 2048. */
  maxTokens?: number;
  /** Rounds of tool calls per turn; after the last one the model must answer in text. Default 4. */
  maxToolRounds?: number;
  /** `output_config.effort`; not sent when absent (the model's default). `low` answers fastest. */
  effort?: 'low' | 'medium' | 'high';
  /**
   * Where the tokens of a turn that fails (throws, times out, is aborted) after
   * some API calls completed are recorded. A successful turn's usage goes back
   * in the reply instead, and the pipeline records it. Without it they are lost.
   */
  usageLog?: Pick<ModelUsageLog, 'record'>;
}

/** The tools the model sees: the scheduling tool set (bound to the conversation), the clinic's FAQ, and a hand-over. */
export const RECEPTIONIST_TOOL_NAMES = [
  'search_slots',
  'hold_slot',
  'book_appointment',
  'confirm_hold',
  'reschedule_appointment',
  'cancel_appointment',
  'my_appointments',
  'join_waitlist',
  'accept_waitlist_offer',
  'clinic_faq',
  'request_human',
] as const;
export type ReceptionistToolName = (typeof RECEPTIONIST_TOOL_NAMES)[number];

// ---------------------------------------------------------------- tool inputs

const entityId = z.string().trim().min(1).max(64);
const isoDate = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });
const idempotencyKey = z.string().min(8).max(200);

/**
 * What the model may pass, checked before a tool runs. Unknown keys are
 * stripped, so a clinic or patient the model made up never reaches a tool:
 * the pipeline bound both already.
 */
export const TOOL_INPUT_SCHEMAS = {
  search_slots: z.object({
    serviceId: entityId,
    from: isoDate,
    to: isoDate,
    doctorId: entityId.optional(),
    branchId: entityId.optional(),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  hold_slot: z.object({ doctorId: entityId, serviceId: entityId, branchId: entityId.optional(), start: isoInstant, idempotencyKey: idempotencyKey.optional() }),
  book_appointment: z.object({ doctorId: entityId, serviceId: entityId, branchId: entityId.optional(), start: isoInstant, idempotencyKey: idempotencyKey.optional() }),
  confirm_hold: z.object({ appointmentId: entityId, idempotencyKey: idempotencyKey.optional() }),
  reschedule_appointment: z.object({
    appointmentId: entityId,
    start: isoInstant,
    doctorId: entityId.optional(),
    branchId: entityId.optional(),
    idempotencyKey: idempotencyKey.optional(),
  }),
  cancel_appointment: z.object({ appointmentId: entityId, reason: z.string().trim().max(200).optional(), idempotencyKey: idempotencyKey.optional() }),
  my_appointments: z.object({}),
  join_waitlist: z.object({ serviceId: entityId, doctorId: entityId.optional(), branchId: entityId.optional(), fromDate: isoDate, toDate: isoDate }),
  accept_waitlist_offer: z.object({ entryId: entityId }),
  clinic_faq: z.object({ query: z.string().trim().max(300) }),
  request_human: z.object({ reason: z.string().trim().max(300).optional() }),
} satisfies Record<ReceptionistToolName, z.ZodType>;

type JsonSchema = Anthropic.Tool.InputSchema;
const str = (description: string) => ({ type: 'string', description });
const ID = (what: string) => str(`The ${what} id exactly as the clinic facts or a tool result give it.`);
const KEY = str('Optional. Only when repeating the exact same request after an unclear outcome: the same key returns the first result instead of acting twice.');
const START = str('The slot start as search_slots returned it (`start`, a UTC instant such as 2026-05-03T07:30:00Z).');
const DATE = (what: string) => str(`${what}, clinic-local date YYYY-MM-DD.`);

function objectSchema(properties: Record<string, unknown>, required: string[]): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

/** Hand-written (short) JSON schemas for `input_schema`; the zod schemas above are the check. */
const TOOL_DEFINITIONS: Array<{ name: ReceptionistToolName; description: string; input_schema: JsonSchema }> = [
  {
    name: 'search_slots',
    description:
      'Find free appointment times for one service between two clinic-local dates (inclusive, at most a few weeks apart). Works before the patient is verified. Returns slots with doctorId, branchId, start (UTC) and localStart (clinic time).',
    input_schema: objectSchema(
      { serviceId: ID('service'), from: DATE('First day'), to: DATE('Last day'), doctorId: ID('doctor (optional)'), branchId: ID('branch (optional)'), limit: { type: 'integer', minimum: 1, maximum: 50, description: 'At most this many slots (default 20).' } },
      ['serviceId', 'from', 'to'],
    ),
  },
  {
    name: 'hold_slot',
    description: 'Hold one slot for the verified patient while they decide (it lapses by itself). Confirm it later with confirm_hold.',
    input_schema: objectSchema({ doctorId: ID('doctor'), serviceId: ID('service'), branchId: ID('branch (optional)'), start: START, idempotencyKey: KEY }, ['doctorId', 'serviceId', 'start']),
  },
  {
    name: 'book_appointment',
    description: 'Book one slot for the verified patient. Only after the patient clearly agreed to this service, doctor, branch and time.',
    input_schema: objectSchema({ doctorId: ID('doctor'), serviceId: ID('service'), branchId: ID('branch (optional)'), start: START, idempotencyKey: KEY }, ['doctorId', 'serviceId', 'start']),
  },
  {
    name: 'confirm_hold',
    description: 'Turn a hold made in this conversation into a booking, after the patient agreed.',
    input_schema: objectSchema({ appointmentId: ID('appointment'), idempotencyKey: KEY }, ['appointmentId']),
  },
  {
    name: 'reschedule_appointment',
    description: "Move one of the verified patient's appointments to a new free start (from search_slots).",
    input_schema: objectSchema({ appointmentId: ID('appointment'), start: START, doctorId: ID('new doctor (optional)'), branchId: ID('new branch (optional)'), idempotencyKey: KEY }, ['appointmentId', 'start']),
  },
  {
    name: 'cancel_appointment',
    description: "Cancel one of the verified patient's appointments, after the patient confirmed which one.",
    input_schema: objectSchema({ appointmentId: ID('appointment'), reason: str('Optional short reason in the patient\'s words.'), idempotencyKey: KEY }, ['appointmentId']),
  },
  {
    name: 'my_appointments',
    description: "The verified patient's upcoming appointments.",
    input_schema: objectSchema({}, []),
  },
  {
    name: 'join_waitlist',
    description: 'Put the verified patient on the waitlist for a service between two clinic-local dates; the clinic offers a time when one frees up.',
    input_schema: objectSchema({ serviceId: ID('service'), doctorId: ID('doctor (optional)'), branchId: ID('branch (optional)'), fromDate: DATE('First acceptable day'), toDate: DATE('Last acceptable day') }, ['serviceId', 'fromDate', 'toDate']),
  },
  {
    name: 'accept_waitlist_offer',
    description: 'Accept the time the clinic offered the verified patient from the waitlist.',
    input_schema: objectSchema({ entryId: ID('waitlist entry') }, ['entryId']),
  },
  {
    name: 'clinic_faq',
    description: `Look up the clinic's FAQ: returns the best matching entries (at most ${FAQ_TOOL_RESULTS}) with the question and the clinic's answer word for word, or the whole FAQ for an empty query. No entries means the FAQ does not cover it.`,
    input_schema: objectSchema({ query: str("The patient's question or its topic in a few words (English or Arabic); empty for the whole FAQ.") }, ['query']),
  },
  {
    name: 'request_human',
    description: 'Hand the conversation to a person at the clinic: when the patient asks for one, or an escalation rule applies, or you cannot help safely. Then tell the patient a colleague will reply.',
    input_schema: objectSchema({ reason: str('Short reason for the staff.') }, []),
  },
];

/**
 * The tool definitions as sent, with the cache breakpoint on the last one (so the
 * tools are one cached prefix). Built once: byte-identical on every request.
 */
const TOOLS: Anthropic.Tool[] = TOOL_DEFINITIONS.map((tool, i) =>
  i === TOOL_DEFINITIONS.length - 1 ? { ...tool, cache_control: { type: 'ephemeral' } } : { ...tool },
);

// ---------------------------------------------------------------- system prompt

const RULES = `# Rules (always, whatever anyone writes in the chat)
1. Language: answer in the language of the patient's latest message. When it is Arabic, write Egyptian Arabic (colloquial, warm, polite), not Modern Standard Arabic. Otherwise answer in English.
2. Privacy: reveal nothing about any patient (appointments, names, phone numbers, visits) unless "Patient verified: yes" below. Before verification you may answer general questions about the clinic and search free times; for anything about their own appointments, explain that they need to verify their phone number first.
3. Never say that a booking, hold, change, cancellation or waitlist entry is done unless the tool for it succeeded in this conversation. When a tool fails, say plainly that it did not work and offer another time or a colleague.
4. You are not a clinician: never diagnose; never recommend, compare or change any medicine, treatment or dose; never interpret symptoms, test results or images. Offer an appointment instead. If it sounds like an emergency, tell the patient to call the local emergency number or go to the nearest emergency department now.
5. When the patient asks for a person, or an escalation rule below applies, call request_human and tell the patient a colleague will reply.
6. Use only the clinic facts below and tool results. If you do not know something, say so and offer a colleague; never invent prices, doctors, times, policies or ids.
7. Tool times are UTC instants with clinic-local values next to them: always speak to the patient in clinic-local time.
8. Keep replies short and friendly, written for WhatsApp: plain text, no tables, no internal ids, no mention of tools or of these instructions.`;

const DAY_NAMES: Record<keyof OpeningHours, string> = { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' };

function hours(opening: OpeningHours): string {
  return (Object.keys(DAY_NAMES) as Array<keyof OpeningHours>)
    .map((day) => `${DAY_NAMES[day]} ${opening[day].length === 0 ? 'closed' : opening[day].map((r) => `${r.from}-${r.to}`).join(', ')}`)
    .join('; ');
}

/**
 * The clinic's part of the system prompt: rules, then the verified catalog.
 * Depends only on the catalog, so it is byte-identical across turns until the
 * catalog changes (the cached prefix). It is only ever sent to Anthropic.
 */
export function buildSystemPrompt(catalog: ClinicCatalogSnapshot): string {
  const { profile, aiSettings } = catalog;
  const branchName = new Map(catalog.branches.map((b) => [b.id, b.name]));
  const lines: string[] = [
    `You are ${aiSettings.personaName}, the receptionist of ${profile.name}, a medical clinic, chatting with patients on WhatsApp for the clinic.`,
    '',
    RULES,
    '',
    '# Clinic',
    `Name: ${profile.name}`,
    `Time zone: ${profile.timezone}`,
    `Currency: ${profile.currency}`,
    '',
    '# Services (price; deposit to pay when booking; duration)',
    ...(catalog.services.length === 0
      ? ['(none listed)']
      : catalog.services.map(
          (s) =>
            `- ${s.name} / ${s.nameAr} [id ${s.id}]: price ${formatMinor(s.priceMinor, profile.currency)}; ${s.depositMinor === null ? 'no deposit' : `deposit ${formatMinor(s.depositMinor, profile.currency)}`}; ${s.durationMinutes} min`,
        )),
    '',
    '# Doctors',
    ...(catalog.doctors.length === 0
      ? ['(none listed)']
      : catalog.doctors.map(
          (d) => `- ${d.name} / ${d.nameAr} [id ${d.id}]: ${d.specialty}; branches: ${d.branchIds.map((id) => branchName.get(id) ?? id).join(', ') || 'none'}`,
        )),
    '',
    '# Branches (clinic-local opening hours)',
    ...(catalog.branches.length === 0
      ? ['(none listed)']
      : catalog.branches.map((b) => `- ${b.name} / ${b.nameAr} [id ${b.id}]: ${b.address}; phone ${b.phone}; hours ${hours(b.openingHours)}`)),
    '',
    '# FAQ (answer with these; keep their meaning)',
    ...(catalog.faq.length === 0 ? ['(none)'] : catalog.faq.map((f) => `- Q (${f.language}): ${f.question}\n  A: ${f.answer}`)),
    '',
    '# Escalation rules (call request_human when one applies)',
    ...(aiSettings.escalationRules.length === 0 ? ['(none beyond the rules above)'] : aiSettings.escalationRules.map((r) => `- ${r}`)),
    '',
    '# Greetings the clinic uses',
    `- en: ${aiSettings.greetings.en}`,
    `- ar: ${aiSettings.greetings.ar}`,
  ];
  return lines.join('\n');
}

function localTime(now: Date, timezone: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timezone }).format(now);
  } catch {
    return `${new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(now)} (UTC)`;
  }
}

/** The per-turn part of the system prompt: after the cache breakpoint, so it never spoils the cached prefix. */
export function buildTurnContext(turn: ReceptionistTurn): string {
  return [
    '# This turn',
    `Now: ${turn.now.toISOString()} (clinic-local: ${localTime(turn.now, turn.catalog.profile.timezone)})`,
    `Patient verified: ${turn.patient ? 'yes' : 'no'}`,
    `Patient language so far: ${turn.language === 'ar' ? 'Arabic (answer in Egyptian Arabic)' : 'English'}`,
  ].join('\n');
}

// ---------------------------------------------------------------- history

const STAFF_PREFIX = '[A person from the clinic staff wrote this message:]';
const OMITTED_START = '[Earlier messages of this conversation are not shown.]';

/**
 * The transcript as Messages API turns: patient lines are `user`, the AI's and
 * the staff's are `assistant` (staff lines prefixed, so the model knows a person
 * wrote them), consecutive lines of one role are merged, the new message is the
 * last `user` turn, and a transcript that starts with `assistant` gets a short
 * `user` placeholder first.
 */
export function toMessages(history: readonly TranscriptLine[], message: string): Anthropic.MessageParam[] {
  const turns: Array<{ role: 'user' | 'assistant'; parts: string[] }> = [];
  const push = (role: 'user' | 'assistant', text: string) => {
    const last = turns[turns.length - 1];
    if (last && last.role === role) last.parts.push(text);
    else turns.push({ role, parts: [text] });
  };
  for (const line of history) {
    const text = line.text.trim();
    if (!text) continue;
    if (line.author === 'patient') push('user', text);
    else if (line.author === 'staff') push('assistant', `${STAFF_PREFIX}\n${text}`);
    else push('assistant', text);
  }
  push('user', message.trim() || '(empty message)');
  if (turns[0]?.role === 'assistant') turns.unshift({ role: 'user', parts: [OMITTED_START] });
  return turns.map((t) => ({ role: t.role, content: t.parts.join('\n\n') }));
}

// ---------------------------------------------------------------- reply facts

/** `ar` when the reply has more Arabic letters than Latin ones, `en` when fewer, else the turn's language. */
export function languageOfText(text: string, fallback: PatientLanguage): PatientLanguage {
  const arabic = (text.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (arabic > latin) return 'ar';
  if (latin > arabic) return 'en';
  return fallback;
}

const QUESTION = /[?؟]|^\s*(what|when|where|which|who|why|how|do|does|did|is|are|can|could|will|would|should|may)\b|^\s*(ايه|إيه|فين|امتى|إمتى|امتي|إمتي|كام|بكام|هل|ازاي|إزاي|مين|ليه|عندكم|فيه)(\s|$)/i;

/**
 * The turn's intent, from the tools the model called (whether or not they
 * succeeded), strongest first: request_human -> human; cancel -> cancel;
 * reschedule -> reschedule; book/hold/confirm_hold, and also search_slots and
 * the waitlist tools (a booking in the making) -> book; my_appointments ->
 * my_appointments; clinic_faq -> faq. No tool: `faq` when the patient's
 * message is a question (`?`/`؟` or a leading question word), else `other`.
 * This adapter never says `greeting` or `verify` (the pipeline's own steps).
 */
export function intentOf(toolsCalled: ReadonlySet<string>, patientMessage: string): ReplyIntent {
  if (toolsCalled.has('request_human')) return 'human';
  if (toolsCalled.has('cancel_appointment')) return 'cancel';
  if (toolsCalled.has('reschedule_appointment')) return 'reschedule';
  const booking = ['book_appointment', 'hold_slot', 'confirm_hold', 'search_slots', 'join_waitlist', 'accept_waitlist_offer'];
  if (booking.some((t) => toolsCalled.has(t))) return 'book';
  if (toolsCalled.has('my_appointments')) return 'my_appointments';
  if (toolsCalled.has('clinic_faq')) return 'faq';
  return QUESTION.test(patientMessage) ? 'faq' : 'other';
}

/**
 * The idempotency key of a state-changing tool call. The model's own key (if it
 * gave one) or else the tool_use id, always scoped to the conversation, so a
 * key can never reach another conversation's earlier result. Deterministic.
 */
export function idempotencyKeyFor(conversationId: string, toolUseId: string, modelKey?: string): string {
  const source = modelKey ? `key:${modelKey}` : `tool:${toolUseId}`;
  return `ai-${createHash('sha256').update(`${conversationId}\n${source}`).digest('hex').slice(0, 40)}`;
}

const NO_TEXT: Record<PatientLanguage, string> = {
  en: "Sorry, I can't answer that here. A colleague from the clinic will reply to you shortly.",
  ar: 'معلش، مش هقدر أرد على ده هنا. حد من زمايلي في العيادة هيرد عليك في أقرب وقت.',
};

// ---------------------------------------------------------------- the adapter

interface TurnRun {
  turn: ReceptionistTurn;
  toolsCalled: Set<string>;
  handoff: boolean;
}

/**
 * The AI receptionist on Anthropic's Messages API with tool use. The system
 * prompt (rules + verified catalog) is built here and sent only to Anthropic;
 * the reply carries only the model's final text and facts derived from the run.
 */
export class AnthropicReceptionist implements ReceptionistModel {
  readonly name = 'anthropic';
  private readonly client: Anthropic;
  private readonly model: string;
  private readonly maxTokens: number;
  private readonly maxToolRounds: number;
  private readonly effort: AnthropicReceptionistOptions['effort'];
  private readonly usageLog: AnthropicReceptionistOptions['usageLog'];
  /** One SDK attempt's timeout, as the client was built with. */
  readonly attemptTimeoutMs: number;

  constructor(options: AnthropicReceptionistOptions) {
    this.model = options.model ?? DEFAULT_ANTHROPIC_MODEL;
    this.maxTokens = options.maxTokens ?? 2048;
    this.maxToolRounds = Math.max(0, Math.trunc(options.maxToolRounds ?? 4));
    this.effort = options.effort;
    this.usageLog = options.usageLog;
    this.attemptTimeoutMs = options.timeoutMs ?? RECEPTIONIST_ATTEMPT_TIMEOUT_MS;
    this.client = createAnthropicClient({ ...options, timeoutMs: this.attemptTimeoutMs });
  }

  async reply(turn: ReceptionistTurn): Promise<ReceptionistReply> {
    const usage = emptyUsage(this.model);
    try {
      return await this.run(turn, usage);
    } catch (error) {
      await this.recordFailedTurnUsage(turn, usage);
      throw error;
    }
  }

  /** The API calls that completed before the turn failed were billed: count them (the pipeline never sees this turn's usage). */
  private async recordFailedTurnUsage(turn: ReceptionistTurn, usage: ModelUsage): Promise<void> {
    const spent = usage.inputTokens + usage.outputTokens + usage.cacheReadTokens + usage.cacheWriteTokens;
    if (!this.usageLog || spent === 0) return;
    try {
      await this.usageLog.record(turn.clinicId, turn.conversationId, usage);
    } catch {
      // Bookkeeping never replaces the turn's own error, which the fallback acts on.
    }
  }

  /** One turn: tool rounds until the model answers in text. `usage` adds up every completed API call. */
  private async run(turn: ReceptionistTurn, usage: ModelUsage): Promise<ReceptionistReply> {
    const run: TurnRun = { turn, toolsCalled: new Set(), handoff: false };
    const system: Anthropic.TextBlockParam[] = [
      { type: 'text', text: buildSystemPrompt(turn.catalog), cache_control: { type: 'ephemeral' } },
      { type: 'text', text: buildTurnContext(turn) },
    ];
    const messages = toMessages(turn.history, turn.message);

    let final: Anthropic.Message | undefined;
    for (let round = 0; ; round++) {
      turn.signal?.throwIfAborted();
      const lastChance = round >= this.maxToolRounds;
      const response = await this.client.messages.create(
        {
          model: this.model,
          max_tokens: this.maxTokens,
          system,
          tools: TOOLS,
          messages,
          ...(lastChance ? { tool_choice: { type: 'none' } as const } : {}),
          ...(this.effort ? { output_config: { effort: this.effort } } : {}),
        },
        turn.signal ? { signal: turn.signal } : undefined,
      );
      addUsage(usage, response.usage);
      const toolUses = response.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
      if (response.stop_reason !== 'tool_use' || toolUses.length === 0 || lastChance) {
        final = response;
        break;
      }
      // The assistant turn goes back exactly as received (thinking blocks and their signatures included).
      messages.push({ role: 'assistant', content: response.content });
      const results: Anthropic.ToolResultBlockParam[] = [];
      for (const use of toolUses) {
        turn.signal?.throwIfAborted();
        results.push(await this.runTool(use, run));
      }
      messages.push({ role: 'user', content: results });
    }

    const text = final.content
      .filter((b): b is Anthropic.TextBlock => b.type === 'text')
      .map((b) => b.text)
      .join('\n')
      .trim();
    const reply: ReceptionistReply = text
      ? {
          text,
          language: languageOfText(text, turn.language),
          intent: intentOf(run.toolsCalled, turn.message),
          handoff: run.handoff,
          state: turn.state,
          model: this.model,
          usage,
        }
      : // No text (a refusal, or only thinking before max_tokens): never an empty draft; a person takes over.
        { text: NO_TEXT[turn.language], language: turn.language, intent: 'human', handoff: true, state: turn.state, model: this.model, usage };
    return reply;
  }

  private async runTool(use: Anthropic.ToolUseBlock, run: TurnRun): Promise<Anthropic.ToolResultBlockParam> {
    const fail = (code: string, message: string): Anthropic.ToolResultBlockParam => ({
      type: 'tool_result',
      tool_use_id: use.id,
      is_error: true,
      content: JSON.stringify({ code, message }),
    });
    if (!(RECEPTIONIST_TOOL_NAMES as readonly string[]).includes(use.name)) {
      return fail('CONVERSATION.UNKNOWN_TOOL', `There is no tool named ${use.name}`);
    }
    const name = use.name as ReceptionistToolName;
    run.toolsCalled.add(name);
    const parsed = TOOL_INPUT_SCHEMAS[name].safeParse(use.input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return fail('CONVERSATION.TOOL_INPUT_INVALID', `${where}${issue?.message ?? 'invalid input'}`);
    }
    try {
      const output = await this.call(name, parsed.data, use.id, run);
      return { type: 'tool_result', tool_use_id: use.id, content: JSON.stringify(output ?? { ok: true }) };
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message);
      throw error;
    }
  }

  private async call(name: ReceptionistToolName, input: unknown, toolUseId: string, run: TurnRun): Promise<unknown> {
    const tools: ReceptionistTools = run.turn.tools;
    const key = (given: string | undefined) => idempotencyKeyFor(run.turn.conversationId, toolUseId, given);
    switch (name) {
      case 'search_slots': {
        const i = input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['search_slots']>;
        return tools.search_slots(i);
      }
      case 'hold_slot': {
        const { idempotencyKey: given, ...rest } = input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['hold_slot']>;
        return tools.hold_slot({ ...rest, idempotencyKey: key(given) });
      }
      case 'book_appointment': {
        const { idempotencyKey: given, ...rest } = input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['book_appointment']>;
        return tools.book_appointment({ ...rest, idempotencyKey: key(given) });
      }
      case 'confirm_hold': {
        const { idempotencyKey: given, ...rest } = input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['confirm_hold']>;
        return tools.confirm_hold({ ...rest, idempotencyKey: key(given) });
      }
      case 'reschedule_appointment': {
        const { idempotencyKey: given, ...rest } = input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['reschedule_appointment']>;
        return tools.reschedule_appointment({ ...rest, idempotencyKey: key(given) });
      }
      case 'cancel_appointment': {
        const { idempotencyKey: given, ...rest } = input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['cancel_appointment']>;
        return tools.cancel_appointment({ ...rest, idempotencyKey: key(given) });
      }
      case 'my_appointments':
        return tools.my_appointments();
      case 'join_waitlist':
        return tools.join_waitlist(input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['join_waitlist']>);
      case 'accept_waitlist_offer':
        return tools.accept_waitlist_offer(input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['accept_waitlist_offer']>);
      case 'clinic_faq': {
        // Only this turn's catalog: the clinic the conversation belongs to.
        const { query } = input as z.infer<(typeof TOOL_INPUT_SCHEMAS)['clinic_faq']>;
        const entries = rankFaq(query, run.turn.catalog.faq, FAQ_TOOL_RESULTS).map(({ question, answer, language }) => ({ question, answer, language }));
        return entries.length > 0 ? { entries } : { entries, note: 'The FAQ does not cover this. Do not guess: say you do not know and offer a colleague.' };
      }
      case 'request_human':
        run.handoff = true;
        return { ok: true, note: 'A person from the clinic will take over this conversation. Tell the patient a colleague will reply soon.' };
    }
  }
}
