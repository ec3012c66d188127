import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

export enum AssignmentReason {
  OPENED = 'OPENED',
  TRANSFER = 'TRANSFER',
  DISPUTE_RESOLUTION = 'DISPUTE_RESOLUTION',
}
registerEnumType(AssignmentReason, { name: 'AssignmentReason' });

/** One period in which a case manager of a lead agency held the case. */
@ObjectType('CaseManagerAssignment')
@Entity('case_manager_assignment')
export class CaseManagerAssignment {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Column('text', { name: 'case_manager_id' })
  caseManagerId!: string;

  @Field(() => AssignmentReason, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  reason!: AssignmentReason;

  @Column('uuid', { name: 'transfer_id', nullable: true })
  transferId!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
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
registerEnumType(TransferStatus, { name: 'TransferStatus' });

/**
 * A change of lead agency or case manager: requested, accepted by the incoming case manager,
 * and completed only after the three-way handover and its written follow-up.
 */
@ObjectType('CaseTransfer')
@Entity('case_transfer')
export class CaseTransfer {
  @Field(() => ID)
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

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  reason!: string;

  @Field(() => TransferStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: TransferStatus;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'handover_held_at', nullable: true })
  handoverHeldAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'handover_note', nullable: true })
  handoverNote!: string | null;

  @Field(() => String, { nullable: true, description: 'The written follow-up to the handover.' })
  @Directive(SUMMARY)
  @Column('text', { name: 'written_follow_up', nullable: true })
  writtenFollowUp!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Revisions to the plan set out in the follow-up.',
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'plan_revisions', nullable: true })
  planRevisions!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;
}

/** How a case closed: goals achieved, supports that continue, and the open door. */
@ObjectType('CaseClosure')
@Entity('case_closure')
export class CaseClosure {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'goals_achieved' })
  goalsAchieved!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How supports will be provided in the future (aftercare).',
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'future_supports' })
  futureSupports!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The service user was told they may re-engage at any time.',
  })
  @Directive(SUMMARY)
  @Column('boolean', { name: 're_engagement_explained' })
  reEngagementExplained!: boolean;

  @Column('text', { name: 'closed_by' })
  closedBy!: string;

  @Field(() => Date, { nullable: true })
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
registerEnumType(ContactMethod, { name: 'ContactMethod' });

/** An attempt to reach a service user who has disengaged. */
@ObjectType('ContactAttempt')
@Entity('contact_attempt')
export class ContactAttempt {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'attempted_at' })
  attemptedAt!: Date;

  @Field(() => ContactMethod, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  method!: ContactMethod;

  @Field(() => Boolean, { nullable: true })
  @Directive(SUMMARY)
  @Column('boolean')
  successful!: boolean;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('text', { name: 'recorded_by_agency' })
  recordedByAgencyCode!: string;
}

export enum DisputeStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(DisputeStatus, { name: 'DisputeStatus' });

/**
 * A lead agency or case manager that the agencies cannot agree on. Addressed between services
 * first: the service user is not involved unless someone deliberately decides so, with a reason.
 */
@ObjectType('LeadAgencyDispute')
@Entity('lead_agency_dispute')
export class LeadAgencyDispute {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Column('text', { name: 'agency_codes', array: true })
  agencyCodes!: string[];

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  description!: string;

  @Field(() => Boolean, { nullable: true })
  @Directive(SUMMARY)
  @Column('boolean', { name: 'service_user_involved' })
  serviceUserInvolved!: boolean;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'involvement_reason', nullable: true })
  involvementReason!: string | null;

  @Field(() => DisputeStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: DisputeStatus;

  @Column('text', { name: 'raised_by' })
  raisedBy!: string;

  @Column('text', { name: 'raised_by_agency' })
  raisedByAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'raised_at' })
  raisedAt!: Date;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  resolution!: string | null;

  @Column('text', { name: 'resolved_lead_agency_code', nullable: true })
  resolvedLeadAgencyCode!: string | null;

  @Column('text', { name: 'resolved_case_manager_id', nullable: true })
  resolvedCaseManagerId!: string | null;

  @Column('text', { name: 'resolved_by', nullable: true })
  resolvedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}
