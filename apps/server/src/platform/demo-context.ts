import type { Tx } from '@inzetbaar/db';
import type { DemoOrganizationData } from '@inzetbaar/db/demo/demo-types';
import type { Deps } from './http/context';

/** What a module's demo seed gets: the transaction and the demo organisation's keys → ids. */
export type DemoSeedContext = {
  tx: Tx;
  deps: Deps;
  organizationId: string;
  today: string;
  demo: DemoOrganizationData;
  personIds: Map<string, string>;
  unitIds: Map<string, string>;
};
