import type { inferOutput } from '@trpc/tanstack-react-query';
import type { Api } from '@frontdesk/web-common';

/** The clinic's catalog as `staff.tenancy.catalog` returns it. */
export type Catalog = inferOutput<Api['staff']['tenancy']['catalog']>;
