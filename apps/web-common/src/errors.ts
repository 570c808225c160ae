import { TRPCClientError } from '@trpc/client';

/** One field-by-field problem with the input, as the server's error formatter sends it. */
export interface InputIssue {
  /** Dotted path of the field (`email`, `greetings.en`); empty for the whole input. */
  path: string;
  message: string;
}

export interface DescribedError {
  /** The tRPC error code (`NOT_FOUND`, `BAD_REQUEST`, ...), if the server sent one. */
  code: string | undefined;
  /** What the server said: a domain sentence, or "Invalid input: email: ..." for bad input. */
  message: string;
  /** The stable domain code (`IDENTITY.BAD_CREDENTIALS`), if any. */
  domainCode: string | undefined;
  /** Field-by-field problems of a BAD_REQUEST caused by input validation. */
  issues: InputIssue[];
  /** The request id, to quote to support. */
  requestId: string | undefined;
  /** HTTP status of the failed call, when there was one. */
  httpStatus: number | undefined;
}

interface ErrorData {
  code?: string;
  domainCode?: string;
  issues?: InputIssue[];
  requestId?: string;
  httpStatus?: number;
}

/** Everything a page needs to explain a failed call. */
export function describeError(error: unknown): DescribedError {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as ErrorData;
    return {
      code: data.code,
      message: error.message,
      domainCode: data.domainCode,
      issues: Array.isArray(data.issues) ? data.issues : [],
      requestId: data.requestId,
      httpStatus: data.httpStatus,
    };
  }
  return {
    code: undefined,
    message: error instanceof Error ? error.message : String(error),
    domainCode: undefined,
    issues: [],
    requestId: undefined,
    httpStatus: undefined,
  };
}

/** True when the call failed because nobody is signed in (or the session ended). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as ErrorData | undefined)?.code === 'UNAUTHORIZED';
}
