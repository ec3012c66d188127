// type-graphql prints the orphaned types (the entities other subgraphs reference) in the order it
// first saw their classes. These three imports keep that order as it was before the modules, so
// that the agency's SDL, and its hash in gateway/supergraph.manifest.json, stay the same.
import './key-worker/key-worker.entity';
import './delivery/action-delivery.entity';
import './meeting/meeting-work.entity';
import type { AgencyModule } from './kernel/context';
import { migrationsModule } from './migrations/migrations.module';
import { caseManagementModule } from './case-management/case-management.module';
import { federationModule } from './federation/federation.module';
import { keyWorkerModule } from './key-worker/key-worker.module';
import { deliveryModule } from './delivery/delivery.module';
import { caseloadModule } from './caseload/caseload.module';
import { serviceDeliveryChangeModule } from './service-delivery-change/service-delivery-change.module';
import { meetingModule } from './meeting/meeting.module';
import { disclosureLogModule } from './disclosure-log/disclosure-log.module';
import { requestTokenUsesModule } from './kernel/request-token-uses.module';

/**
 * The agency subgraph is this list (ADR 0022): its database, services, loaders, schema and demo
 * data are all built from it. A feature is a folder with a `*.module.ts`, added here in one line,
 * after the modules it builds on. The list's order is the order in which the demo data is written
 * and the order of the fields modules add to a shared type (Query, Mutation) in the schema.
 */
export const AGENCY_MODULES: readonly AgencyModule[] = [
  migrationsModule,
  caseManagementModule,
  federationModule,
  keyWorkerModule,
  deliveryModule,
  caseloadModule,
  serviceDeliveryChangeModule,
  meetingModule,
  disclosureLogModule,
  requestTokenUsesModule,
];
