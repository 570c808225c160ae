export const GUARDRAILS_TOKENS = {
  FindingLog: Symbol.for('guardrails.FindingLog'),
  ReviewReply: Symbol.for('guardrails.ReviewReply'),
  Summary: Symbol.for('guardrails.GuardrailSummary'),
  Routers: Symbol.for('guardrails.Routers'),
} as const;
