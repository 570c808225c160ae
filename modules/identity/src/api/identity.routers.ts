import { z } from 'zod';
import {
  clinicPublicProcedure,
  ClinicIdSchema,
  operatorProcedure,
  publicProcedure,
  router,
  staffAction,
  Unauthenticated,
  type AuditQuery,
  type HttpExchange,
  type RequestContext,
} from '@frontdesk/shared-kernel';
import {
  AcceptInviteInputSchema,
  ChallengeSchema,
  CreatePatientLinkInputSchema,
  EmailSchema,
  InviteRoleSchema,
  LoginInputSchema,
  PasswordSchema,
  TotpOrRecoveryCodeSchema,
} from '../index';
import type { AuditTrail } from '../application/audit-trail';
import type { Invites } from '../application/invites';
import type { Login } from '../application/login';
import type { PatientMagicLinks } from '../application/patient-magic-links';
import type { ClientInfo, IssuedSession, Sessions } from '../application/sessions';
import type { StaffAccounts } from '../application/staff-accounts';

export const SESSION_COOKIE = 'session';

export interface IdentityUseCases {
  login: Login;
  sessions: Sessions;
  invites: Invites;
  staffAccounts: StaffAccounts;
  auditTrail: AuditTrail;
  patientMagicLinks: PatientMagicLinks;
}

const client = (ctx: RequestContext): ClientInfo => ({ ip: ctx.http.ip, userAgent: ctx.http.userAgent, requestId: ctx.requestId });

function setSessionCookie(http: HttpExchange, session: IssuedSession | undefined) {
  if (session) http.writeCookie(SESSION_COOKIE, session.cookieValue, { maxAgeSeconds: session.maxAgeSeconds });
}

const AuditQuerySchema = z.object({
  actor: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  target: z.string().max(200).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

function toAuditQuery(input: z.infer<typeof AuditQuerySchema>): AuditQuery {
  return {
    limit: input.limit,
    ...(input.actor ? { actor: input.actor } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.target ? { target: input.target } : {}),
    ...(input.from ? { from: new Date(input.from) } : {}),
    ...(input.to ? { to: new Date(input.to) } : {}),
  };
}

export function createIdentityRouters(useCases: IdentityUseCases) {
  const { login, sessions, invites, staffAccounts, auditTrail, patientMagicLinks } = useCases;

  /** The caller's own session record (for logout, password change, session list). */
  const currentSession = async (ctx: RequestContext) => {
    const resolved = await sessions.resolve(ctx.http.readCookie(SESSION_COOKIE), ctx.requestId);
    if (!resolved) throw new Unauthenticated();
    return resolved.session;
  };

  const self = staffAction('account.self');

  return {
    public: router({
      /** Who is signed in on this browser, or null. */
      session: publicProcedure.query(async ({ ctx }) => {
        const actor = ctx.actor;
        if (actor.kind === 'operator') return staffAccounts.me(actor);
        if (actor.kind !== 'staff') return null;
        // The public surface opens no scope; a staff member's account lives in their clinic.
        return ctx.guard.run({ clinicId: actor.clinicId, actor, requestId: ctx.requestId }, () => staffAccounts.me(actor));
      }),
      login: publicProcedure.input(LoginInputSchema).mutation(async ({ ctx, input }) => {
        const outcome = await login.withPassword(input, client(ctx));
        setSessionCookie(ctx.http, outcome.session);
        return outcome.result;
      }),
      verifyMfa: publicProcedure.input(z.object({ challenge: ChallengeSchema, code: TotpOrRecoveryCodeSchema })).mutation(async ({ ctx, input }) => {
        const outcome = await login.withCode(input, client(ctx));
        setSessionCookie(ctx.http, outcome.session);
        return outcome.result;
      }),
      startMfaEnrolment: publicProcedure.input(z.object({ challenge: ChallengeSchema })).mutation(({ ctx, input }) => login.startEnrolment(input, client(ctx))),
      confirmMfaEnrolment: publicProcedure
        .input(z.object({ challenge: ChallengeSchema, code: TotpOrRecoveryCodeSchema }))
        .mutation(async ({ ctx, input }) => {
          const outcome = await login.confirmEnrolment(input, client(ctx));
          setSessionCookie(ctx.http, outcome.session);
          return { result: outcome.result, recoveryCodes: outcome.recoveryCodes };
        }),
      logout: publicProcedure.mutation(async ({ ctx }) => {
        const resolved = await sessions.resolve(ctx.http.readCookie(SESSION_COOKIE), ctx.requestId);
        if (resolved) await sessions.logout(resolved.session, resolved.actor, ctx.requestId);
        ctx.http.clearCookie(SESSION_COOKIE);
        return { signedOut: true };
      }),
      inviteDetails: clinicPublicProcedure
        .input(z.object({ token: z.string().max(100) }))
        .query(({ input }) => invites.describe(input.clinicId, input.token)),
      acceptInvite: clinicPublicProcedure.input(AcceptInviteInputSchema).mutation(({ ctx, input }) => invites.accept(input, ctx.requestId)),
    }),

    staff: router({
      me: self.query(({ ctx }) => staffAccounts.me(ctx.staff)),
      sessions: self.query(async ({ ctx }) => sessions.list({ kind: 'staff', clinicId: ctx.clinicId, userId: ctx.staff.id }, (await currentSession(ctx)).id)),
      endSession: self.input(z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/) })).mutation(async ({ ctx, input }) => {
        await sessions.end({ kind: 'staff', clinicId: ctx.clinicId, userId: ctx.staff.id }, input.sessionId, ctx.staff, ctx.requestId);
        return { ended: true };
      }),
      logoutEverywhere: self.mutation(async ({ ctx }) => {
        const ended = await sessions.endAll({ kind: 'staff', clinicId: ctx.clinicId, userId: ctx.staff.id }, ctx.staff, ctx.requestId, 'log out everywhere');
        ctx.http.clearCookie(SESSION_COOKIE);
        return { ended };
      }),
      changePassword: self.input(z.object({ currentPassword: PasswordSchema, newPassword: PasswordSchema })).mutation(async ({ ctx, input }) => {
        setSessionCookie(ctx.http, await staffAccounts.changePassword(ctx.staff, await currentSession(ctx), input, client(ctx)));
        return { changed: true };
      }),
      startMfa: self.mutation(({ ctx }) => staffAccounts.startMfa(ctx.staff)),
      confirmMfa: self.input(z.object({ code: TotpOrRecoveryCodeSchema })).mutation(async ({ ctx, input }) => {
        const { recoveryCodes, session } = await staffAccounts.confirmMfa(ctx.staff, await currentSession(ctx), input.code, client(ctx));
        setSessionCookie(ctx.http, session);
        return { recoveryCodes };
      }),
      disableMfa: self.input(z.object({ code: TotpOrRecoveryCodeSchema })).mutation(async ({ ctx, input }) => {
        setSessionCookie(ctx.http, await staffAccounts.disableMfa(ctx.staff, await currentSession(ctx), input.code, client(ctx)));
        return { disabled: true };
      }),
      team: staffAction('staff.manage').query(({ ctx }) => staffAccounts.listTeam(ctx.clinicId)),
      invite: staffAction('staff.manage')
        .input(z.object({ email: EmailSchema, role: InviteRoleSchema.exclude(['owner']) }))
        .mutation(({ ctx, input }) => invites.invite({ clinicId: ctx.clinicId, email: input.email, role: input.role }, ctx.staff, ctx.requestId)),
      pendingInvites: staffAction('staff.manage').query(({ ctx }) => invites.pending(ctx.clinicId)),
      revokeInvite: staffAction('staff.manage')
        .input(z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'is not an invite id') }))
        .mutation(async ({ ctx, input }) => {
          await invites.revoke(ctx.clinicId, input.id, ctx.staff, ctx.requestId);
          return { revoked: true };
        }),
      changeRole: staffAction('staff.manage')
        .input(z.object({ userId: z.string().min(1).max(64), role: InviteRoleSchema }))
        .mutation(async ({ ctx, input }) => {
          await staffAccounts.changeRole(ctx.clinicId, input.userId, input.role, ctx.staff, ctx.requestId);
          return { changed: true };
        }),
      setDisabled: staffAction('staff.manage')
        .input(z.object({ userId: z.string().min(1).max(64), disabled: z.boolean() }))
        .mutation(async ({ ctx, input }) => {
          await staffAccounts.setDisabled(ctx.clinicId, input.userId, input.disabled, ctx.staff, ctx.requestId);
          return { changed: true };
        }),
      securityPolicy: staffAction('staff.manage').query(({ ctx }) => staffAccounts.securityPolicy(ctx.clinicId)),
      setSecurityPolicy: staffAction('staff.manage')
        .input(z.object({ idleMinutes: z.number().int(), requireMfaForAllStaff: z.boolean() }))
        .mutation(async ({ ctx, input }) => {
          await staffAccounts.setSecurityPolicy(ctx.clinicId, input, ctx.staff, ctx.requestId);
          return { changed: true };
        }),
      auditLog: staffAction('audit.view').input(AuditQuerySchema).query(({ ctx, input }) => auditTrail.forClinic(ctx.clinicId, toAuditQuery(input))),
      patientLinks: router({
        /** A 15-minute, single-use sign-in link for a returning patient's web chat; the receptionist sends it. */
        create: staffAction('patient.magic_link')
          .input(CreatePatientLinkInputSchema)
          .mutation(async ({ ctx, input }) => {
            const link = await patientMagicLinks.create({ clinicId: ctx.clinicId, phone: input.phone, actor: ctx.staff, requestId: ctx.requestId });
            return { path: link.path, url: link.url, expiresAt: link.expiresAt };
          }),
      }),
    }),

    admin: router({
      me: operatorProcedure.query(({ ctx }) => staffAccounts.me(ctx.operator)),
      logoutEverywhere: operatorProcedure.mutation(async ({ ctx }) => {
        const ended = await sessions.endAll({ kind: 'operator', userId: ctx.operator.id }, ctx.operator, ctx.requestId, 'log out everywhere');
        ctx.http.clearCookie(SESSION_COOKIE);
        return { ended };
      }),
      inviteOwner: operatorProcedure.input(z.object({ clinicId: ClinicIdSchema, email: EmailSchema })).mutation(({ ctx, input }) =>
        ctx.guard.crossTenant(`invite the owner of ${input.clinicId}`, ctx.operator, ctx.requestId, () =>
          invites.invite({ clinicId: input.clinicId, email: input.email, role: 'owner' }, ctx.operator, ctx.requestId),
        ),
      ),
      auditLog: operatorProcedure
        .input(AuditQuerySchema.extend({ clinicId: ClinicIdSchema }))
        .query(({ ctx, input }) =>
          ctx.guard.crossTenant(`read the audit log of ${input.clinicId}`, ctx.operator, ctx.requestId, () => auditTrail.forClinic(input.clinicId, toAuditQuery(input))),
        ),
    }),
  };
}

export type IdentityRouters = ReturnType<typeof createIdentityRouters>;
