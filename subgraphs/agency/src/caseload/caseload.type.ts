import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';
import { ActionDelivery } from '../delivery/action-delivery.entity';
import { KeyWorker } from '../key-worker/key-worker.entity';
import { ServiceUserRef } from '../federation/service-user.ref';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** Why something is on a key worker's list. */
export enum AttentionKind {
  /** An open action whose due date has passed. */
  OVERDUE_ACTION = 'OVERDUE_ACTION',
  /** A coming care plan meeting the agency is invited to, not yet answered. */
  MEETING_INVITATION = 'MEETING_INVITATION',
  /** The key worker may not attend a coming meeting: a written report is due to the case manager. */
  WRITTEN_REPORT_DUE = 'WRITTEN_REPORT_DUE',
}
registerEnumType(AttentionKind, { name: 'AttentionKind' });

/** An open action of the key worker, with its due date from the plan. */
@ObjectType('CaseloadAction', { description: "An open action on a key worker's caseload." })
export class CaseloadAction {
  @Field(() => ID)
  actionId!: string;

  serviceUserId!: string;

  @Field(() => ServiceUserRef, { nullable: true })
  @Directive(SUMMARY)
  serviceUser!: ServiceUserRef;

  @Field(() => String, { nullable: true, description: 'What is to be done, as the plan says.' })
  @Directive(SUMMARY)
  description!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, from the plan.' })
  @Directive(SUMMARY)
  dueOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The due date has passed.' })
  @Directive(SUMMARY)
  overdue!: boolean;

  @Field(() => ActionDelivery, { nullable: true })
  @Directive(SUMMARY)
  delivery!: ActionDelivery;
}

/** Something on a key worker's caseload that needs acting on. */
@ObjectType('AttentionItem', { description: 'Something on a caseload that needs acting on.' })
export class AttentionItem {
  @Field(() => AttentionKind, { nullable: true })
  @Directive(SUMMARY)
  kind!: AttentionKind;

  @Field(() => ID, { nullable: true, description: 'The action, for OVERDUE_ACTION.' })
  actionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting, for meeting items.' })
  @Directive(SUMMARY)
  meetingId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the meeting is, for meeting items.' })
  @Directive(SUMMARY)
  meetingAt!: Date | null;

  serviceUserId!: string;

  @Field(() => ServiceUserRef, { nullable: true })
  @Directive(SUMMARY)
  serviceUser!: ServiceUserRef;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  description!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Directive(SUMMARY)
  dueOn!: string | null;

  @Field(() => Int, { nullable: true })
  @Directive(SUMMARY)
  daysOverdue!: number | null;
}

/** A key worker's caseload in their own agency. */
@ObjectType('Caseload', {
  description:
    "A key worker's service users, open actions and what needs attention, in their own agency.",
})
export class Caseload {
  @Field(() => KeyWorker, { nullable: true })
  @Directive(SUMMARY)
  keyWorker!: KeyWorker;

  @Field(() => [ServiceUserRef], {
    nullable: 'itemsAndList',
    description:
      'Service users the key worker is assigned to; case-management resolves them. A person of ' +
      'whom your agency may now see nothing (consent withdrawn) is null, as a person unknown to ' +
      'case-management would be.',
  })
  @Directive(SUMMARY)
  serviceUsers!: ServiceUserRef[];

  @Field(() => [CaseloadAction], {
    nullable: true,
    description:
      'Deliveries assigned to the key worker and not yet declined, completed or not completed; soonest due first.',
  })
  @Directive(SUMMARY)
  openActions!: CaseloadAction[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'False when meeting items could not be fetched from case-management just now.',
  })
  @Directive(SUMMARY)
  meetingItemsComplete!: boolean;

  @Field(() => [AttentionItem], {
    nullable: true,
    description: 'Most overdue first, then meetings soonest first.',
  })
  @Directive(SUMMARY)
  attention!: AttentionItem[];
}
