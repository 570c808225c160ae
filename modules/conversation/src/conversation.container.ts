import { ContainerModule } from 'inversify';
import { KERNEL_TOKENS, type AuditLog, type Clock, type Logger, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { GUARDRAILS_PUBLIC_TOKENS } from '@frontdesk/guardrails';
import { IDENTITY_PUBLIC_TOKENS, type PatientMagicLinks, type PatientSessions, type PatientVerification } from '@frontdesk/identity';
import { SCHEDULING_PUBLIC_TOKENS, type DelayedJobs, type PatientConsents, type PatientNotifier } from '@frontdesk/scheduling';
import { CachedClinicCatalog, TENANCY_PUBLIC_TOKENS, type CatalogChanges, type ClinicCatalog } from '@frontdesk/tenancy';
import { AnthropicReceptionist } from './adapters/anthropic/anthropic-receptionist';
import { AnthropicSummaryWriter } from './adapters/anthropic/anthropic-summary-writer';
import { JobsOutboundQueue } from './adapters/jobs/outbound-jobs';
import { WhatsAppGraphClient } from './adapters/meta/graph-api-client';
import { ReceiveMetaWebhook } from './adapters/meta/meta-webhook';
import { PageMessagesClient } from './adapters/meta/page-messages-client';
import { PageSender } from './adapters/meta/page-sender';
import { WhatsAppSender } from './adapters/meta/whatsapp-sender';
import { OfflineReceptionist } from './adapters/offline/offline-receptionist';
import { TranscriptSummaryWriter } from './adapters/offline/transcript-summary-writer';
import { RedisConversationFeed } from './adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from './adapters/redis/redis-conversation-store';
import { RedisInboundGuard } from './adapters/redis/redis-inbound-guard';
import { RedisModelUsageLog } from './adapters/redis/redis-model-usage';
import { RedisWhatsAppNumbers } from './adapters/redis/redis-whatsapp-numbers';
import { RedisBroadcasts } from './adapters/redis/redis-broadcasts';
import { RedisOptOuts } from './adapters/redis/redis-opt-outs';
import { RedisMetaPages } from './adapters/redis/redis-meta-pages';
import { createConversationRouters } from './api/conversation.routers';
import { AdmitInbound } from './application/admit-inbound';
import { ConversationSummaries } from './application/conversation-summaries';
import { ConversationPatientNotifier } from './application/conversation-patient-notifier';
import { FallbackReceptionist } from './application/fallback-receptionist';
import { HandleInbound, type HandleInboundDeps } from './application/handle-inbound';
import { PageChannels } from './application/page-channels';
import { PatientChat } from './application/patient-chat';
import { SendOutbound } from './application/send-outbound';
import { StaffInbox } from './application/staff-inbox';
import { Broadcasts } from './application/broadcasts';
import { DeliverBroadcast } from './application/deliver-broadcast';
import { PatientOptOuts } from './application/patient-opt-outs';
import { CONVERSATION_TOKENS as T } from './conversation.tokens';
import type { ConversationFeed } from './ports/conversation-feed.port';
import type { ConversationStore } from './ports/conversation-store.port';
import type { ModelUsageLog } from './ports/model-usage.port';
import type { OutboundQueue } from './ports/outbound.port';
import type { ReceptionistModel } from './ports/receptionist-model.port';
import type { WhatsAppNumbers } from './ports/whatsapp-numbers.port';
import type { MetaPages } from './ports/meta-pages.port';
import type { BroadcastStore } from './ports/broadcast-store.port';
import type { OptOutStore } from './ports/opt-out-store.port';

const K = KERNEL_TOKENS;

/** Channel and model settings from the environment (apps/server/src/config.ts). */
export interface ConversationSettings {
  meta: {
    /** Without it every webhook POST is refused (fail closed). */
    appSecret?: string;
    verifyToken?: string;
    /** The system-user token the Graph API client sends; without it WhatsApp sends fail and are retried. */
    accessToken?: string;
    graphBaseUrl?: string;
    graphVersion: string;
  };
  /**
   * Secrets to encrypt page access tokens at rest with (the server's session
   * secrets; the first seals, each opens). Without any, Messenger and Instagram
   * cannot be connected.
   */
  tokenSecrets?: readonly string[];
  /** Without an API key the offline receptionist answers every turn. `timeoutMs`: the model's budget per reply turn, not one HTTP attempt's. */
  anthropic?: { apiKey: string; baseURL?: string; model?: string; timeoutMs?: number };
}

type Catalog = HandleInboundDeps['catalog'];

export const conversationContainerModule = new ContainerModule(({ bind, rebind }) => {
  bind<ConversationStore>(T.Store).toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisConversationStore(redis, guard), [K.Redis, K.TenantGuard]).inSingletonScope();
  bind<RedisConversationFeed>(T.Feed)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard, logger: Logger) => new RedisConversationFeed(redis, guard, logger), [K.Redis, K.TenantGuard, K.Logger])
    .inSingletonScope();
  bind<AdmitInbound>(T.AdmitInbound)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard, clock: Clock) => new AdmitInbound({ guard: new RedisInboundGuard(redis, guard), clock }), [K.Redis, K.TenantGuard, K.Clock])
    .inSingletonScope();
  bind<Catalog>(T.Catalog)
    .toResolvedValue(
      (catalog: ClinicCatalog, clock: Clock, guard: TenantGuard, changes: CatalogChanges) => new CachedClinicCatalog(catalog, { clock, guard, changes }),
      [TENANCY_PUBLIC_TOKENS.ClinicCatalog, K.Clock, K.TenantGuard, TENANCY_PUBLIC_TOKENS.CatalogChanges],
    )
    .inSingletonScope();
  bind<WhatsAppNumbers>(T.WhatsAppNumbers).toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisWhatsAppNumbers(redis, guard), [K.Redis, K.TenantGuard]).inSingletonScope();
  bind<MetaPages>(T.MetaPages)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard, settings: ConversationSettings) => new RedisMetaPages(redis, guard, settings.tokenSecrets), [K.Redis, K.TenantGuard, T.Settings])
    .inSingletonScope();
  bind<PageChannels>(T.PageChannels)
    .toResolvedValue((pages: MetaPages, audit: AuditLog, clock: Clock) => new PageChannels({ pages, audit, clock }), [T.MetaPages, K.AuditLog, K.Clock])
    .inSingletonScope();
  bind<ModelUsageLog>(T.UsageLog).toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisModelUsageLog(redis, guard), [K.Redis, K.TenantGuard]).inSingletonScope();
  bind<ReceptionistModel>(T.Model)
    .toResolvedValue(
      (settings: ConversationSettings, clock: Clock, logger: Logger, usageLog: ModelUsageLog) => {
        const offline = new OfflineReceptionist();
        if (!settings.anthropic) return offline;
        const { apiKey, baseURL, model, timeoutMs } = settings.anthropic;
        return new FallbackReceptionist({
          primary: new AnthropicReceptionist({ apiKey, ...(baseURL ? { baseURL } : {}), ...(model ? { model } : {}), usageLog }),
          fallback: offline,
          clock,
          ...(timeoutMs ? { timeoutMs } : {}),
          onFailure: (error, info) => logger.warn({ err: error, ...info }, 'Anthropic model failed; the offline receptionist answered'),
        });
      },
      [T.Settings, K.Clock, K.Logger, T.UsageLog],
    )
    .inSingletonScope();
  bind<OutboundQueue>(T.Outbound).toResolvedValue((jobs: DelayedJobs, clock: Clock) => new JobsOutboundQueue(jobs, clock), [SCHEDULING_PUBLIC_TOKENS.DelayedJobs, K.Clock]).inSingletonScope();
  bind<ConversationSummaries>(T.Summaries)
    .toResolvedValue(
      (settings: ConversationSettings, store: ConversationStore, jobs: DelayedJobs, clock: Clock, guard: TenantGuard, usage: ModelUsageLog, logger: Logger) => {
        const transcript = new TranscriptSummaryWriter();
        if (!settings.anthropic) return new ConversationSummaries({ store, jobs, clock, guard, writer: transcript });
        const { apiKey, baseURL, model } = settings.anthropic;
        const writer = new AnthropicSummaryWriter({ apiKey, ...(baseURL ? { baseURL } : {}), ...(model ? { model } : {}) });
        return new ConversationSummaries({ store, jobs, clock, guard, writer, fallback: transcript, usage, logger });
      },
      [T.Settings, T.Store, SCHEDULING_PUBLIC_TOKENS.DelayedJobs, K.Clock, K.TenantGuard, T.UsageLog, K.Logger],
    )
    .inSingletonScope();
  bind<HandleInbound>(T.HandleInbound)
    .toResolvedValue(
      (admit: AdmitInbound, store: ConversationStore, catalog: Catalog, agentTools: HandleInboundDeps['agentTools'], model: ReceptionistModel, review: HandleInboundDeps['review'], feed: ConversationFeed, outbound: OutboundQueue, clock: Clock, logger: Logger, verification: PatientVerification, reminders: HandleInboundDeps['reminders'], usage: ModelUsageLog, summaries: ConversationSummaries, optOuts: PatientOptOuts) =>
        new HandleInbound({ admit, store, catalog, agentTools, model, review, feed, outbound, clock, logger, verification, ...(reminders ? { reminders } : {}), usage, summaries, optOuts }),
      [T.AdmitInbound, T.Store, T.Catalog, SCHEDULING_PUBLIC_TOKENS.AgentTools, T.Model, GUARDRAILS_PUBLIC_TOKENS.ReviewReply, T.Feed, T.Outbound, K.Clock, K.Logger, IDENTITY_PUBLIC_TOKENS.PatientVerification, SCHEDULING_PUBLIC_TOKENS.AnswerReminder, T.UsageLog, T.Summaries, T.OptOuts],
    )
    .inSingletonScope();
  bind<SendOutbound>(T.SendOutbound)
    .toResolvedValue(
      (settings: ConversationSettings, numbers: WhatsAppNumbers, pages: MetaPages, store: ConversationStore, feed: ConversationFeed, guard: TenantGuard, logger: Logger, broadcasts: DeliverBroadcast) => {
        // Built at the first send: in development the simulator's base URL is known only once the server listens.
        let client: WhatsAppGraphClient | undefined;
        const graph = {
          send: (...args: Parameters<WhatsAppGraphClient['send']>) =>
            (client ??= new WhatsAppGraphClient({
              accessToken: settings.meta.accessToken ?? 'not-configured',
              version: settings.meta.graphVersion,
              ...(settings.meta.graphBaseUrl ? { baseUrl: settings.meta.graphBaseUrl } : {}),
            })).send(...args),
        };
        // Messenger and Instagram: one client, each page's own token per call.
        let pageClient: PageMessagesClient | undefined;
        const pageGraph = {
          sendText: (...args: Parameters<PageMessagesClient['sendText']>) =>
            (pageClient ??= new PageMessagesClient({
              version: settings.meta.graphVersion,
              ...(settings.meta.graphBaseUrl ? { baseUrl: settings.meta.graphBaseUrl } : {}),
            })).sendText(...args),
        };
        const senders = {
          whatsapp: new WhatsAppSender(graph, numbers),
          messenger: new PageSender('messenger', pageGraph, pages),
          instagram: new PageSender('instagram', pageGraph, pages),
        };
        return new SendOutbound({ senders, store, feed, guard, logger, broadcasts });
      },
      [T.Settings, T.WhatsAppNumbers, T.MetaPages, T.Store, T.Feed, K.TenantGuard, K.Logger, T.DeliverBroadcast],
    )
    .inSingletonScope();
  bind<ReceiveMetaWebhook>(T.MetaWebhook)
    .toResolvedValue(
      (settings: ConversationSettings, numbers: WhatsAppNumbers, pages: MetaPages, handle: HandleInbound, store: ConversationStore, feed: ConversationFeed, guard: TenantGuard, logger: Logger) =>
        new ReceiveMetaWebhook({ settings: { appSecret: settings.meta.appSecret, verifyToken: settings.meta.verifyToken }, numbers, pages, handle, store, feed, guard, logger }),
      [T.Settings, T.WhatsAppNumbers, T.MetaPages, T.HandleInbound, T.Store, T.Feed, K.TenantGuard, K.Logger],
    )
    .inSingletonScope();
  bind<PatientChat>(T.PatientChat)
    .toResolvedValue(
      (handle: HandleInbound, store: ConversationStore, feed: ConversationFeed, verification: PatientVerification, magicLinks: PatientMagicLinks, numbers: WhatsAppNumbers, catalog: Catalog, clock: Clock) =>
        new PatientChat({ handle, store, feed, verification, magicLinks, numbers, catalog, clock }),
      [T.HandleInbound, T.Store, T.Feed, IDENTITY_PUBLIC_TOKENS.PatientVerification, IDENTITY_PUBLIC_TOKENS.PatientMagicLinks, T.WhatsAppNumbers, T.Catalog, K.Clock],
    )
    .inSingletonScope();
  bind<StaffInbox>(T.StaffInbox)
    .toResolvedValue(
      (store: ConversationStore, feed: ConversationFeed, outbound: OutboundQueue, audit: AuditLog, clock: Clock, catalog: Catalog) => new StaffInbox({ store, feed, outbound, audit, clock, catalog }),
      [T.Store, T.Feed, T.Outbound, K.AuditLog, K.Clock, T.Catalog],
    )
    .inSingletonScope();
  bind(T.Routers)
    .toResolvedValue(
      (chat: PatientChat, inbox: StaffInbox, sessions: PatientSessions, numbers: WhatsAppNumbers, feed: ConversationFeed, channels: PageChannels, broadcasts: Broadcasts, admission: AdmitInbound) =>
        createConversationRouters({ chat, inbox, sessions, numbers, feed, channels, broadcasts, admission }),
      [T.PatientChat, T.StaffInbox, IDENTITY_PUBLIC_TOKENS.PatientSessions, T.WhatsAppNumbers, T.Feed, T.PageChannels, T.Broadcasts, T.AdmitInbound],
    )
    .inSingletonScope();
  // STOP / START and broadcasts (README, "Broadcasts and STOP"): one store of each, shared by the use cases.
  bind<OptOutStore>(T.OptOutStore).toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisOptOuts(redis, guard), [K.Redis, K.TenantGuard]).inSingletonScope();
  bind<BroadcastStore>(T.BroadcastStore).toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisBroadcasts(redis, guard), [K.Redis, K.TenantGuard]).inSingletonScope();
  bind<PatientOptOuts>(T.OptOuts)
    .toResolvedValue(
      (store: OptOutStore, consents: PatientConsents, clock: Clock, logger: Logger) => new PatientOptOuts({ store, consents, clock, logger }),
      [T.OptOutStore, SCHEDULING_PUBLIC_TOKENS.PatientConsents, K.Clock, K.Logger],
    )
    .inSingletonScope();
  bind<Broadcasts>(T.Broadcasts)
    .toResolvedValue(
      (store: BroadcastStore, optOuts: OptOutStore, consents: PatientConsents, numbers: WhatsAppNumbers, jobs: DelayedJobs, catalog: Catalog, audit: AuditLog, clock: Clock) =>
        new Broadcasts({ store, optOuts, consents, numbers, jobs, catalog, audit, clock }),
      [T.BroadcastStore, T.OptOutStore, SCHEDULING_PUBLIC_TOKENS.PatientConsents, T.WhatsAppNumbers, SCHEDULING_PUBLIC_TOKENS.DelayedJobs, T.Catalog, K.AuditLog, K.Clock],
    )
    .inSingletonScope();
  bind<DeliverBroadcast>(T.DeliverBroadcast)
    .toResolvedValue(
      (broadcasts: BroadcastStore, optOuts: OptOutStore, consents: PatientConsents, conversations: ConversationStore, feed: ConversationFeed, outbound: OutboundQueue, jobs: DelayedJobs, guard: TenantGuard, clock: Clock, logger: Logger) =>
        new DeliverBroadcast({ broadcasts, optOuts, consents, conversations, feed, outbound, jobs, guard, clock, logger }),
      [T.BroadcastStore, T.OptOutStore, SCHEDULING_PUBLIC_TOKENS.PatientConsents, T.Store, T.Feed, T.Outbound, SCHEDULING_PUBLIC_TOKENS.DelayedJobs, K.TenantGuard, K.Clock, K.Logger],
    )
    .inSingletonScope();
  // Reminders and waitlist offers reach patients on WhatsApp instead of the scheduling module's log.
  rebind<PatientNotifier>(SCHEDULING_PUBLIC_TOKENS.PatientNotifier)
    .toResolvedValue(
      (store: ConversationStore, outbound: OutboundQueue, feed: ConversationFeed, catalog: Catalog, guard: TenantGuard, clock: Clock) => new ConversationPatientNotifier({ store, outbound, feed, catalog, guard, clock }),
      [T.Store, T.Outbound, T.Feed, T.Catalog, K.TenantGuard, K.Clock],
    )
    .inSingletonScope();
});
