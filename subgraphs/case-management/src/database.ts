import { openDatabase, type Database } from '@icp/shared';
import { ServiceUser, ServiceUserIdentity } from './service-user/service-user.entity';
import { Case } from './case/case.entity';
import { CarePlan } from './care-plan/care-plan.entity';
import { PlanAction } from './care-plan/plan-action.entity';
import { Consent } from './consent/consent.entity';
import { InitialSchema1763856000000 } from './migrations/1763856000000-initial-schema';

export const ENTITIES = [ServiceUser, ServiceUserIdentity, Case, CarePlan, PlanAction, Consent];
export const MIGRATIONS = [InitialSchema1763856000000];

export interface DatabaseSettings {
  /** A PostgreSQL URL; when absent an embedded PGlite is used. */
  url?: string;
  /** Where the embedded database persists; in memory when absent. */
  dataDir?: string;
  onQuery?: (sql: string) => void;
}

export function openCaseManagementDatabase(s: DatabaseSettings): Promise<Database> {
  return openDatabase({
    ...s,
    applicationName: 'icp-case-management',
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
}
