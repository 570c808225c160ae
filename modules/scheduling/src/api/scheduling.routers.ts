import { z } from 'zod';
import { patientProcedure, publicProcedure, router, staffAction, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { BookAppointmentInputSchema, type BookAppointment } from '../application/book-appointment';
import { CalendarQuerySchema, type ListAppointments } from '../application/calendar';
import { ChangeAppointmentInputSchema, RescheduleInputSchema, type ChangeAppointment } from '../application/change-appointment';
import type { DoctorScope } from '../application/doctor-scope';
import type { FindSlots } from '../application/find-slots';
import { UpsertPatientInputSchema } from '../application/patient-inputs';
import { clinicOfLink, type PatientLinks } from '../application/patient-links';
import type { EditSchedulingConfig, SchedulingConfigReader } from '../application/scheduling-config';
import { SlotQuerySchema } from '../application/slot-query';
import { DoctorAvailabilitySchema, HolidaySchema, SchedulingSettingsPatchSchema } from '../contracts';
import type { Appointment } from '../ports/appointment-store.port';
import { createPatientsRouter, type PatientUseCases } from './patients.router';
import { createCalendarFeedsRouter } from './calendar-feeds.router';
import type { CalendarFeeds } from '../application/calendar-feeds';
import {
  JoinWaitlistInputSchema,
  ListWaitlistInputSchema,
  WaitlistEntryInputSchema,
  type AcceptOffer,
  type DeclineOffer,
  type JoinWaitlist,
  type LeaveWaitlist,
  type ListWaitlist,
} from '../application/waitlist';

export interface WaitlistUseCases {
  join: JoinWaitlist;
  list: ListWaitlist;
  accept: AcceptOffer;
  decline: DeclineOffer;
  leave: LeaveWaitlist;
}

export interface SchedulingUseCases {
  config: SchedulingConfigReader;
  editConfig: EditSchedulingConfig;
  findSlots: FindSlots;
  book: BookAppointment;
  changes: ChangeAppointment;
  calendar: ListAppointments;
  links: PatientLinks;
  patients: PatientUseCases;
  calendarFeeds: CalendarFeeds;
  waitlist: WaitlistUseCases;
  doctorScope: DoctorScope;
}

/** What every surface sends for an appointment: ISO instants, no internal fields. */
export function appointmentView(a: Appointment) {
  return {
    id: a.id,
    doctorId: a.doctorId,
    serviceId: a.serviceId,
    branchId: a.branchId ?? null,
    patientRef: a.patientRef,
    start: a.start.toISOString(),
    end: a.end.toISOString(),
    state: a.state,
    holdUntil: a.holdUntil?.toISOString() ?? null,
    holdPurpose: a.holdPurpose ?? null,
    changeReason: a.changeReason ?? null,
    version: a.version,
  };
}
export type AppointmentView = ReturnType<typeof appointmentView>;

const changed = (result: { appointment: Appointment; changed: boolean }) => ({ appointment: appointmentView(result.appointment), changed: result.changed });
const LinkInput = z.object({ token: z.string().min(10).max(200) });

export function createSchedulingRouters(u: SchedulingUseCases) {
  /** Staff act on the whole clinic, a doctor's account only on that doctor's appointments. */
  const staffScope = async (ctx: { staff: Actor; clinicId: ClinicId; requestId: string }) => {
    const doctorId = await u.doctorScope.restrictionFor(ctx.clinicId, ctx.staff);
    return { actor: ctx.staff, requestId: ctx.requestId, ...(doctorId ? { doctorId } : {}) };
  };
  // The patient's phone comes from their verified session, never from the input.
  const patientScope = (ctx: { patient: Actor & { id: string }; requestId: string }) => ({ actor: ctx.patient, requestId: ctx.requestId, patientRef: ctx.patient.id });
  return {
    staff: router({
      patients: createPatientsRouter(u.patients),
      calendarFeeds: createCalendarFeedsRouter(u.calendarFeeds),
      waitlist: router({
        list: staffAction('schedule.view')
          .input(ListWaitlistInputSchema)
          .query(async ({ ctx, input }) => {
            const own = await u.doctorScope.restrictionFor(ctx.clinicId, ctx.staff);
            const places = await u.waitlist.list.forService(ctx.clinicId, input);
            return own ? places.filter((p) => p.entry.doctorId === own) : places;
          }),
        /** On behalf of a patient (patientRef = their E.164 phone). */
        join: staffAction('booking.manage')
          .input(JoinWaitlistInputSchema.required({ patientRef: true }))
          .mutation(async ({ ctx, input }) => u.waitlist.join.execute(ctx.clinicId, await staffScope(ctx), input)),
        remove: staffAction('booking.manage')
          .input(WaitlistEntryInputSchema)
          .mutation(async ({ ctx, input }) => u.waitlist.leave.execute(ctx.clinicId, await staffScope(ctx), input)),
      }),
      config: staffAction('schedule.view').query(async ({ ctx }) => {
        const config = await u.config.get(ctx.clinicId);
        return { settings: config.settings, doctors: config.doctors, holidays: config.holidays, staffDoctors: config.staffDoctors, revision: config.revision };
      }),
      updateSettings: staffAction('catalog.edit')
        .input(SchedulingSettingsPatchSchema)
        .mutation(async ({ ctx, input }) => (await u.editConfig.updateSettings(ctx.clinicId, ctx.staff, ctx.requestId, input)).settings),
      setAvailability: staffAction('catalog.edit')
        .input(DoctorAvailabilitySchema)
        .mutation(async ({ ctx, input }) => (await u.editConfig.setDoctorAvailability(ctx.clinicId, ctx.staff, ctx.requestId, input)).doctors[input.id]!),
      /** Which doctor entry a staff account is: a doctor's account then sees only that doctor's schedule and patients. */
      linkStaffDoctor: staffAction('staff.manage')
        .input(z.object({ userId: z.string().min(2).max(64), doctorId: z.string().min(2).max(64).nullable() }))
        .mutation(async ({ ctx, input }) => (await u.editConfig.linkStaffToDoctor(ctx.clinicId, ctx.staff, ctx.requestId, input)).staffDoctors),
      setHolidays: staffAction('catalog.edit')
        .input(z.object({ holidays: z.array(HolidaySchema).max(200) }))
        .mutation(async ({ ctx, input }) => (await u.editConfig.setHolidays(ctx.clinicId, ctx.staff, ctx.requestId, input.holidays)).holidays),
      slots: staffAction('schedule.view')
        .input(SlotQuerySchema)
        .query(({ ctx, input }) => u.findSlots.execute(ctx.clinicId, input, ctx.staff)),
      calendar: staffAction('schedule.view')
        .input(CalendarQuerySchema)
        .query(async ({ ctx, input }) => {
          const own = await u.doctorScope.restrictionFor(ctx.clinicId, ctx.staff);
          const result = await u.calendar.execute(ctx.clinicId, own ? { ...input, doctorId: own } : input);
          return { ...result, appointments: result.appointments.map(appointmentView) };
        }),
      appointment: staffAction('schedule.view')
        .input(z.object({ appointmentId: z.string().min(1).max(64) }))
        .query(async ({ ctx, input }) => appointmentView(await u.changes.load(ctx.clinicId, await staffScope(ctx), input.appointmentId))),
      patientAppointments: staffAction('patient.view')
        .input(z.object({ patientRef: z.string().min(1).max(128) }))
        .query(async ({ ctx, input }) =>
          (await u.calendar.historyOf(ctx.clinicId, input.patientRef, await u.doctorScope.restrictionFor(ctx.clinicId, ctx.staff))).map(appointmentView),
        ),
      /**
       * Books for a patient named by phone (any local or international form): the
       * patient record is found or created first, and the appointment carries its E.164.
       */
      book: staffAction('booking.manage')
        .input(BookAppointmentInputSchema.omit({ patientRef: true }).extend({ patient: UpsertPatientInputSchema }))
        .mutation(async ({ ctx, input }) => {
          const { patient, ...booking } = input;
          const record = await u.patients.upsertPatient.execute(ctx.clinicId, patient, ctx.staff, ctx.requestId);
          const result = await u.book.execute(ctx.clinicId, { ...booking, patientRef: record.patient.phone }, ctx.staff);
          return { appointment: appointmentView(result.appointment), replayed: result.replayed };
        }),
      reschedule: staffAction('booking.manage')
        .input(RescheduleInputSchema)
        .mutation(async ({ ctx, input }) => changed(await u.changes.reschedule(ctx.clinicId, await staffScope(ctx), input))),
      cancel: staffAction('booking.manage')
        .input(ChangeAppointmentInputSchema)
        .mutation(async ({ ctx, input }) => changed(await u.changes.cancel(ctx.clinicId, await staffScope(ctx), input))),
      confirm: staffAction('booking.manage')
        .input(ChangeAppointmentInputSchema)
        .mutation(async ({ ctx, input }) => changed(await u.changes.confirm(ctx.clinicId, await staffScope(ctx), input))),
      accept: staffAction('booking.manage')
        .input(ChangeAppointmentInputSchema)
        .mutation(async ({ ctx, input }) => changed(await u.changes.acceptRequest(ctx.clinicId, await staffScope(ctx), input))),
      decline: staffAction('booking.manage')
        .input(ChangeAppointmentInputSchema)
        .mutation(async ({ ctx, input }) => changed(await u.changes.declineRequest(ctx.clinicId, await staffScope(ctx), input))),
      complete: staffAction('appointment.attend')
        .input(ChangeAppointmentInputSchema)
        .mutation(async ({ ctx, input }) => changed(await u.changes.complete(ctx.clinicId, await staffScope(ctx), input))),
      noShow: staffAction('appointment.attend')
        .input(ChangeAppointmentInputSchema)
        .mutation(async ({ ctx, input }) => changed(await u.changes.markNoShow(ctx.clinicId, await staffScope(ctx), input))),
    }),
    patient: router({
      /** The verified patient's own upcoming appointments; the phone comes from the session, never the input. */
      upcoming: patientProcedure.query(async ({ ctx }) => (await u.calendar.upcomingFor(ctx.clinicId, ctx.patient.id)).map(appointmentView)),
      waitlist: router({
        mine: patientProcedure.query(({ ctx }) => u.waitlist.list.forPatient(ctx.clinicId, patientScope(ctx))),
        join: patientProcedure
          .input(JoinWaitlistInputSchema.omit({ patientRef: true }))
          .mutation(({ ctx, input }) => u.waitlist.join.execute(ctx.clinicId, patientScope(ctx), input)),
        leave: patientProcedure.input(WaitlistEntryInputSchema).mutation(({ ctx, input }) => u.waitlist.leave.execute(ctx.clinicId, patientScope(ctx), input)),
        accept: patientProcedure.input(WaitlistEntryInputSchema).mutation(({ ctx, input }) => u.waitlist.accept.execute(ctx.clinicId, patientScope(ctx), input)),
        decline: patientProcedure.input(WaitlistEntryInputSchema).mutation(({ ctx, input }) => u.waitlist.decline.execute(ctx.clinicId, patientScope(ctx), input)),
      }),
    }),
    public: router({
      /** A link sent to a patient: shows the appointment while the link is valid, without using it up. */
      // The link names its clinic; that clinic is the tenant scope of the call.
      link: publicProcedure
        .input(LinkInput)
        .query(({ ctx, input }) =>
          ctx.guard.run({ clinicId: clinicOfLink(input.token), actor: ctx.actor, requestId: ctx.requestId }, async () =>
            appointmentView(await u.links.view(input.token)),
          ),
        ),
      useLink: publicProcedure
        .input(LinkInput.extend({ action: z.enum(['confirm', 'cancel']) }))
        .mutation(({ ctx, input }) =>
          ctx.guard.run({ clinicId: clinicOfLink(input.token), actor: ctx.actor, requestId: ctx.requestId }, async () =>
            changed(await u.links.use(input.token, input.action, ctx.requestId)),
          ),
        ),
    }),
  };
}

export type SchedulingRouters = ReturnType<typeof createSchedulingRouters>;
