/** For the composition root (apps/server) only. */
export { identityContainerModule, type IdentitySettings } from './identity.container';
export { IDENTITY_TOKENS } from './identity.tokens';
export { IDENTITY_PUBLIC_TOKENS } from './public-tokens';
export { SESSION_COOKIE, type IdentityRouters } from './api/identity.routers';
export type { Sessions } from './application/sessions';
export type { AccountProvisioning } from './application/account-provisioning';
export type { Invites } from './application/invites';
