import type { IdentityEvents } from '@frontdesk/identity';
import type { SchedulingEvents } from '@frontdesk/scheduling';
import type { TenancyEvents } from '@frontdesk/tenancy';

/** Every module's events: the bus in the container is typed with this map. */
export type AppEvents = TenancyEvents & IdentityEvents & SchedulingEvents;
