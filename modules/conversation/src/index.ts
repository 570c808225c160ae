/**
 * @frontdesk/conversation public contracts (issue #5, in progress): channels
 * normalise into one inbound message; the inbound guard dedupes and
 * rate-limits before anything is stored. See README.md for what exists.
 */
export type {
  Channel,
  DeliveryStatus,
  InboundChoice,
  InboundMedia,
  InboundMessage,
  InboundMessageKind,
  MediaKind,
  StatusUpdate,
  UnroutedInboundMessage,
} from './domain/inbound-message';
export { INBOUND_DEDUPE_TTL_SECONDS, INBOUND_RATE_LIMITS, apologyFor, type ApologyLanguage, type RateLimit, type RateLimitName } from './domain/rate-limits';
