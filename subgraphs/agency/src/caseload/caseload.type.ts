import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, UUIDScalar, consent } from '@icp/shared';
import { ActionDelivery } from '../delivery/action-delivery.entity';
import { KeyWorker } from '../key-worker/key-worker.entity';
import { ServiceUserRef } from '../federation/service-user.ref';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A caseload is read by its agency's own staff only, who hold its records. */
const HOLDER =
  'Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared (your own ' +
  "agency's staff, who alone read a caseload, hold it).";

/** Why something is on a key worker's list. */
export enum AttentionKind {
  /** An open action whose due date has passed. */
  OVERDUE_ACTION = 'OVERDUE_ACTION',
  /** A coming care plan meeting the agency is invited to, not yet answered. */
  MEETING_INVITATION = 'MEETING_INVITATION',
  /** The key worker may not attend a coming meeting: a written report is due to the case manager. */
  WRITTEN_REPORT_DUE = 'WRITTEN_REPORT_DUE',
  /** A key worker they supervise asks to attend a coming meeting: their decision is due. */
  ATTENDANCE_REQUEST_TO_DECIDE = 'ATTENDANCE_REQUEST_TO_DECIDE',
}
registerEnumType(AttentionKind, {
  name: 'AttentionKind',
  description: "Why something is on a key worker's attention list.",
  valuesConfig: {
    OVERDUE_ACTION: { description: 'An open action whose due date has passed.' },
    MEETING_INVITATION: {
      description: 'A coming care plan meeting the agency is invited to, not yet answered.',
    },
    WRITTEN_REPORT_DUE: {
      description:
        'The key worker may not attend a coming meeting (their supervisor refused): a written report is due to the case manager.',
    },
    ATTENDANCE_REQUEST_TO_DECIDE: {
      description:
        'A key worker they supervise asks to attend a coming meeting: their decision is due (attendanceRequestsToDecide, decideMeetingAttendance).',
    },
  },
});

/** An open action of the key worker, with its due date from the plan. */
@ObjectType('CaseloadAction', {
  description:
    "An open plan action on a key worker's caseload: a delivery of your agency that names them and is not yet declined or ended.",
})
export class CaseloadAction {
  @Field(() => UUIDScalar, { description: 'The plan action (PlanAction.id in the care plan).' })
  actionId!: string;

  serviceUserId!: string;

  @Field(() => ServiceUserRef, {
    nullable: true,
    description: `The service user the action is for; null when nothing of them is readable to you. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  serviceUser!: ServiceUserRef;

  @Field(() => String, {
    nullable: true,
    description: `What is to be done, as the plan says. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  description!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `When the action is due, from the plan; null when it has no due date. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  dueOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: `The due date has passed. ${HOLDER}` })
  @Directive(SUMMARY)
  overdue!: boolean;

  @Field(() => ActionDelivery, {
    nullable: true,
    description: `How your agency is delivering the action. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  delivery!: ActionDelivery;
}

/** Something on a key worker's caseload that needs acting on. */
@ObjectType('AttentionItem', {
  description:
    "Something on a key worker's caseload that needs acting on: an overdue action, a meeting invitation to answer, a written report due, or (for a supervisor) a request to attend to decide.",
})
export class AttentionItem {
  @Field(() => AttentionKind, { nullable: true, description: `Why it needs acting on. ${HOLDER}` })
  @Directive(SUMMARY)
  kind!: AttentionKind;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'The plan action, for OVERDUE_ACTION; null for meeting items.',
  })
  actionId!: string | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: `The meeting (Meeting.id), for meeting items; null for OVERDUE_ACTION. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  meetingId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: `When the meeting is, for meeting items. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  meetingAt!: Date | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: `The request to decide (decideMeetingAttendance's requestId), for ATTENDANCE_REQUEST_TO_DECIDE; null otherwise. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  attendanceRequestId!: string | null;

  serviceUserId!: string;

  @Field(() => ServiceUserRef, {
    nullable: true,
    description: `The service user it concerns; null when nothing of them is readable to you. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  serviceUser!: ServiceUserRef;

  @Field(() => String, {
    nullable: true,
    description: `What to do, in words for the key worker. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  description!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `The action's due date, or the meeting's date. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  dueOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days since the action was due, for OVERDUE_ACTION; null for meeting items. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  daysOverdue!: number | null;
}

/** A service user on a caseload, with the sort key of their assignment. */
export interface CaseloadMember {
  serviceUserId: string;
  assignmentId: string;
  assignedAt: Date;
}

/** A key worker's caseload in their own agency. */
@ObjectType('Caseload', {
  description:
    "A key worker's service users, open actions and what needs attention, in their own agency. Read by that agency's own staff only.",
})
export class Caseload {
  @Field(() => KeyWorker, {
    nullable: true,
    description: `The key worker whose caseload this is. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  keyWorker!: KeyWorker;

  /** The lists, whole and in their order; the field resolvers page them. */
  members!: CaseloadMember[];
  actions!: CaseloadAction[];
  attentionItems!: AttentionItem[];

  @Field(() => Boolean, {
    nullable: true,
    description: `False when meeting items could not be fetched from case-management just now (the attention list then lacks them). ${HOLDER}`,
  })
  @Directive(SUMMARY)
  meetingItemsComplete!: boolean;
}
