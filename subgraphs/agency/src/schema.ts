import { buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { AgencyContext } from './context';
import { ActionDelivery } from './delivery/action-delivery.entity';
import { KeyWorker } from './key-worker/key-worker.entity';
import { KeyWorkerResolver, resolveKeyWorkerReference } from './key-worker/key-worker.resolver';
import {
  KeyWorkerAssignmentResolver,
  keyWorkerAssignmentSubject,
} from './key-worker/key-worker-assignment.resolver';
import {
  ActionDeliveryResolver,
  ProgressNoteResolver,
  deliverySubject,
  progressNoteSubject,
  resolveDeliveryReference,
} from './delivery/delivery.resolver';
import { DeliveryMutationResolver } from './delivery/delivery-mutation.resolver';
import {
  CaseloadResolver,
  caseloadEntrySubject,
  caseloadSubject,
} from './caseload/caseload.resolver';
import { ServiceUserRef } from './federation/service-user.ref';
import {
  ServiceDeliveryChangeResolver,
  deliveryChangeSubject,
} from './service-delivery-change/service-delivery-change.resolver';
import {
  MeetingAttendanceRequestResolver,
  MeetingReportResolver,
  MeetingSubstituteResolver,
  MeetingWorkResolver,
  meetingReportSubject,
  meetingWorkSubject,
  resolveMeetingReportReference,
} from './meeting/meeting-work.resolver';
import { MeetingReport } from './meeting/meeting-work.entity';
import {
  AgencyDisclosureLog,
  AgencyDisclosureLogResolver,
  agencyDisclosureLogSubject,
  resolveAgencyDisclosureLogReference,
} from './disclosure-log/agency-disclosure-log.resolver';

/** The agency subgraph schema: the same for every agency instance. Needs no database. */
export function buildAgencySchema(): Promise<SubgraphSchema> {
  return buildFederatedSchema<AgencyContext>({
    resolvers: [
      KeyWorkerResolver,
      KeyWorkerAssignmentResolver,
      ActionDeliveryResolver,
      ProgressNoteResolver,
      DeliveryMutationResolver,
      CaseloadResolver,
      ServiceDeliveryChangeResolver,
      MeetingWorkResolver,
      MeetingAttendanceRequestResolver,
      MeetingReportResolver,
      MeetingSubstituteResolver,
      AgencyDisclosureLogResolver,
    ],
    orphanedTypes: [ActionDelivery, KeyWorker, ServiceUserRef, MeetingReport, AgencyDisclosureLog],
    referenceResolvers: {
      KeyWorker: { __resolveReference: resolveKeyWorkerReference },
      ActionDelivery: { __resolveReference: resolveDeliveryReference },
      MeetingReport: { __resolveReference: resolveMeetingReportReference },
      AgencyDisclosureLog: { __resolveReference: resolveAgencyDisclosureLogReference },
    },
    consentSubjects: {
      ActionDelivery: deliverySubject,
      ProgressNote: progressNoteSubject,
      KeyWorkerAssignment: keyWorkerAssignmentSubject,
      Caseload: caseloadSubject,
      CaseloadAction: caseloadEntrySubject,
      AttentionItem: caseloadEntrySubject,
      AgencyServiceDeliveryChange: deliveryChangeSubject,
      MeetingReport: meetingReportSubject,
      MeetingAttendanceRequest: meetingWorkSubject,
      MeetingSubstitute: meetingWorkSubject,
      MeetingWork: meetingWorkSubject,
      AgencyDisclosureLog: agencyDisclosureLogSubject,
    },
  });
}
