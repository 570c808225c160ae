import { afterAll, describe, expect, it } from 'vitest';
import { FakeClock, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { RedisConversationFeed } from '../adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { WHATSAPP_SERVICE_WINDOW_MS } from '../domain/conversation';
import type { OutboundMessage } from '../ports/outbound.port';
import { conversationIdFor } from './conversation-ids';
import { ConversationPatientNotifier, TEMPLATES } from './conversation-patient-notifier';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

const PHONE = '+201007771234';
const SECOND = 1_000;
const CATALOG = {
  profile: { status: 'active', name: 'Test Clinic', timezone: 'Africa/Cairo', defaultLanguage: 'ar' },
  doctors: [{ id: 'doc_1', name: 'Dr Salma', nameAr: 'د. سلمى' }],
  services: [{ id: 'svc_1', name: 'Cleaning', nameAr: 'تنظيف' }],
  branches: [],
} as unknown as ClinicCatalogSnapshot;

/**
 * A clinic whose patient last wrote (in English) at the clock's start, or never;
 * the notifier with that clock, the real store and feed, and the queued messages.
 */
async function setup(patientWrote: boolean) {
  const clinicId = uniqueClinicId('notifier') as ClinicId;
  const clock = new FakeClock('2026-01-01T09:00:00.000Z');
  const store = new RedisConversationStore(kit.redis, kit.guard);
  const queued: OutboundMessage[] = [];
  const conversationId = conversationIdFor(clinicId, 'whatsapp', PHONE);
  if (patientWrote) {
    await kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'test' }, () =>
      store.recordInbound({ clinicId, conversationId, channel: 'whatsapp', patientKey: PHONE, phone: PHONE, displayName: null, language: 'en', text: 'Hello', at: clock.now(), historyLimit: 30 }),
    );
  }
  const notifier = new ConversationPatientNotifier({ store, feed, outbound: { enqueue: async (m) => void queued.push(m) }, catalog: { getCatalog: async () => CATALOG }, guard: kit.guard, clock });
  const reminder = () =>
    notifier.sendReminder({ clinicId, patientRef: PHONE, appointmentId: 'apt_1', start: '2026-01-03T08:00:00.000Z', offsetMinutes: 1440, version: 1, state: 'booked', doctorId: 'doc_1', serviceId: 'svc_1', branchId: null });
  const offer = () =>
    notifier.sendWaitlistOffer({ clinicId, patientRef: PHONE, entryId: 'wl_1', appointmentId: 'apt_2', doctorId: 'doc_1', serviceId: 'svc_1', start: '2026-01-03T08:00:00.000Z', holdUntil: '2026-01-02T12:00:00.000Z' });
  return { clock, queued, reminder, offer, conversationId };
}

describe('ConversationPatientNotifier: text inside the 24-hour window, the approved template outside it', () => {
  const sends = [
    ['reminder', TEMPLATES.reminder, /^Reminder from Test Clinic: your Cleaning with Dr Salma is on (.+)\.\nReply 1 to confirm or 2 to cancel\.$/],
    ['waitlist offer', TEMPLATES.waitlistOffer, /^A Cleaning slot opened on (.+) and is held for you until (.+)\. Reply here to take it\.$/],
  ] as const;

  it.each(sends)('a %s 24 h - 1 s after the patient wrote goes out as free text', async (kind, _template, wording) => {
    const t = await setup(true);
    t.clock.advance(WHATSAPP_SERVICE_WINDOW_MS - SECOND);
    await (kind === 'reminder' ? t.reminder() : t.offer());
    expect(t.queued).toHaveLength(1);
    const [message] = t.queued;
    expect(message).toMatchObject({ conversationId: t.conversationId, channel: 'whatsapp', to: PHONE, author: 'system' });
    expect(message!.body.kind).toBe('text');
    expect(message!.body.kind === 'text' && message!.body.text).toMatch(wording);
  });

  it.each(sends)('a %s 24 h + 1 s after the patient wrote goes out as the approved template, in their language', async (kind, template) => {
    const t = await setup(true);
    t.clock.advance(WHATSAPP_SERVICE_WINDOW_MS + SECOND);
    await (kind === 'reminder' ? t.reminder() : t.offer());
    expect(t.queued).toHaveLength(1);
    const body = t.queued[0]!.body;
    if (body.kind !== 'template') throw new Error(`expected a template, got ${body.kind}`);
    expect({ name: body.name, languageCode: body.languageCode }).toEqual({ name: template, languageCode: 'en' });
    // Start 08:00Z and hold until 12:00Z are 10:00 and 14:00 in Cairo (UTC+2 in January).
    const start = expect.stringMatching(/^Saturday,? 3 January.* 10:00$/);
    const holdUntil = expect.stringMatching(/^Friday,? 2 January.* 14:00$/);
    expect(body.parameters).toEqual(kind === 'reminder' ? ['Cleaning', 'Dr Salma', start] : ['Cleaning', start, holdUntil]);
  });

  it('exactly 24 h after the patient wrote the window is closed: template', async () => {
    const t = await setup(true);
    t.clock.advance(WHATSAPP_SERVICE_WINDOW_MS);
    await t.reminder();
    expect(t.queued.map((m) => m.body.kind)).toEqual(['template']);
  });

  it('a patient who never wrote gets the template, in the clinic\'s default language', async () => {
    const t = await setup(false);
    await t.offer();
    const body = t.queued[0]!.body;
    expect(body).toMatchObject({ kind: 'template', name: TEMPLATES.waitlistOffer, languageCode: 'ar' });
    expect(body.kind === 'template' && body.parameters[0]).toBe('تنظيف');
  });
});
