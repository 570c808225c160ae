/** What the three web apps share: the typed API client, the page shell and the stylesheet. */
export { TrpcProvider, useTRPC, useTRPCClient } from './trpc';
export { Shell, type ShellProps } from './shell';
export { describeError } from './errors';
