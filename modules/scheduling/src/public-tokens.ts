/** Container tokens other modules inject (bound in scheduling.container.ts). */
export const SCHEDULING_PUBLIC_TOKENS = {
  /** SchedulingAgentTools: the conversation module's way to search, hold, book, move and cancel. */
  AgentTools: Symbol.for('scheduling.AgentTools'),
} as const;
