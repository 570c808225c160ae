/** For the composition root (apps/server) only. */
export { guardrailsContainerModule } from './guardrails.container';
export { GUARDRAILS_TOKENS } from './guardrails.tokens';
export type { GuardrailsRouters } from './api/guardrails.routers';
export type { ReviewReply } from './application/review-reply';
