/**
 * Expected failures are DomainErrors with a stable code (`SCHEDULING.SLOT_TAKEN`).
 * The kind decides how the edge reports it; `toTrpcCode` is the one mapping.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition'
  | 'rate_limited'
  | 'unavailable';

export class DomainError extends Error {
  readonly code: string;
  readonly kind: DomainErrorKind;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  constructor(kind: DomainErrorKind, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.kind = kind;
    this.code = code;
    this.details = details;
  }
}

export class InvalidInput extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super('invalid', code, message, details);
  }
}
export class Unauthenticated extends DomainError {
  constructor(message = 'Sign in to continue', code = 'IDENTITY.UNAUTHENTICATED') {
    super('unauthenticated', code, message);
  }
}
export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do this', code = 'IDENTITY.FORBIDDEN') {
    super('forbidden', code, message);
  }
}
export class NotFound extends DomainError {
  constructor(code: string, message: string) {
    super('not_found', code, message);
  }
}
export class Conflict extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super('conflict', code, message, details);
  }
}
export class PreconditionFailed extends DomainError {
  constructor(code: string, message: string) {
    super('precondition', code, message);
  }
}
export class RateLimited extends DomainError {
  constructor(code: string, message: string, readonly retryAfterSeconds: number) {
    super('rate_limited', code, message, { retryAfterSeconds });
  }
}

/** A programming error: tenant data touched without a tenant scope. Never expected. */
export class TenantScopeViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantScopeViolation';
  }
}

export type TrpcErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

const TRPC_CODE_BY_KIND: Record<DomainErrorKind, TrpcErrorCode> = {
  invalid: 'BAD_REQUEST',
  unauthenticated: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  precondition: 'PRECONDITION_FAILED',
  rate_limited: 'TOO_MANY_REQUESTS',
  unavailable: 'SERVICE_UNAVAILABLE',
};

export function toTrpcCode(error: DomainError): TrpcErrorCode {
  return TRPC_CODE_BY_KIND[error.kind];
}
