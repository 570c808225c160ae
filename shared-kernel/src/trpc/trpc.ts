import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Actor } from '../actor';
import { DomainError, Forbidden, RateLimited, toTrpcCode, Unauthenticated } from '../errors';
import { roleMay, type Permission } from '../permissions';
import { clinicId as toClinicId, type ClinicId } from '../ids';
import type { Logger } from '../logger';
import type { TenantGuard } from '../tenant-context';

export interface CookieOptions {
  /** Lifetime of the cookie in the browser; omit for a browser-session cookie. */
  maxAgeSeconds?: number;
}

/**
 * The HTTP exchange as procedures may see it. Cookie names are logical
 * (`staff_session`); the host adds the __Host- prefix, Secure, HttpOnly,
 * SameSite=Lax and the HMAC signature, and returns only verified values.
 */
export interface HttpExchange {
  /** Client IP: the socket peer, or X-Forwarded-For only behind a trusted proxy. */
  ip: string;
  userAgent: string;
  readCookie(name: string): string | undefined;
  writeCookie(name: string, value: string, options?: CookieOptions): void;
  clearCookie(name: string): void;
}

/** What every procedure sees. Built per request by the HTTP host. */
export interface RequestContext {
  requestId: string;
  actor: Actor;
  http: HttpExchange;
  guard: TenantGuard;
  logger: Logger;
  /** Production hides internal messages and stack traces from clients. */
  production: boolean;
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. Quote the request id if you contact support.';

interface IssueLike {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[];
  message: string;
}

function issuesOf(cause: unknown): { path: string; message: string }[] | undefined {
  if (!cause || typeof cause !== 'object' || !('issues' in cause) || !Array.isArray(cause.issues)) return undefined;
  return (cause.issues as IssueLike[]).map((issue) => ({
    path: (issue.path ?? []).map((p) => (typeof p === 'object' && p !== null && 'key' in p ? String(p.key) : String(p))).join('.'),
    message: issue.message,
  }));
}

/** Procedure metadata: the permission a staff procedure needs (checked by staffAction and by the role-walk test). */
export interface ProcedureMeta {
  permission?: Permission;
}

const t = initTRPC.context<RequestContext>().meta<ProcedureMeta>().create({
  errorFormatter({ shape, error, ctx }) {
    const production = ctx?.production ?? true;
    const issues = error.code === 'BAD_REQUEST' ? issuesOf(error.cause) : undefined;
    const domainCode = error.cause instanceof DomainError ? error.cause.code : undefined;
    // A domain rule may name the offending field so forms can show the message beside it.
    const field = error.cause instanceof DomainError && typeof error.cause.details?.field === 'string' ? error.cause.details.field : undefined;
    // A rate limit says when to try again, so clients can tell the user.
    const retryAfterSeconds = error.cause instanceof RateLimited ? error.cause.retryAfterSeconds : undefined;
    const { stack, ...data } = shape.data;
    let message = shape.message;
    if (issues) message = `Invalid input: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`;
    if (production && error.code === 'INTERNAL_SERVER_ERROR') message = INTERNAL_MESSAGE;
    return {
      ...shape,
      message,
      data: {
        ...data,
        ...(production ? {} : { stack }),
        requestId: ctx?.requestId,
        domainCode,
        field,
        issues,
        retryAfterSeconds,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** The one place DomainErrors become tRPC errors; unexpected ones are logged with the request id. */
const mapErrors = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) {
      throw new TRPCError({ code: toTrpcCode(cause), message: cause.message, cause });
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      ctx.logger.error({ err: cause ?? result.error, path, requestId: ctx.requestId }, 'procedure failed');
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const ClinicIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, 'must be a clinic id (lowercase letters, digits, _ or -)')
  .transform((value) => toClinicId(value));

/** Anonymous callers acting on one clinic's public face (the patient web chat before verification). */
export const clinicPublicProcedure = publicProcedure
  .input(z.object({ clinicId: ClinicIdSchema }))
  .use(({ ctx, input, next }) =>
    ctx.guard.run({ clinicId: input.clinicId, actor: ctx.actor, requestId: ctx.requestId }, () => next()),
  );

function staffOf(actor: Actor): Extract<Actor, { kind: 'staff' }> {
  if (actor.kind === 'anonymous') throw new Unauthenticated();
  if (actor.kind !== 'staff') throw new Forbidden('This is for clinic staff');
  return actor;
}

/** Signed-in clinic staff; the tenant scope is their own clinic, never one from the input. */
export const staffProcedure = publicProcedure.use(({ ctx, next }) => {
  const staff = staffOf(ctx.actor);
  return ctx.guard.run({ clinicId: staff.clinicId, actor: staff, requestId: ctx.requestId }, () =>
    next({ ctx: { staff, clinicId: staff.clinicId as ClinicId } }),
  );
});

/** A verified patient; the tenant scope is the clinic they verified with. */
export const patientProcedure = publicProcedure.use(({ ctx, next }) => {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') throw new Unauthenticated('Verify your phone number to continue', 'IDENTITY.NOT_VERIFIED');
  if (actor.kind !== 'patient') throw new Forbidden('This is for patients');
  return ctx.guard.run({ clinicId: actor.clinicId, actor, requestId: ctx.requestId }, () =>
    next({ ctx: { patient: actor, clinicId: actor.clinicId } }),
  );
});

/** Platform operators. No tenant scope: cross-clinic work must go through guard.crossTenant(). */
export const operatorProcedure = publicProcedure.use(({ ctx, next }) => {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') throw new Unauthenticated();
  if (actor.kind !== 'operator') throw new Forbidden('This is for platform operators');
  return next({ ctx: { operator: actor } });
});

/** A staff procedure that needs one permission of the matrix; the permission is also recorded as metadata. */
export function staffAction(permission: Permission) {
  return staffProcedure.meta({ permission }).use(({ ctx, next }) => {
    if (!roleMay(ctx.staff.role, permission)) throw new Forbidden(`Your role (${ctx.staff.role}) cannot do this`, 'IDENTITY.ROLE_FORBIDDEN');
    return next();
  });
}
