/** For the composition root only: the module's container bindings, routers and driving adapters. */
export { conversationContainerModule, type ConversationSettings } from './conversation.container';
export { CONVERSATION_TOKENS } from './conversation.tokens';
export type { ConversationRouters } from './api/conversation.routers';
export { ReceiveMetaWebhook, type WebhookAnswer } from './adapters/meta/meta-webhook';
export { signPayload } from './adapters/meta/webhook-verification';
export { whatsappTextWebhook } from './adapters/meta/whatsapp-webhook-builder';
export { OUTBOUND_JOB_KIND, outboundMessageOf } from './adapters/jobs/outbound-jobs';
export { RedisConversationFeed } from './adapters/redis/redis-conversation-feed';
export type { SendOutbound } from './application/send-outbound';
export { SUMMARY_JOB_KIND, type ConversationSummaries } from './application/conversation-summaries';
export type { HandleInbound } from './application/handle-inbound';
export { BROADCAST_JOB_KIND, type Broadcasts } from './application/broadcasts';
export type { DeliverBroadcast } from './application/deliver-broadcast';
export type { WhatsAppNumbers } from './ports/whatsapp-numbers.port';
export type { MetaPages, PageChannel, PageConnection } from './ports/meta-pages.port';
export { messagingWebhook, type MessagingWebhookEvent } from './adapters/meta/messaging-webhook-builder';
