import type { Container } from 'inversify';
import { KERNEL_TOKENS, type EventBus, type Logger } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { startDelayedJobWorker, type BullmqDelayedJobs } from './adapters/bullmq/bullmq-delayed-jobs';
import { HOLD_EXPIRY_JOB_KIND, type HoldExpiry } from './application/hold-expiry';
import { subscribeWaitlist, waitlistJobHandlers, type OfferExpired, type OfferFreedSlot } from './application/waitlist';
import { REMINDER_JOB_KIND, subscribeReminderPlanner, type ReminderPlanner, type SendReminder } from './application/reminders';
import type { SchedulingEvents } from './domain/events';
import type { DelayedJobHandler } from './ports/delayed-jobs.port';
import type { PatientNotifier } from './ports/patient-notifier.port';
import { SCHEDULING_PUBLIC_TOKENS } from './public-tokens';
import { SCHEDULING_TOKENS as T } from './scheduling.tokens';

export interface SchedulingBackground {
  close(): Promise<void>;
}

/**
 * What scheduling runs beside requests: event subscriptions that plan
 * reminders, hold ends and waitlist offers, and a worker for the durable delayed jobs. Every
 * server process may run one: a job goes to one worker at a time, and the
 * handlers claim their work in Redis.
 */
export function startSchedulingBackground(container: Container, extraHandlers: Record<string, DelayedJobHandler> = {}): SchedulingBackground {
  const bus = container.get<EventBus<SchedulingEvents>>(KERNEL_TOKENS.EventBus);
  const planner = container.get<ReminderPlanner>(T.ReminderPlanner);
  const holds = container.get<HoldExpiry>(T.HoldExpiry);
  const notifier = container.get<PatientNotifier>(SCHEDULING_PUBLIC_TOKENS.PatientNotifier);
  const unsubscribe = [
    subscribeReminderPlanner(bus, planner),
    bus.subscribe('AppointmentHeld', holds.onHeld),
    subscribeWaitlist(bus, container.get<OfferFreedSlot>(T.OfferFreedSlot)),
    // The offer reaches the patient through the same outbound port as reminders.
    bus.subscribe('WaitlistSlotOffered', (event) => {
      if (!event.clinicId) return;
      return notifier.sendWaitlistOffer({ clinicId: event.clinicId, ...event.payload });
    }),
  ];
  const worker = startDelayedJobWorker({
    connection: container.get<RedisClient>(KERNEL_TOKENS.Redis),
    logger: container.get<Logger>(KERNEL_TOKENS.Logger),
    handlers: {
      [REMINDER_JOB_KIND]: container.get<SendReminder>(T.SendReminder).handle,
      [HOLD_EXPIRY_JOB_KIND]: holds.handle,
      ...waitlistJobHandlers(container.get<OfferExpired>(T.OfferExpired)),
      ...extraHandlers,
    },
  });
  return {
    async close() {
      for (const off of unsubscribe) off();
      await worker.close();
      await container.get<BullmqDelayedJobs>(T.DelayedJobs).close();
    },
  };
}
