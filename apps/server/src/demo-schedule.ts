import { randomBytes } from 'node:crypto';
import type { Container } from 'inversify';
import { DomainError, KERNEL_TOKENS, type Actor, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { IDENTITY_TOKENS } from '@frontdesk/identity/server';
import type { DoctorAvailability, TimeRange, WeeklyHours } from '@frontdesk/scheduling';
import { SCHEDULING_TOKENS, type BookAppointment, type EditSchedulingConfig } from '@frontdesk/scheduling/server';
import type { ClinicCatalog } from '@frontdesk/tenancy';
import { TENANCY_TOKENS, type CreateCatalogEntry } from '@frontdesk/tenancy/server';

/**
 * The demo clinic's schedule for `npm start` (called by seedDemo in
 * platform.ts after the clinic and its logins exist): a catalog, doctors'
 * hours, the demo doctor's login linked to its doctor entry, patients, and a
 * handful of visits today and tomorrow, all through the modules' use cases.
 */

const DEMO_WEEK = ['sat', 'sun', 'mon', 'tue', 'wed', 'thu'] as const;
const everyDay = (days: readonly string[], ranges: TimeRange[]): WeeklyHours => Object.fromEntries(days.map((day) => [day, ranges]));

/** The demo clinic's catalog, made once, when the clinic has none (an owner's later edits are kept). */
const DEMO_CATALOG = {
  branches: [
    {
      key: 'zamalek',
      name: 'Zamalek',
      nameAr: 'الزمالك',
      address: '12 Brazil Street, Zamalek, Cairo',
      phone: '+20233350000',
      openingHours: { ...everyDay(DEMO_WEEK, [{ from: '09:00', to: '21:00' }]), fri: [] },
    },
    {
      key: 'maadi',
      name: 'Maadi',
      nameAr: 'المعادي',
      address: '9 Road 233, Degla, Maadi, Cairo',
      phone: '+20225250000',
      openingHours: { ...everyDay(DEMO_WEEK, [{ from: '10:00', to: '21:00' }]), fri: [{ from: '15:00', to: '21:00' }] },
    },
  ],
  services: [
    { key: 'checkup', name: 'Check-up', nameAr: 'كشف', durationMinutes: 30, bufferMinutes: 10, priceMinor: 30_000 },
    { key: 'scaling', name: 'Scaling and polishing', nameAr: 'تنظيف الجير', durationMinutes: 45, bufferMinutes: 15, priceMinor: 60_000 },
    { key: 'braces', name: 'Braces consultation', nameAr: 'استشارة تقويم', durationMinutes: 30, bufferMinutes: 0, priceMinor: 40_000, depositMinor: 10_000 },
    { key: 'rootcanal', name: 'Root canal', nameAr: 'علاج العصب', durationMinutes: 60, bufferMinutes: 15, priceMinor: 150_000 },
  ],
  /** Each doctor's weekly hours per branch (clinic-local), set through the scheduling use case. */
  doctors: [
    {
      key: 'karim',
      name: 'Dr. Karim Nabil',
      nameAr: 'د. كريم نبيل',
      specialty: 'General dentistry',
      branches: {
        zamalek: everyDay(['sat', 'mon', 'wed'], [{ from: '10:00', to: '14:00' }, { from: '17:00', to: '21:00' }]),
        maadi: { ...everyDay(['sun', 'tue', 'thu'], [{ from: '10:00', to: '14:00' }, { from: '17:00', to: '21:00' }]), fri: [{ from: '16:00', to: '21:00' }] },
      },
      breaks: undefined,
    },
    {
      key: 'salma',
      name: 'Dr. Salma Farouk',
      nameAr: 'د. سلمى فاروق',
      specialty: 'Orthodontics',
      branches: { zamalek: everyDay(DEMO_WEEK, [{ from: '09:00', to: '13:00' }, { from: '16:00', to: '20:00' }]) },
      breaks: undefined,
    },
    {
      key: 'hany',
      name: 'Dr. Hany Mostafa',
      nameAr: 'د. هاني مصطفى',
      specialty: 'Endodontics',
      branches: { maadi: { ...everyDay(DEMO_WEEK, [{ from: '11:00', to: '20:00' }]), fri: [{ from: '15:00', to: '21:00' }] } },
      breaks: everyDay(DEMO_WEEK, [{ from: '14:00', to: '14:30' }]),
    },
  ] as { key: string; name: string; nameAr: string; specialty: string; branches: Record<string, WeeklyHours>; breaks: WeeklyHours | undefined }[],
};

/** The demo doctor's login sees this doctor entry's schedule. */
const DEMO_DOCTOR_LINK = { email: 'doctor@demo-clinic.test', doctor: 'karim' } as const;

const DEMO_PATIENTS = [
  { phone: '+201001234501', name: 'Youssef Kamal', language: 'en' },
  { phone: '+201112345602', name: 'مريم عادل', language: 'ar' },
  { phone: '+201223456703', name: 'Omar Khaled', language: 'ar' },
  { phone: '+201512345604', name: 'نورا حسن', language: 'ar' },
  { phone: '+201005678905', name: 'Laila Mostafa', language: 'en' },
  { phone: '+201114567806', name: 'Ahmed Samir', language: 'ar' },
] as const;

/**
 * Visits booked for today and tomorrow: `at` picks a free time that far
 * through the doctor's free times of the day, so a start late in the day
 * still books what is left. `request` books as the patient, for a service
 * that needs approval, so Today shows a request to accept or decline.
 */
const DEMO_VISITS = [
  { label: 'a', doctor: 'karim', service: 'checkup', patient: 0, at: 0.1 },
  { label: 'b', doctor: 'salma', service: 'braces', patient: 1, at: 0.25, confirm: true },
  { label: 'c', doctor: 'hany', service: 'rootcanal', patient: 2, at: 0.4 },
  { label: 'd', doctor: 'karim', service: 'scaling', patient: 3, at: 0.55, confirm: true },
  { label: 'e', doctor: 'salma', service: 'checkup', patient: 4, at: 0.7 },
  { label: 'f', doctor: 'salma', service: 'braces', patient: 5, at: 0.9, request: true },
] as const;

/** What the seed needs of use cases whose classes the scheduling module does not export. */
interface DemoSchedulingUseCases {
  reader: { get(clinicId: ClinicId): Promise<{ doctors: Record<string, unknown>; staffDoctors: Record<string, string> }> };
  findSlots: { execute(clinicId: ClinicId, query: { serviceId: string; from: string; to: string; doctorId: string; limit: number }, actor: Actor): Promise<{ start: string; branchId: string }[]> };
  changes: { confirm(clinicId: ClinicId, scope: { actor: Actor; requestId: string }, input: { appointmentId: string }): Promise<unknown> };
  patients: { upsertPatient: { execute(clinicId: ClinicId, input: { phone: string; name: string; language: 'ar' | 'en' }, actor: Actor, requestId: string): Promise<unknown> } };
  team: { listTeam(clinicId: ClinicId): Promise<{ id: string; email: string }[]> };
}

/** Today's date on the clinic's calendar, and the next. */
function demoDates(timezone: string, now: Date): [string, string] {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = format.format(now);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return [today, tomorrow];
}

/** Only one process seeds at a time (several test servers share one Redis); the others wait, then find the work done. */
async function withDemoSeedLock(container: Container, clinicId: ClinicId, work: () => Promise<void>): Promise<void> {
  const redis = container.get<RedisClient>(KERNEL_TOKENS.Redis);
  const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
  const key = guard.run({ clinicId, actor: { kind: 'system', id: 'demo-seed' }, requestId: 'demo-seed' }, () => guard.key(clinicId, 'demo-seed-lock'));
  const token = randomBytes(12).toString('hex');
  const deadline = Date.now() + 20_000;
  while ((await redis.set(key, token, 'PX', 30_000, 'NX')) !== 'OK') {
    if (Date.now() > deadline) break; // a crashed seeder's lock: seed anyway, everything is idempotent
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    await work();
  } finally {
    await redis.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0", 1, key, token);
  }
}

/**
 * `npm start` shows a working schedule: a catalog (two branches, three
 * doctors with weekly hours, four services, one needing approval) made once,
 * the demo doctor's login linked to its doctor entry, and a handful of visits
 * today and tomorrow. Every step is idempotent: entries and hours are made
 * only when missing, and each visit's idempotency key is its date and label,
 * so a restart on the same day books nothing twice.
 */
export async function seedDemoSchedule(container: Container, clinicId: ClinicId): Promise<void> {
  const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
  const system: Actor = { kind: 'system', id: 'demo-seed' };
  const desk: Actor = { kind: 'staff', id: 'demo-seed', clinicId, role: 'receptionist' };
  const requestId = 'demo-seed';
  const u: DemoSchedulingUseCases = {
    reader: container.get(SCHEDULING_TOKENS.ConfigReader),
    findSlots: container.get(SCHEDULING_TOKENS.FindSlots),
    changes: container.get(SCHEDULING_TOKENS.Changes),
    patients: container.get(SCHEDULING_TOKENS.Patients),
    team: container.get(IDENTITY_TOKENS.StaffAccounts),
  };
  const catalogPort = container.get<ClinicCatalog>(TENANCY_TOKENS.ClinicCatalog);
  const editConfig = container.get<EditSchedulingConfig>(SCHEDULING_TOKENS.EditConfig);
  const book = container.get<BookAppointment>(SCHEDULING_TOKENS.Book);

  await withDemoSeedLock(container, clinicId, () =>
    guard.run({ clinicId, actor: system, requestId }, async () => {
      let catalog = await catalogPort.getCatalog(clinicId);
      if (catalog.branches.length === 0 && catalog.doctors.length === 0 && catalog.services.length === 0) {
        const branchIds: Record<string, string> = {};
        for (const { key, ...branch } of DEMO_CATALOG.branches) {
          branchIds[key] = (await container.get<CreateCatalogEntry<'branches'>>(TENANCY_TOKENS.CreateBranch).execute(clinicId, branch, system, requestId)).id;
        }
        for (const { key: _key, ...service } of DEMO_CATALOG.services) {
          await container.get<CreateCatalogEntry<'services'>>(TENANCY_TOKENS.CreateService).execute(clinicId, service, system, requestId);
        }
        for (const doctor of DEMO_CATALOG.doctors) {
          const branchKeys = Object.keys(doctor.branches);
          await container
            .get<CreateCatalogEntry<'doctors'>>(TENANCY_TOKENS.CreateDoctor)
            .execute(clinicId, { name: doctor.name, nameAr: doctor.nameAr, specialty: doctor.specialty, branchIds: branchKeys.map((b) => branchIds[b]!) }, system, requestId);
        }
        catalog = await catalogPort.getCatalog(clinicId);
        const braces = catalog.services.find((s) => s.name === 'Braces consultation');
        if (braces) await editConfig.updateSettings(clinicId, system, requestId, { approvalServiceIds: [braces.id] });
      }
      const branchByName = (name: string) => catalog.branches.find((b) => b.name === name);
      const doctorOf = (key: string) => catalog.doctors.find((d) => d.name === DEMO_CATALOG.doctors.find((x) => x.key === key)?.name);
      const serviceOf = (key: string) => catalog.services.find((s) => s.name === DEMO_CATALOG.services.find((x) => x.key === key)?.name);

      // Weekly hours for each demo doctor that has none yet.
      const config = await u.reader.get(clinicId);
      for (const demo of DEMO_CATALOG.doctors) {
        const doctor = doctorOf(demo.key);
        if (!doctor || config.doctors[doctor.id]) continue;
        const branches = Object.entries(demo.branches).flatMap(([key, weekly]) => {
          const branch = branchByName(DEMO_CATALOG.branches.find((b) => b.key === key)!.name);
          return branch && doctor.branchIds.includes(branch.id) ? [{ branchId: branch.id, weekly }] : [];
        });
        const availability: DoctorAvailability = { id: doctor.id, branches, ...(demo.breaks ? { breaks: demo.breaks } : {}) };
        await editConfig.setDoctorAvailability(clinicId, system, requestId, availability);
      }

      // The demo doctor's account sees that doctor's schedule and patients.
      const linked = doctorOf(DEMO_DOCTOR_LINK.doctor);
      const account = (await u.team.listTeam(clinicId)).find((m) => m.email === DEMO_DOCTOR_LINK.email);
      if (linked && account && !config.staffDoctors[account.id]) {
        await editConfig.linkStaffToDoctor(clinicId, system, requestId, { userId: account.id, doctorId: linked.id });
      }

      for (const patient of DEMO_PATIENTS) await ignoreDomainError(() => u.patients.upsertPatient.execute(clinicId, patient, desk, requestId));

      for (const date of demoDates(catalog.profile.timezone, new Date())) {
        for (const visit of DEMO_VISITS) {
          const doctor = doctorOf(visit.doctor);
          const service = serviceOf(visit.service);
          if (!doctor || !service) continue;
          const slots = await u.findSlots.execute(clinicId, { serviceId: service.id, from: date, to: date, doctorId: doctor.id, limit: 500 }, desk);
          const slot = slots[Math.floor(slots.length * visit.at)];
          if (!slot) continue;
          const patient = DEMO_PATIENTS[visit.patient];
          const actor: Actor = 'request' in visit ? { kind: 'patient', id: patient.phone, clinicId } : desk;
          await ignoreDomainError(async () => {
            const result = await guard.run({ clinicId, actor, requestId }, () =>
              book.execute(
                clinicId,
                {
                  doctorId: doctor.id,
                  serviceId: service.id,
                  branchId: slot.branchId,
                  patientRef: patient.phone,
                  start: slot.start,
                  idempotencyKey: `demo-seed:${date}:${visit.label}`,
                },
                actor,
              ),
            );
            if ('confirm' in visit) await u.changes.confirm(clinicId, { actor: desk, requestId }, { appointmentId: result.appointment.id });
          });
        }
      }
    }),
  );
}

/** A demo visit that no longer fits (taken, past, key used for another time) is left out; anything else is a real failure. */
async function ignoreDomainError(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
}
