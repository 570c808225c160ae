import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { Actor } from '@frontdesk/shared-kernel';
import type { AppRouter } from '../src/index';
import { startTestServer, type TestServer } from './support';

const operator: Actor = { kind: 'operator', id: 'op_e2e' };

function clientFor(server: TestServer, headers: Record<string, string> = {}) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${server.baseUrl}/trpc`, headers: { 'x-frontdesk-csrf': '1', ...headers } })],
  });
}

describe('the server over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Tests stand in for the identity module: a header picks the actor. Production code has no such path.
    server = await startTestServer({
      resolveActor: (_http, req) => {
        const who = req.headers['x-test-actor'];
        if (who === 'operator') return operator;
        if (typeof who === 'string' && who.startsWith('staff:')) {
          return { kind: 'staff', id: 'usr_1', clinicId: who.slice(6) as never, role: 'owner' };
        }
        return { kind: 'anonymous' };
      },
    });
  });
  afterAll(() => server.close());

  it('answers public.health through the typed client', async () => {
    const health = await clientFor(server).public.health.query();
    expect(health).toMatchObject({ status: 'ok', service: 'frontdesk' });
    expect(Date.parse(health.time)).not.toBeNaN();
  });

  it('serves the seeded demo clinic profile inside its tenant scope', async () => {
    const profile = await clientFor(server).public.tenancy.clinicProfile.query({ clinicId: server.demoClinicId });
    expect(profile).toEqual({ id: 'demo-clinic', name: 'Nile Dental Care', timezone: 'Africa/Cairo', defaultLanguage: 'en', currency: 'EGP', status: 'active' });
  });

  it('maps a missing clinic to NOT_FOUND with the domain code', async () => {
    const error = await clientFor(server)
      .public.tenancy.clinicProfile.query({ clinicId: 'no-such-clinic' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404, domainCode: 'TENANCY.CLINIC_NOT_FOUND' });
  });

  it('refuses bad input with a message naming the field', async () => {
    const error = (await clientFor(server)
      .public.tenancy.clinicProfile.query({ clinicId: 'Bad Id!' })
      .catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/^Invalid input: clinicId: must be a clinic id/);
    expect(error.data?.issues?.[0]?.path).toBe('clinicId');
  });

  it('keeps staff and operator surfaces closed to anonymous callers', async () => {
    const client = clientFor(server);
    await expect(client.staff.tenancy.myClinic.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
    await expect(client.admin.tenancy.listClinics.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
    const staff = clientFor(server, { 'x-test-actor': `staff:${server.demoClinicId}` });
    await expect(staff.admin.tenancy.listClinics.query()).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it('scopes staff to their own clinic, whatever they ask for', async () => {
    const staff = clientFor(server, { 'x-test-actor': `staff:${server.demoClinicId}` });
    expect((await staff.staff.tenancy.myClinic.query()).id).toBe('demo-clinic');
  });

  it('lets an operator register and list clinics, auditing the cross-clinic read', async () => {
    const admin = clientFor(server, { 'x-test-actor': 'operator', 'x-request-id': 'e2e-list-clinics-0001' });
    const id = uniqueClinicId('e2e');
    await admin.admin.tenancy.registerClinic.mutate({ clinicId: id, name: 'Delta Physio', timezone: 'Africa/Cairo' });
    const clinics = await admin.admin.tenancy.listClinics.query();
    expect(clinics.map((c) => c.id)).toEqual(expect.arrayContaining([id, 'demo-clinic']));
    const audit = await server.platform.redis.xrevrange('g:audit', '+', '-', 'COUNT', 50);
    const fields = audit.map(([, f]) => f.join('|'));
    expect(fields.some((f) => f.includes('requestId|e2e-list-clinics-0001') && f.includes('operator:op_e2e'))).toBe(true);
    await expect(
      admin.admin.tenancy.registerClinic.mutate({ clinicId: id, name: 'Again', timezone: 'UTC' }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT', domainCode: 'TENANCY.CLINIC_EXISTS' } });
  });

  it('answers health, readiness and request ids over plain HTTP', async () => {
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.baseUrl}/readyz`, { headers: { 'x-request-id': 'probe-request-0001' } });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(ready.headers.get('x-request-id')).toBe('probe-request-0001');
    const fresh = await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a state change without the CSRF header', async () => {
    const response = await fetch(`${server.baseUrl}/trpc/admin.tenancy.registerClinic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-actor': 'operator' },
      body: JSON.stringify({ clinicId: uniqueClinicId('csrf'), name: 'Forged', timezone: 'UTC' }),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('x-frontdesk-csrf');
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBeTruthy();
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('lets only the patient chat be framed (embedding), not the staff or operator apps', async () => {
    const chat = await fetch(`${server.baseUrl}/chat/`);
    expect(chat.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(chat.headers.get('x-frame-options')).toBeNull();
    // The embed script is loaded by other sites; everything else stays same-origin.
    const embed = await fetch(`${server.baseUrl}/chat/embed.js`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await fetch(`${server.baseUrl}/staff/`)).headers.get('cross-origin-resource-policy')).toBe('same-origin');
    for (const path of ['/staff/', '/admin/']) {
      const page = await fetch(`${server.baseUrl}${path}`);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ clinicId: 'x'.repeat(2 * 1024 * 1024) });
    const response = await fetch(`${server.baseUrl}/trpc/admin.tenancy.registerClinic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-frontdesk-csrf': '1' },
      body: big,
    });
    expect(response.status).toBe(413);
  });
});
