import { TRPCClientError } from '@trpc/client';

/** The tRPC error code of a failed call (`NOT_FOUND`, `BAD_REQUEST`, ...), if the server sent one. */
export function describeError(error: unknown): { code: string | undefined; message: string } {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: string } | undefined)?.code;
    return { code, message: error.message };
  }
  return { code: undefined, message: error instanceof Error ? error.message : String(error) };
}
