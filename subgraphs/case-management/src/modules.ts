import type { CmModule } from './kernel/context';
import { migrationsModule } from './migrations/migrations.module';
import { agencyModule } from './agency/agency.module';
import { federationModule } from './federation/federation.module';
import { caseModule } from './case/case.module';
import { caseTransferModule } from './case-transfer/case-transfer.module';
import { leadAgencyDisputeModule } from './lead-agency-dispute/lead-agency-dispute.module';
import { consentModule } from './consent/consent.module';
import { notificationModule } from './notification/notification.module';
import { emergencyAccessModule } from './emergency-access/emergency-access.module';
import { carePlanModule } from './care-plan/care-plan.module';
import { referralModule } from './referral/referral.module';
import { gapBlockModule } from './gaps-and-blocks/gap-block.module';
import { planCopyModule } from './plan-copy/plan-copy.module';
import { serviceDeliveryChangeModule } from './service-delivery-change/service-delivery-change.module';
import { meetingModule } from './meeting/meeting.module';
import { disclosureLogModule } from './disclosure-log/disclosure-log.module';
import { worklistModule } from './worklist/worklist.module';
import { serviceUserSearchModule } from './service-user-search/service-user-search.module';
import { requestTokenUsesModule } from './kernel/request-token-uses.module';
import { serviceUserAccessModule } from './service-user-access/service-user-access.module';

/**
 * case-management is this list (ADR 0022): its database, services, loaders, schema, internal
 * routes and demo data are all built from it. A feature is a folder with a `*.module.ts`, added
 * here in one line. The list's order is the order of the fields each module adds to a shared
 * type (Query, Mutation, Case...) in the schema, and the order in which the demo data is
 * written; the worklist, a read model over the others, stands where its Query field always has,
 * and the transfer and dispute modules where their mutations always have (after the case's).
 */
export const CASE_MANAGEMENT_MODULES: readonly CmModule[] = [
  migrationsModule,
  agencyModule,
  federationModule,
  caseModule,
  caseTransferModule,
  leadAgencyDisputeModule,
  worklistModule,
  carePlanModule,
  consentModule,
  emergencyAccessModule,
  notificationModule,
  referralModule,
  gapBlockModule,
  planCopyModule,
  serviceDeliveryChangeModule,
  meetingModule,
  disclosureLogModule,
  serviceUserSearchModule,
  requestTokenUsesModule,
  serviceUserAccessModule,
];
