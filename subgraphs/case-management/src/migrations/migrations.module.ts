import type { CmModule } from '../kernel/context';
import { InitialSchema1763856000000 } from './1763856000000-initial-schema';
import { CaseManagementPractice1763900000000 } from './1763900000000-case-management-practice';
import { InterventionsAndDeliveryChanges1763960000000 } from './1763960000000-interventions-and-delivery-changes';
import { Meetings1763970000000 } from './1763970000000-meetings';
import { ConsentModel1764100000000 } from './1764100000000-consent-model';
import { DisclosureAudit1764200000000 } from './1764200000000-disclosure-audit';

/**
 * The schema as it was built before features were modules: these migrations each span several
 * features and are recorded by name in every database, so they stay whole and here. A feature's
 * later migrations live in its own folder and its module lists them (ADR 0022).
 */
export const migrationsModule: CmModule = {
  name: 'migrations',
  migrations: [
    InitialSchema1763856000000,
    CaseManagementPractice1763900000000,
    InterventionsAndDeliveryChanges1763960000000,
    Meetings1763970000000,
    ConsentModel1764100000000,
    DisclosureAudit1764200000000,
  ],
};
