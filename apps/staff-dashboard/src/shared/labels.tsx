import { dateTimeLabel } from './clinic-time';
import { stateLook, type Appointment, type Named } from './schedule-data';

/** An English name with the Arabic one beside it, when the catalog has one. */
export function Bilingual({ entry, className }: { entry: Named; className?: string }) {
  return (
    <span className={className}>
      {entry.name}
      {entry.nameAr && (
        <>
          {' '}
          <span lang="ar" dir="rtl" className="fd-ar">
            {entry.nameAr}
          </span>
        </>
      )}
    </span>
  );
}

/** The state as a badge; a hold also says until when it blocks the time (unless `compact`). */
export function StateBadge({ appointment, timezone, compact }: { appointment: Appointment; timezone: string; compact?: boolean }) {
  const look = stateLook(appointment);
  const until = !compact && appointment.state === 'held' && appointment.holdUntil ? dateTimeLabel(appointment.holdUntil, timezone) : undefined;
  return (
    <>
      <span className={`fd-badge ${look.badge}`}>{look.label}</span>
      {until && <span className="fd-hold-until fd-small fd-muted">until {until}</span>}
    </>
  );
}
