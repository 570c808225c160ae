/** For this module's tests: what a call ended with, as a short code to compare. */
import { DomainError } from '@frontdesk/shared-kernel';

/** 'ok', or the DomainError code the call threw; anything else is rethrown. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

/** What a caller sees of a tRPC error (scheduling does not depend on @trpc/server itself). */
export interface CallError {
  name: string;
  code: string;
  message: string;
  cause?: unknown;
}

/** The TRPCError a router call threw; fails the test when it did not throw one. */
export async function failure(call: Promise<unknown>): Promise<CallError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || error.name !== 'TRPCError') throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error as unknown as CallError;
}

/** The domain code behind a TRPCError. */
export const domainCode = (error: CallError): string | undefined => (error.cause as { code?: string } | undefined)?.code;
