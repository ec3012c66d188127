import type { AgencyModule } from '../kernel/context';
import { InitialSchema1763856100000 } from './1763856100000-initial-schema';
import { DeliveryPractice1763950000000 } from './1763950000000-delivery-practice';
import { ServiceDeliveryChanges1763980000000 } from './1763980000000-service-delivery-changes';
import { MeetingWork1763990000000 } from './1763990000000-meeting-work';
import { DisclosureAudit1764200000000 } from './1764200000000-disclosure-audit';

/**
 * The agency's schema as it was built before features were modules: each of these migrations is
 * recorded by name in every agency's database (the first spans several features), so they stay
 * whole, here, in this order. A feature's later migrations live in its own folder and its module
 * lists them (ADR 0022).
 */
export const migrationsModule: AgencyModule = {
  name: 'migrations',
  migrations: [
    InitialSchema1763856100000,
    DeliveryPractice1763950000000,
    ServiceDeliveryChanges1763980000000,
    MeetingWork1763990000000,
    DisclosureAudit1764200000000,
  ],
};
