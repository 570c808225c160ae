import { z } from 'zod';
import { clinicPublicProcedure, router, staffAction, Unauthenticated, type HttpExchange } from '@frontdesk/shared-kernel';
import { PATIENT_SESSION_COOKIE, type PatientSession, type PatientSessions } from '@frontdesk/identity';
import type { Conversation, TranscriptEntry } from '../domain/conversation';
import type { WhatsAppNumbers } from '../ports/whatsapp-numbers.port';
import type { PageChannels } from '../application/page-channels';
import type { PatientChat } from '../application/patient-chat';
import type { Broadcasts } from '../application/broadcasts';
import { BROADCAST_TEXT_MAX, type Broadcast } from '../domain/broadcast';
import type { StaffInbox } from '../application/staff-inbox';
import type { AdmitInbound } from '../application/admit-inbound';
import type { ConversationEvent, ConversationFeed } from '../ports/conversation-feed.port';
import { eventStream, READY } from './event-stream';

export interface ConversationRouterDeps {
  chat: PatientChat;
  inbox: StaffInbox;
  sessions: PatientSessions;
  numbers: WhatsAppNumbers;
  feed: ConversationFeed;
  channels: PageChannels;
  broadcasts: Broadcasts;
  /** Only its drop counts: the routers never admit messages. */
  admission: Pick<AdmitInbound, 'dropCounts'>;
}

const Language = z.enum(['ar', 'en']).default('ar');
const ConversationRef = z.object({ conversationId: z.string().regex(/^(web|whatsapp|messenger|instagram)-[A-Za-z0-9_-]{22}$/, 'is not a conversation id') });
const DraftRef = z.object({ draftId: z.uuid('is not a draft id') });
const MessageText = z.string().trim().min(1, 'is empty').max(2000, 'must be at most 2000 characters');
// Characters as people count them (code points), like the domain rule.
const BroadcastText = z
  .string()
  .trim()
  .min(1, 'is empty: write the message')
  .refine((text) => [...text].length <= BROADCAST_TEXT_MAX, { message: `must be at most ${BROADCAST_TEXT_MAX} characters` });
const PageChannelName = z.enum(['messenger', 'instagram'], { error: 'must be messenger or instagram' });
const PageConnectInput = z.object({
  channel: PageChannelName,
  accountId: z.string().trim().regex(/^\d{5,32}$/, "must be Meta's ID of the page or Instagram account (digits only)"),
  name: z.string().trim().min(1, 'is empty').max(100, 'must be at most 100 characters'),
  // Write-only: never echoed in an answer, an error or a log.
  pageAccessToken: z
    .string()
    .trim()
    .min(20, 'is too short to be a page access token')
    .max(2000, 'is too long to be a page access token')
    .regex(/^[\x21-\x7e]+$/, 'must be the token exactly as Meta shows it, without spaces'),
});

/** Lines as the apps see them: ISO times. */
const lineView = (line: TranscriptEntry) => ({ ...line, at: new Date(line.at).toISOString() });
const eventView = (event: ConversationEvent | typeof READY) => ('line' in event ? { ...event, line: lineView(event.line) } : event);

/**
 * The patient's chat session behind the signed cookie, for this clinic; a new
 * one (and a new cookie) when there is none or it belongs to another clinic.
 */
async function sessionFor(sessions: PatientSessions, http: HttpExchange, clinicId: string, create: boolean, requestId: string): Promise<PatientSession> {
  const existing = await sessions.resolve(http.readCookie(PATIENT_SESSION_COOKIE), requestId);
  if (existing && existing.clinicId === clinicId) return existing;
  if (!create) throw new Unauthenticated('Open the chat again to start a new session', 'CONVERSATION.NO_CHAT_SESSION');
  const opened = await sessions.open(clinicId as PatientSession['clinicId'], requestId);
  http.writeCookie(PATIENT_SESSION_COOKIE, opened.cookieValue, { maxAgeSeconds: opened.maxAgeSeconds });
  return opened.session;
}

export function createConversationRouters(deps: ConversationRouterDeps) {
  const { chat, inbox } = deps;
  const session = (ctx: { http: HttpExchange; requestId: string }, clinicId: string, create = false) => sessionFor(deps.sessions, ctx.http, clinicId, create, ctx.requestId);
  const staffScope = (ctx: { staff: Parameters<StaffInbox['takeOver']>[1]['actor']; requestId: string }) => ({ actor: ctx.staff, requestId: ctx.requestId });

  const publicChat = router({
    /** Opens (or resumes) the patient's chat session and says who they are talking to. */
    open: clinicPublicProcedure.input(z.object({ language: Language })).mutation(async ({ ctx, input }) => {
      const s = await session(ctx, input.clinicId, true);
      return chat.intro(s, input.language);
    }),
    history: clinicPublicProcedure.input(z.object({ limit: z.number().int().min(1).max(200).default(100) })).query(async ({ ctx, input }) =>
      (await chat.history(await session(ctx, input.clinicId), input.limit)).map(lineView),
    ),
    send: clinicPublicProcedure
      .input(z.object({ text: MessageText, clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8-64 letters, digits, _ or -') }))
      .mutation(async ({ ctx, input }) => {
        const outcome = await chat.send(await session(ctx, input.clinicId), input.text, input.clientMessageId);
        return { outcome: outcome.outcome };
      }),
    startVerification: clinicPublicProcedure
      .input(z.object({ phone: z.string().trim().min(4, 'is too short').max(40), language: Language }))
      .mutation(async ({ ctx, input }) => chat.startVerification(await session(ctx, input.clinicId), input.phone, input.language, ctx.requestId)),
    verification: clinicPublicProcedure.query(async ({ ctx, input }) => chat.verificationStatus(await session(ctx, input.clinicId))),
    redeemLink: clinicPublicProcedure
      .input(z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not a sign-in link') }))
      .mutation(async ({ ctx, input }) => chat.redeemLink(await session(ctx, input.clinicId, true), input.token, ctx.requestId)),
    /** Replies, typing, staff messages and verification, live (SSE), across every server process. */
    events: clinicPublicProcedure.subscription(async function* ({ ctx, input, signal }) {
      const s = await session(ctx, input.clinicId);
      // The generator's body runs outside the procedure's tenant scope, so the subscription opens its own.
      const subscribe = (push: (event: ConversationEvent) => void) => ctx.guard.run({ clinicId: s.clinicId, actor: ctx.actor, requestId: ctx.requestId }, () => chat.subscribe(s, push));
      for await (const event of eventStream<ConversationEvent>(subscribe, signal)) yield eventView(event);
    }),
  });

  const staff = router({
    list: staffAction('conversation.view')
      .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
      .query(async ({ ctx, input }) => (await inbox.list(ctx.clinicId, input.limit)).map(conversationView)),
    view: staffAction('conversation.view')
      .input(ConversationRef.extend({ limit: z.number().int().min(1).max(500).default(200) }))
      .query(async ({ ctx, input }) => {
        const view = await inbox.view(ctx.clinicId, input.conversationId, input.limit);
        return { ...view, conversation: conversationView(view.conversation), lines: view.lines.map(lineView) };
      }),
    /** Inbound messages the rate limits dropped so far, per limit (issue #5: "the drop is counted per clinic"). */
    rateLimitDrops: staffAction('conversation.view').query(({ ctx }) => deps.admission.dropCounts(ctx.clinicId)),
    takeOver: staffAction('conversation.takeover').input(ConversationRef).mutation(async ({ ctx, input }) => conversationView(await inbox.takeOver(ctx.clinicId, staffScope(ctx), input.conversationId))),
    handBack: staffAction('conversation.takeover').input(ConversationRef).mutation(async ({ ctx, input }) => conversationView(await inbox.handBack(ctx.clinicId, staffScope(ctx), input.conversationId))),
    markHandled: staffAction('conversation.takeover').input(ConversationRef).mutation(async ({ ctx, input }) => {
      await inbox.markHandled(ctx.clinicId, staffScope(ctx), input.conversationId);
      return { handled: true };
    }),
    send: staffAction('conversation.takeover')
      .input(ConversationRef.extend({ text: MessageText }))
      .mutation(async ({ ctx, input }) => lineView(await inbox.send(ctx.clinicId, staffScope(ctx), input.conversationId, input.text))),
    outbox: router({
      list: staffAction('outbox.review').query(async ({ ctx }) => (await inbox.drafts(ctx.clinicId, 100)).map((d) => ({ ...d, createdAt: d.createdAt.toISOString() }))),
      approve: staffAction('outbox.review').input(DraftRef).mutation(async ({ ctx, input }) => lineView(await inbox.approve(ctx.clinicId, staffScope(ctx), input.draftId))),
      edit: staffAction('outbox.review')
        .input(DraftRef.extend({ text: MessageText }))
        .mutation(async ({ ctx, input }) => lineView(await inbox.edit(ctx.clinicId, staffScope(ctx), input.draftId, input.text))),
      reject: staffAction('outbox.review').input(DraftRef).mutation(async ({ ctx, input }) => {
        await inbox.reject(ctx.clinicId, staffScope(ctx), input.draftId);
        return { rejected: true };
      }),
      approvalRates: staffAction('outbox.review').query(({ ctx }) => inbox.approvalRates(ctx.clinicId)),
    }),
    whatsapp: router({
      get: staffAction('channel.manage').query(({ ctx }) => deps.numbers.numberOf(ctx.clinicId)),
      connect: staffAction('channel.manage')
        .input(
          z.object({
            phoneNumberId: z.string().regex(/^\d{5,32}$/, "must be Meta's phone number id (digits)"),
            displayNumber: z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be the number in international format, e.g. +201001234567'),
          }),
        )
        .mutation(async ({ ctx, input }) => {
          await deps.numbers.assign(ctx.clinicId, input);
          return input;
        }),
    }),
    /** Facebook page (Messenger) and Instagram account: per channel the connected account, never its token. */
    channels: router({
      get: staffAction('channel.manage').query(({ ctx }) => deps.channels.get(ctx.clinicId)),
      connect: staffAction('channel.manage')
        .input(PageConnectInput)
        .mutation(({ ctx, input }) => deps.channels.connect(ctx.clinicId, staffScope(ctx), input)),
      disconnect: staffAction('channel.manage')
        .input(z.object({ channel: PageChannelName }))
        .mutation(async ({ ctx, input }) => ({ disconnected: (await deps.channels.disconnect(ctx.clinicId, staffScope(ctx), input.channel)) !== null })),
    }),
    /** News to every patient who agreed to it and has not sent STOP, on WhatsApp, throttled per clinic. */
    broadcasts: router({
      list: staffAction('broadcast.send')
        .input(z.object({ limit: z.number().int().min(1).max(100).default(30) }).default({ limit: 30 }))
        .query(async ({ ctx, input }) => (await deps.broadcasts.list(ctx.clinicId, input.limit)).map(broadcastView)),
      /** How many patients a broadcast sent now would reach (count only). */
      audience: staffAction('broadcast.send').query(({ ctx }) => deps.broadcasts.audience(ctx.clinicId)),
      send: staffAction('broadcast.send')
        .input(z.object({ text: BroadcastText, language: z.enum(['ar', 'en']).optional() }))
        .mutation(async ({ ctx, input }) => broadcastView(await deps.broadcasts.create(ctx.clinicId, staffScope(ctx), input))),
    }),
    /** The clinic's live activity: every conversation's new lines, modes and drafts. */
    events: staffAction('conversation.view').subscription(async function* ({ ctx, signal }) {
      const subscribe = (push: (event: ConversationEvent) => void) => ctx.guard.run({ clinicId: ctx.clinicId, actor: ctx.staff, requestId: ctx.requestId }, () => deps.feed.subscribeClinic(ctx.clinicId, push));
      for await (const event of eventStream<ConversationEvent>(subscribe, signal)) yield eventView(event);
    }),
  });

  return { public: publicChat, staff };
}

function conversationView(c: Conversation) {
  return {
    id: c.id,
    channel: c.channel,
    phone: c.phone,
    displayName: c.displayName,
    mode: c.mode,
    takenOverBy: c.takenOverBy,
    language: c.language,
    createdAt: c.createdAt.toISOString(),
    lastMessageAt: c.lastMessageAt.toISOString(),
    lastInboundAt: c.lastInboundAt?.toISOString() ?? null,
    preview: c.preview,
    needsAttention: c.needsAttention,
    summary: c.summary,
  };
}

function broadcastView(b: Broadcast) {
  return { ...b, createdAt: b.createdAt.toISOString(), firstSendAt: b.firstSendAt.toISOString(), lastSendAt: b.lastSendAt.toISOString() };
}

export type ConversationRouters = ReturnType<typeof createConversationRouters>;
