/** Identity's own container tokens. The patient-identity facades other modules inject are IDENTITY_PUBLIC_TOKENS (public-tokens.ts). */
export const IDENTITY_TOKENS = {
  /** IdentitySettings, bound by the composition root from the environment. */
  Settings: Symbol.for('identity.Settings'),
  Deps: Symbol.for('identity.Deps'),
  Sessions: Symbol.for('identity.Sessions'),
  Login: Symbol.for('identity.Login'),
  Invites: Symbol.for('identity.Invites'),
  StaffAccounts: Symbol.for('identity.StaffAccounts'),
  AuditTrail: Symbol.for('identity.AuditTrail'),
  Provisioning: Symbol.for('identity.AccountProvisioning'),
  Routers: Symbol.for('identity.Routers'),
} as const;
