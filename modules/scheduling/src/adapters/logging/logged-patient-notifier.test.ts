import { describe, expect, it } from 'vitest';
import { clinicId, createLogger } from '@frontdesk/shared-kernel';
import { LoggedPatientNotifier } from './logged-patient-notifier';

describe('LoggedPatientNotifier', () => {
  it('logs the reminder with the patient phone masked', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    await new LoggedPatientNotifier(logger).sendReminder({
      clinicId: clinicId('cln_test'),
      patientRef: '+201001234567',
      appointmentId: 'apt_1',
      start: '2026-01-05T10:00:00.000Z',
      offsetMinutes: 120,
      version: 1,
      state: 'booked',
      doctorId: 'doc_a',
      serviceId: 'svc_checkup',
      branchId: null,
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ event: 'reminder_outbound', clinicId: 'cln_test', appointmentId: 'apt_1', offsetMinutes: 120, patient: '*********567' });
    expect(lines[0]).not.toContain('1001234');
  });

  it('logs a waitlist offer the same way', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    await new LoggedPatientNotifier(logger).sendWaitlistOffer({
      clinicId: clinicId('cln_test'),
      patientRef: '+201001234567',
      entryId: 'wl_1',
      appointmentId: 'apt_2',
      doctorId: 'doc_a',
      serviceId: 'svc_checkup',
      start: '2026-01-05T10:00:00.000Z',
      holdUntil: '2026-01-04T10:30:00.000Z',
    });
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ event: 'waitlist_offer_outbound', entryId: 'wl_1', appointmentId: 'apt_2', holdUntil: '2026-01-04T10:30:00.000Z', patient: '*********567' });
    expect(lines[0]).not.toContain('1001234');
  });
});
