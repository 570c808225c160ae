import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorAlert, LoadingState, TextField, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { addDays, formatLocalDate, isLocalDate, timeLabel } from '../../shared/clinic-time';
import { branchOf, doctorOf, type Slot } from '../../shared/schedule-data';

/** Days searched at once; the picker then shows one day's free times. */
const SPAN_DAYS = 7;
/** The most free times one search returns (the API's cap). */
const LIMIT = 500;

export const slotKey = (slot: Slot) => `${slot.doctorId}|${slot.branchId}|${slot.start}`;

export interface SlotPickerProps {
  catalog: Catalog;
  timezone: string;
  serviceId: string;
  /** '' for any doctor. */
  doctorId: string;
  /** '' for any branch. */
  branchId: string;
  /** The first date searched. */
  initialDate: string;
  selected: Slot | undefined;
  onSelect: (slot: Slot | undefined) => void;
}

/**
 * Free start times from `staff.scheduling.slots`, a week at a time, one day
 * shown: times are the clinic's wall clock (with the offset on the night the
 * clocks go back, when an hour happens twice).
 */
export function SlotPicker({ catalog, timezone, serviceId, doctorId, branchId, initialDate, selected, onSelect }: SlotPickerProps) {
  const trpc = useTRPC();
  const id = useId();
  const [from, setFrom] = useState(initialDate);
  const [day, setDay] = useState<string | undefined>();
  const validFrom = isLocalDate(from) ? from : initialDate;
  const to = addDays(validFrom, SPAN_DAYS - 1);
  const slots = useQuery({
    ...trpc.staff.scheduling.slots.queryOptions({
      serviceId,
      from: validFrom,
      to,
      ...(doctorId ? { doctorId } : {}),
      ...(branchId ? { branchId } : {}),
      limit: LIMIT,
    }),
    enabled: serviceId !== '',
    staleTime: 0,
  });

  const byDay = new Map<string, Slot[]>();
  for (const slot of slots.data ?? []) {
    const date = slot.localStart.slice(0, 10);
    byDay.set(date, [...(byDay.get(date) ?? []), slot]);
  }
  // At the cap the last day may be cut short: it is left for the next search rather than shown incomplete.
  if ((slots.data?.length ?? 0) >= LIMIT && byDay.size > 1) byDay.delete([...byDay.keys()].pop()!);
  const days = [...byDay.keys()];
  const shownDay = day && byDay.has(day) ? day : days[0];
  const shown = shownDay ? (byDay.get(shownDay) ?? []) : [];

  // The chosen time disappears when it is no longer offered (taken, or another week).
  useEffect(() => {
    if (selected && slots.isSuccess && !slots.data.some((slot) => slotKey(slot) === slotKey(selected))) onSelect(undefined);
  }, [selected, slots.isSuccess, slots.data, onSelect]);

  const severalBranches = !branchId && catalog.branches.length > 1;
  const move = (days: number) => {
    setFrom(addDays(validFrom, days));
    setDay(undefined);
  };

  return (
    <div className="fd-slot-picker">
      <div className="fd-toolbar">
        <TextField
          label="Search from"
          type="date"
          name={`${id}-from`}
          value={from}
          onChange={(e) => {
            setFrom(e.target.value);
            setDay(undefined);
          }}
          hint={isLocalDate(from) ? `Free times from ${formatLocalDate(validFrom, 'short')} to ${formatLocalDate(to, 'short')}` : 'Pick a date'}
        />
        <div className="fd-actions">
          <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => move(-SPAN_DAYS)}>
            Earlier week
          </button>
          <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => move(SPAN_DAYS)}>
            Later week
          </button>
        </div>
      </div>
      {slots.isPending && serviceId !== '' && <LoadingState>Looking for free times…</LoadingState>}
      {slots.isError && <ErrorAlert error={slots.error} title="Free times could not be found." onRetry={() => void slots.refetch()} />}
      {slots.isSuccess && days.length === 0 && (
        <EmptyState title={`No free times from ${formatLocalDate(validFrom, 'short')} to ${formatLocalDate(to, 'short')}`}>
          Try a later week, another doctor or another branch. Doctors without saved hours are never offered.
        </EmptyState>
      )}
      {slots.isSuccess && days.length > 0 && (
        <>
          <div className="fd-day-chips" role="group" aria-label="Days with free times">
            {days.map((date) => (
              <button
                key={date}
                type="button"
                className="fd-chip"
                aria-pressed={date === shownDay}
                onClick={() => setDay(date)}
              >
                <span className="fd-strong">{formatLocalDate(date, 'short')}</span>
                <span className="fd-small">{byDay.get(date)!.length} free</span>
              </button>
            ))}
          </div>
          {shownDay && (
            <fieldset className="fd-fieldset">
              <legend>Free times on {formatLocalDate(shownDay, 'medium')}</legend>
              <div className="fd-slots" role="group" aria-label={`Free times on ${formatLocalDate(shownDay, 'medium')}`}>
                {shown.map((slot) => {
                  const doctor = doctorOf(catalog, slot.doctorId);
                  const pressed = selected !== undefined && slotKey(selected) === slotKey(slot);
                  return (
                    <button key={slotKey(slot)} type="button" className="fd-slot" aria-pressed={pressed} onClick={() => onSelect(pressed ? undefined : slot)}>
                      <span className="fd-strong">{timeLabel(slot.start, timezone)}</span>
                      {!doctorId && <span className="fd-small">{doctor.name}</span>}
                      {severalBranches && <span className="fd-small">{branchOf(catalog, slot.branchId).name}</span>}
                    </button>
                  );
                })}
              </div>
            </fieldset>
          )}
        </>
      )}
    </div>
  );
}
