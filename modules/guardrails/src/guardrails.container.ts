import { ContainerModule } from 'inversify';
import { KERNEL_TOKENS, type Clock, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { RedisFindingLog } from './adapters/redis/redis-finding-log';
import { createGuardrailsRouters } from './api/guardrails.routers';
import { GuardrailSummary, ReviewReply } from './application/review-reply';
import type { FindingLog } from './ports/finding-log.port';
import { GUARDRAILS_TOKENS as T } from './guardrails.tokens';

export const guardrailsContainerModule = new ContainerModule(({ bind }) => {
  bind<FindingLog>(T.FindingLog)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisFindingLog(redis, guard), [KERNEL_TOKENS.Redis, KERNEL_TOKENS.TenantGuard])
    .inSingletonScope();
  bind<ReviewReply>(T.ReviewReply).toResolvedValue((log: FindingLog, clock: Clock) => new ReviewReply(log, clock), [T.FindingLog, KERNEL_TOKENS.Clock]).inSingletonScope();
  bind<GuardrailSummary>(T.Summary).toResolvedValue((log: FindingLog) => new GuardrailSummary(log), [T.FindingLog]).inSingletonScope();
  bind(T.Routers).toResolvedValue((summary: GuardrailSummary) => createGuardrailsRouters({ summary }), [T.Summary]).inSingletonScope();
});
