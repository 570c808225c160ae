import { Container } from 'inversify';
import {
  EventBus,
  KERNEL_TOKENS,
  RandomIdGenerator,
  TenantGuard,
  type Clock,
  type Logger,
  type TenantMode,
} from '@frontdesk/shared-kernel';
import { RedisAuditLog, type RedisClient } from '@frontdesk/shared-kernel/redis';
import { guardrailsContainerModule } from '@frontdesk/guardrails/server';
import { IDENTITY_TOKENS, identityContainerModule, type IdentitySettings } from '@frontdesk/identity/server';
import { schedulingContainerModule } from '@frontdesk/scheduling/server';
import { CONVERSATION_TOKENS, conversationContainerModule, type ConversationSettings } from '@frontdesk/conversation/server';
import { tenancyContainerModule } from '@frontdesk/tenancy/server';
import type { AppEvents } from './events';

export interface ContainerInputs {
  redis: RedisClient;
  logger: Logger;
  clock: Clock;
  tenantMode: TenantMode;
  identity: IdentitySettings;
  /** Channels and models; defaults: no Meta secrets (webhooks refused), the offline receptionist. */
  conversation?: ConversationSettings;
}

/** Every module's ContainerModule, in one list. Adding a module means adding it here. */
export const MODULES = [tenancyContainerModule, identityContainerModule, guardrailsContainerModule, schedulingContainerModule, conversationContainerModule];

/** The one container of the process. Modules never create their own singletons. */
export function buildContainer(inputs: ContainerInputs): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  const auditLog = new RedisAuditLog(inputs.redis);
  container.bind(KERNEL_TOKENS.Redis).toConstantValue(inputs.redis);
  container.bind(KERNEL_TOKENS.Logger).toConstantValue(inputs.logger);
  container.bind(KERNEL_TOKENS.Clock).toConstantValue(inputs.clock);
  container.bind(KERNEL_TOKENS.IdGenerator).toConstantValue(new RandomIdGenerator());
  container.bind(KERNEL_TOKENS.AuditLog).toConstantValue(auditLog);
  container
    .bind(KERNEL_TOKENS.TenantGuard)
    .toConstantValue(new TenantGuard({ mode: inputs.tenantMode, auditLog, logger: inputs.logger, clock: inputs.clock }));
  container.bind(KERNEL_TOKENS.EventBus).toConstantValue(new EventBus<AppEvents>(inputs.logger));
  container.bind(IDENTITY_TOKENS.Settings).toConstantValue(inputs.identity);
  container.bind(CONVERSATION_TOKENS.Settings).toConstantValue(inputs.conversation ?? { meta: { graphVersion: 'v21.0' } });
  container.load(...MODULES);
  return container;
}
