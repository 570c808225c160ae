import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { signPayload, whatsappTextWebhook } from '@frontdesk/conversation/server';
import { clientAs, headerActors, startTestServer, type TestServer } from './support';

const APP_SECRET = 'guardrails-e2e-secret-0123456789';
const PHONE_NUMBER_ID = '300000000000003';

/**
 * Issue #6's pipeline proof: the offline receptionist answers from the
 * clinic's FAQ word for word, and two FAQ answers an owner wrote carelessly
 * make it produce medical advice and a phantom confirmation. With the default
 * settings (guardrails enforce, flagged replies reviewed) the patient receives
 * the replacements and the outbox holds the flagged originals.
 */
describe('guardrails in the inbound pipeline', () => {
  let server: TestServer;
  const clinicId = uniqueClinicId('e2e-guard');
  const client = (actor: string) => clientAs(server, actor);
  let n = 0;
  async function say(from: string, text: string) {
    const body = whatsappTextWebhook({ phoneNumberId: PHONE_NUMBER_ID, displayNumber: '+201000000003', from, text, id: `wamid.G${Date.now()}${++n}`, sentAt: new Date() });
    const answer = await fetch(`${server.baseUrl}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(body, APP_SECRET) }, body });
    expect(answer.status).toBe(200);
  }
  async function replies(phone: string, count: number): Promise<string[]> {
    for (let i = 0; i < 100; i++) {
      const { messages } = (await (await fetch(`${server.baseUrl}/dev/whatsapp/messages?phone=${encodeURIComponent(phone)}`)).json()) as { messages: { direction: string; text: string }[] };
      const out = messages.filter((m) => m.direction === 'out').map((m) => m.text);
      if (out.length >= count) return out;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no reply');
  }

  beforeAll(async () => {
    server = await startTestServer({ env: { META_APP_SECRET: APP_SECRET }, resolveActor: headerActors(clinicId) });
    await client('operator').admin.tenancy.registerClinic.mutate({ clinicId, name: 'Careful Dental', timezone: 'Africa/Cairo' });
    const owner = client('staff:owner');
    await owner.staff.tenancy.faq.create.mutate({ question: 'What should I take for tooth pain?', answer: 'Take 400 mg of ibuprofen every 6 hours until your visit.', language: 'en' });
    await owner.staff.tenancy.faq.create.mutate({ question: 'Do I need to arrive early?', answer: 'Yes. Your appointment is confirmed, so arrive 10 minutes early.', language: 'en' });
    await owner.staff.conversation.whatsapp.connect.mutate({ phoneNumberId: PHONE_NUMBER_ID, displayNumber: '+201000000003' });
  });
  afterAll(() => server.close());

  it('sends the replacements and holds the flagged originals in the outbox', async () => {
    const phone = '+201112224401';
    await say(phone, 'Hello');
    await replies(phone, 1);
    await say(phone, 'What should I take for tooth pain?');
    await say(phone, 'Do I need to arrive early?');
    const received = await replies(phone, 3);
    expect(received.join('\n')).not.toMatch(/ibuprofen|400 mg/i);
    expect(received.join('\n')).not.toMatch(/appointment is confirmed/i);

    const reception = client('staff:receptionist');
    const drafts = await reception.staff.conversation.outbox.list.query();
    const medical = drafts.find((d) => d.text.includes('ibuprofen'));
    const phantom = drafts.find((d) => d.text.includes('confirmed'));
    expect(medical).toMatchObject({ reason: 'flagged_original' });
    expect(medical!.findings.map((f) => f.kind)).toContain('medical_advice');
    expect(phantom).toMatchObject({ reason: 'flagged_original' });
    expect(phantom!.findings.map((f) => f.kind)).toContain('phantom_confirmation');

    // Medical advice puts the conversation in front of staff.
    const [conversation] = await reception.staff.conversation.list.query({ limit: 5 });
    expect(conversation).toMatchObject({ phone, needsAttention: true });
    const findings = await client('staff:owner').staff.guardrails.summary.query({ limit: 10 });
    expect(findings.counts).toMatchObject({ medical_advice: expect.any(Number), phantom_confirmation: expect.any(Number) });

    // A receptionist rejects one and edits the other; the edit is what the patient gets.
    await reception.staff.conversation.outbox.reject.mutate({ draftId: medical!.id });
    const sent = await reception.staff.conversation.outbox.edit.mutate({ draftId: phantom!.id, text: 'Please arrive 10 minutes before your appointment.' });
    expect(sent.text).toBe('Please arrive 10 minutes before your appointment.');
    expect((await replies(phone, 4)).at(-1)).toBe('Please arrive 10 minutes before your appointment.');
    await expect(reception.staff.conversation.outbox.approve.mutate({ draftId: medical!.id })).rejects.toMatchObject({ data: { domainCode: 'CONVERSATION.DRAFT_NOT_FOUND' } });
    const rates = await reception.staff.conversation.outbox.approvalRates.query();
    expect(rates.reviewSetting).toBe('flagged');
    expect(rates.rates.reduce((sum, r) => sum + r.decided, 0)).toBe(2);
    expect(rates.rates.reduce((sum, r) => sum + r.approvedUnchanged, 0)).toBe(0);
  });
});
