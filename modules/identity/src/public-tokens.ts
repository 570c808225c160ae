/** Container tokens other modules inject (bound in identity.container.ts). */
export const IDENTITY_PUBLIC_TOKENS = {
  /** PatientSessions: open, resolve and end web-chat sessions; markVerified. */
  PatientSessions: Symbol.for('identity.PatientSessions'),
  /** PatientVerification: click-to-WhatsApp codes (start, matchInbound, status). */
  PatientVerification: Symbol.for('identity.PatientVerification'),
  /** PatientMagicLinks: sign-in links from the front desk (create, redeem). */
  PatientMagicLinks: Symbol.for('identity.PatientMagicLinks'),
} as const;
