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
  /** The form field a domain rule named (`details.field` of an InvalidInput), e.g. `branches.0.weekly.mon`. */
  field: string | undefined;
  /** The request id, to quote to support. */
  requestId: string | undefined;
  /** HTTP status of the failed call, when there was one. */
  httpStatus: number | undefined;
}

interface ErrorData {
  code?: string;
  domainCode?: string;
  field?: string;
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
      field: typeof data.field === 'string' && data.field ? data.field : undefined,
      requestId: data.requestId,
      httpStatus: data.httpStatus,
    };
  }
  return {
    code: undefined,
    message: error instanceof Error ? error.message : String(error),
    domainCode: undefined,
    issues: [],
    field: undefined,
    requestId: undefined,
    httpStatus: undefined,
  };
}

/**
 * Every field-level problem of a failed call: the input validation issues,
 * or the one field a domain rule named (with the server's sentence).
 * `stripPrefix` drops a leading path part the server adds (`availability.`).
 */
export function fieldProblems(error: unknown, stripPrefix?: string): InputIssue[] {
  if (!error) return [];
  const problem = describeError(error);
  const strip = (path: string) => (stripPrefix && path.startsWith(stripPrefix) ? path.slice(stripPrefix.length) : path);
  if (problem.issues.length > 0) return problem.issues.map((issue) => ({ path: strip(issue.path), message: issue.message }));
  if (problem.field) return [{ path: strip(problem.field), message: problem.message }];
  return [];
}

/** The messages for one form field: problems at `path` or inside it (`hours.mon` for `hours.mon.0.from`). */
export function problemsAt(problems: readonly InputIssue[], path: string): string | undefined {
  const found = problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)).map((p) => p.message);
  // Several rules can fail on one field ("is too short", "must be ... without spaces"): one sentence each, once.
  return found.length > 0 ? [...new Set(found)].join('; ') : undefined;
}

/** True when the call failed because nobody is signed in (or the session ended). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as ErrorData | undefined)?.code === 'UNAUTHORIZED';
}
