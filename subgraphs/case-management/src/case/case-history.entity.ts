import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

export enum AssignmentReason {
  OPENED = 'OPENED',
  TRANSFER = 'TRANSFER',
  DISPUTE_RESOLUTION = 'DISPUTE_RESOLUTION',
}
registerEnumType(AssignmentReason, {
  name: 'AssignmentReason',
  description: 'How a case manager came to hold a case.',
  valuesConfig: {
    OPENED: { description: 'They opened the case.' },
    TRANSFER: { description: 'A completed case transfer handed it to them.' },
    DISPUTE_RESOLUTION: { description: 'A resolved lead agency dispute named them.' },
  },
});

/** One period in which a case manager of a lead agency held the case. */
@ObjectType('CaseManagerAssignment', {
  description:
    'One period in which a case manager of a lead agency held the case. Readable as the case is (CARE_PLAN_SUMMARY).',
})
@Entity('case_manager_assignment')
export class CaseManagerAssignment {
  @Field(() => UUIDScalar, { description: 'The assignment’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Column('text', { name: 'case_manager_id' })
  caseManagerId!: string;

  @Field(() => AssignmentReason, {
    nullable: true,
    description: summary('How they came to hold the case.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  reason!: AssignmentReason;

  @Column('uuid', { name: 'transfer_id', nullable: true })
  transferId!: string | null;

  @Field(() => Date, { nullable: true, description: summary('When they took the case on.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: summary('When they handed it on, or it closed; null while they hold it.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;
}

export enum TransferStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  HANDOVER_HELD = 'HANDOVER_HELD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  description:
    'Where a case transfer stands: REQUESTED, ACCEPTED, HANDOVER_HELD, then COMPLETED; or CANCELLED before it completes.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for by the outgoing case manager.' },
    ACCEPTED: { description: 'Accepted by the incoming case manager.' },
    HANDOVER_HELD: { description: 'The three-way handover meeting was held.' },
    COMPLETED: {
      description:
        'Completed with the written follow-up: the incoming case manager holds the case.',
    },
    CANCELLED: { description: 'Cancelled by the outgoing case manager.' },
  },
});

/**
 * A change of lead agency or case manager: requested, accepted by the incoming case manager,
 * and completed only after the three-way handover and its written follow-up.
 */
@ObjectType('CaseTransfer', {
  description:
    'A change of lead agency or case manager: requested, accepted by the incoming case manager, and completed only after the three-way handover and its written follow-up. Readable as the case is (held by its lead agency; CARE_PLAN_SUMMARY for others).',
})
@Entity('case_transfer')
export class CaseTransfer {
  @Field(() => UUIDScalar, { description: 'The transfer’s id: pass it as transferId.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'from_agency_code' })
  fromAgencyCode!: string;

  @Column('text', { name: 'from_case_manager_id' })
  fromCaseManagerId!: string;

  @Column('text', { name: 'to_agency_code' })
  toAgencyCode!: string;

  @Column('text', { name: 'to_case_manager_id' })
  toCaseManagerId!: string;

  @Field(() => String, { nullable: true, description: summary('Why the case is moving.') })
  @Directive(SUMMARY)
  @Column('text')
  reason!: string;

  @Field(() => TransferStatus, {
    nullable: true,
    description: summary('Where the transfer stands.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  status!: TransferStatus;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Field(() => Date, { nullable: true, description: summary('When it was requested.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: summary('When it was accepted; null until then.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: summary('When the three-way handover was held; null until then.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'handover_held_at', nullable: true })
  handoverHeldAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: summary('A note of the handover meeting; null when none.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'handover_note', nullable: true })
  handoverNote!: string | null;

  @Field(() => String, {
    nullable: true,
    description: summary('The written follow-up to the handover; null until completed.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'written_follow_up', nullable: true })
  writtenFollowUp!: string | null;

  @Field(() => String, {
    nullable: true,
    description: summary('Revisions to the plan set out in the follow-up; null when none.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'plan_revisions', nullable: true })
  planRevisions!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: summary('When it was completed; null until then.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: summary('When it was cancelled; null unless it was.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;
}

/** How a case closed: goals achieved, supports that continue, and the open door. */
@ObjectType('CaseClosure', {
  description:
    'How a case closed at its exit meeting: goals achieved, supports that continue, and the open door. Readable as the case is.',
})
@Entity('case_closure')
export class CaseClosure {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => String, {
    nullable: true,
    description: summary('The goals achieved, as recorded at the exit meeting.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'goals_achieved' })
  goalsAchieved!: string;

  @Field(() => String, {
    nullable: true,
    description: summary('How supports will be provided in the future (aftercare).'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'future_supports' })
  futureSupports!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: summary('The service user was told they may re-engage at any time.'),
  })
  @Directive(SUMMARY)
  @Column('boolean', { name: 're_engagement_explained' })
  reEngagementExplained!: boolean;

  @Column('text', { name: 'closed_by' })
  closedBy!: string;

  @Field(() => Date, { nullable: true, description: summary('When the case closed.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'closed_at' })
  closedAt!: Date;
}

export enum ContactMethod {
  PHONE = 'PHONE',
  TEXT_MESSAGE = 'TEXT_MESSAGE',
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  HOME_VISIT = 'HOME_VISIT',
  VIA_ANOTHER_AGENCY = 'VIA_ANOTHER_AGENCY',
}
registerEnumType(ContactMethod, {
  name: 'ContactMethod',
  description: 'How someone tried to reach a service user.',
  valuesConfig: {
    PHONE: { description: 'A phone call.' },
    TEXT_MESSAGE: { description: 'A text message.' },
    LETTER: { description: 'A letter.' },
    EMAIL: { description: 'An email.' },
    HOME_VISIT: { description: 'A visit to their home.' },
    VIA_ANOTHER_AGENCY: { description: 'Through another agency in contact with them.' },
  },
});

/** An attempt to reach a service user who has disengaged. */
@ObjectType('ContactAttempt', {
  description:
    'An attempt to reach a service user who has disengaged. Readable as the case is (CARE_PLAN_SUMMARY).',
})
@Entity('contact_attempt')
export class ContactAttempt {
  @Field(() => UUIDScalar, { description: 'The attempt’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => Date, { nullable: true, description: summary('When the attempt was made.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'attempted_at' })
  attemptedAt!: Date;

  @Field(() => ContactMethod, { nullable: true, description: summary('How.') })
  @Directive(SUMMARY)
  @Column('text')
  method!: ContactMethod;

  @Field(() => Boolean, {
    nullable: true,
    description: summary('Whether the service user was reached (a success re-engages the case).'),
  })
  @Directive(SUMMARY)
  @Column('boolean')
  successful!: boolean;

  @Field(() => String, {
    nullable: true,
    description: summary('A note of the attempt; null when none.'),
  })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('text', { name: 'recorded_by_agency' })
  recordedByAgencyCode!: string;
}
