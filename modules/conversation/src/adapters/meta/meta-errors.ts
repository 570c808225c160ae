import { DomainError, InvalidInput, type DomainErrorKind } from '@frontdesk/shared-kernel';

/** A Meta webhook body we cannot read: not JSON, not an envelope, or a payload of a handled type in the wrong shape. The route answers 400. */
export class MetaWebhookParseError extends InvalidInput {
  constructor(message: string, details?: Record<string, unknown>, code = 'CONVERSATION.META_WEBHOOK_MALFORMED') {
    super(code, message, details);
  }
}

/** The webhook body is not JSON, or not the WhatsApp envelope we expect. */
export class WhatsAppWebhookParseError extends MetaWebhookParseError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, details, 'CONVERSATION.WHATSAPP_WEBHOOK_MALFORMED');
  }
}

/** The body is not the Messenger (`object: page`) or Instagram (`object: instagram`) envelope we expect. */
export class MessagingWebhookParseError extends MetaWebhookParseError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, details, 'CONVERSATION.MESSAGING_WEBHOOK_MALFORMED');
  }
}

export type GraphApiErrorCode =
  /** Graph refused the request (4xx other than 429); retrying the same request will not help. */
  | 'CONVERSATION.WHATSAPP_SEND_REJECTED'
  /** Graph 131047: the 24-hour window is closed, send a template instead. */
  | 'CONVERSATION.WHATSAPP_REENGAGEMENT_REQUIRED'
  /** 429 (e.g. 130429, 131056) still there after the retries, or Retry-After too long to wait. */
  | 'CONVERSATION.WHATSAPP_RATE_LIMITED'
  /** 5xx still there after the retries. */
  | 'CONVERSATION.WHATSAPP_UNAVAILABLE'
  /** No HTTP answer (connection refused, timeout). Not retried: the send may have happened. */
  | 'CONVERSATION.WHATSAPP_UNREACHABLE'
  /** A 2xx we cannot read a message id from. */
  | 'CONVERSATION.WHATSAPP_BAD_RESPONSE'
  /** The same five outcomes for Messenger and Instagram sends (the Send API of a page or IG account). */
  | 'CONVERSATION.META_SEND_REJECTED'
  | 'CONVERSATION.META_RATE_LIMITED'
  | 'CONVERSATION.META_UNAVAILABLE'
  | 'CONVERSATION.META_UNREACHABLE'
  | 'CONVERSATION.META_BAD_RESPONSE';

export interface GraphErrorInfo {
  /** HTTP status, when there was an answer. */
  readonly httpStatus?: number;
  /** Graph `error.code` (e.g. 100, 190, 131047, 130429). */
  readonly graphCode?: number;
  readonly graphSubcode?: number;
  readonly graphType?: string;
  readonly graphMessage?: string;
  readonly details?: string;
  readonly fbtraceId?: string;
  /** Attempts made, including the first. */
  readonly attempts: number;
  /** Seconds Graph asked us to wait (Retry-After), when it said. */
  readonly retryAfterSeconds?: number;
}

const KIND_BY_CODE: Record<GraphApiErrorCode, DomainErrorKind> = {
  'CONVERSATION.WHATSAPP_SEND_REJECTED': 'invalid',
  'CONVERSATION.WHATSAPP_REENGAGEMENT_REQUIRED': 'precondition',
  'CONVERSATION.WHATSAPP_RATE_LIMITED': 'rate_limited',
  'CONVERSATION.WHATSAPP_UNAVAILABLE': 'unavailable',
  'CONVERSATION.WHATSAPP_UNREACHABLE': 'unavailable',
  'CONVERSATION.WHATSAPP_BAD_RESPONSE': 'unavailable',
  'CONVERSATION.META_SEND_REJECTED': 'invalid',
  'CONVERSATION.META_RATE_LIMITED': 'rate_limited',
  'CONVERSATION.META_UNAVAILABLE': 'unavailable',
  'CONVERSATION.META_UNREACHABLE': 'unavailable',
  'CONVERSATION.META_BAD_RESPONSE': 'unavailable',
};

/**
 * Worth another try later: 429 and 5xx, which Graph answered without sending.
 * Not `UNREACHABLE` or `BAD_RESPONSE` (the message may have gone out; Graph has
 * no idempotency key), nor a refusal, which the same request meets again.
 */
const RETRYABLE_CODES: ReadonlySet<GraphApiErrorCode> = new Set([
  'CONVERSATION.WHATSAPP_RATE_LIMITED',
  'CONVERSATION.WHATSAPP_UNAVAILABLE',
  'CONVERSATION.META_RATE_LIMITED',
  'CONVERSATION.META_UNAVAILABLE',
]);

/** A failed send to the Graph API (WhatsApp Cloud API, or the Messenger/Instagram Send API); branch on `code`, or on `info.graphCode` for Meta's own code. */
export class GraphApiError extends DomainError {
  declare readonly code: GraphApiErrorCode;
  readonly info: GraphErrorInfo;
  /** SendOutbound rethrows a retryable failure so the job queue tries again with its backoff. */
  readonly retryable: boolean;
  constructor(code: GraphApiErrorCode, message: string, info: GraphErrorInfo) {
    super(KIND_BY_CODE[code], code, message, { ...info });
    this.info = info;
    this.retryable = RETRYABLE_CODES.has(code);
  }
  get graphCode(): number | undefined {
    return this.info.graphCode;
  }
}
