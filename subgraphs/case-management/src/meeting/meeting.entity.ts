import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';
import type { MeetingMinutes } from './meeting-minutes.type';

/** Why an interagency care plan meeting is held (Protocol 4). */
export enum MeetingReason {
  REVIEW = 'REVIEW',
  REFERRAL = 'REFERRAL',
  CASE_MANAGER_TRANSFER = 'CASE_MANAGER_TRANSFER',
  SERVICE_USER_REQUEST = 'SERVICE_USER_REQUEST',
  LEAD_AGENCY_DISPUTE = 'LEAD_AGENCY_DISPUTE',
  /** Divergence of views on the plan, or appropriate interventions cannot be accessed. */
  DIVERGENCE_OF_VIEWS = 'DIVERGENCE_OF_VIEWS',
  CASE_CLOSURE = 'CASE_CLOSURE',
}
registerEnumType(MeetingReason, { name: 'MeetingReason' });

/** Contentious reasons are addressed between services first, without the service user. */
export const CONTENTIOUS_REASONS: readonly MeetingReason[] = [
  MeetingReason.LEAD_AGENCY_DISPUTE,
  MeetingReason.DIVERGENCE_OF_VIEWS,
];

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  /** Minutes saved at least once, not yet finalised: they may be saved again. */
  MINUTES_DRAFT = 'MINUTES_DRAFT',
  FINALISED = 'FINALISED',
  /** Called off before it was held, with a reason; the invited agencies are told. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

export enum MeetingResponse {
  PENDING = 'PENDING',
  ATTENDING = 'ATTENDING',
  APOLOGIES_WITH_REPORT = 'APOLOGIES_WITH_REPORT',
  SUBSTITUTE = 'SUBSTITUTE',
}
registerEnumType(MeetingResponse, {
  name: 'MeetingResponse',
  description: 'PENDING: the agency has not answered yet.',
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');

/**
 * An interagency care plan meeting of a case, chaired and recorded by its case manager. Held by
 * the case's lead agency: scheduling metadata is CARE_PLAN_SUMMARY, content MEETING_RECORDS.
 */
@ObjectType('Meeting', { description: 'An interagency care plan meeting (Protocol 4).' })
@Entity('care_meeting')
export class Meeting {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => MeetingReason, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  reason!: MeetingReason;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'scheduled_for' })
  scheduledFor!: Date;

  @Field(() => String, { nullable: true, description: 'Where, or by which channel.' })
  @Directive(SUMMARY)
  @Column('text')
  place!: string;

  @Field(() => String, { nullable: true })
  @Directive(RECORDS)
  @Column('text')
  purpose!: string;

  @Field(() => String, { nullable: true })
  @Directive(RECORDS)
  @Column('text')
  aims!: string;

  @Field(() => MeetingStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: MeetingStatus;

  @Field(() => Boolean, { nullable: true })
  @Directive(SUMMARY)
  @Column('boolean', { name: 'service_user_attends' })
  serviceUserAttends!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the service user is involved in a contentious meeting.',
  })
  @Directive(RECORDS)
  @Column('text', { name: 'service_user_attendance_reason', nullable: true })
  serviceUserAttendanceReason!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'service_user_prepared_at', nullable: true })
  serviceUserPreparedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'How the service user was prepared.' })
  @Directive(RECORDS)
  @Column('text', { name: 'service_user_preparation', nullable: true })
  serviceUserPreparation!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'invitations_sent_at', nullable: true })
  invitationsSentAt!: Date | null;

  @Column('uuid', { name: 'transfer_id', nullable: true })
  transferId!: string | null;

  @Column('text', { name: 'chaired_by' })
  chairedBy!: string;

  @Column('text', { name: 'chaired_by_agency' })
  chairedByAgencyCode!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Times the minutes were saved; pass back as expectedRecordVersion.',
  })
  @Directive(SUMMARY)
  @Column('integer', { name: 'record_version' })
  recordVersion!: number;

  @Column('jsonb', { nullable: true })
  minutes!: MeetingMinutes | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'finalised_at', nullable: true })
  finalisedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The plan version the meeting made when it was finalised.',
  })
  @Directive(SUMMARY)
  @Column('integer', { name: 'plan_version', nullable: true })
  planVersion!: number | null;

  @Column('uuid', { name: 'gap_block_ids', array: true })
  gapBlockIds!: string[];

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'circulated_at', nullable: true })
  circulatedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the meeting was last moved.' })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'rescheduled_at', nullable: true })
  rescheduledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { name: 'cancelled_by', nullable: true })
  cancelledBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the meeting was cancelled.' })
  @Directive(RECORDS)
  @Column('text', { name: 'cancellation_reason', nullable: true })
  cancellationReason!: string | null;
}

/**
 * One agency invited to a meeting: when the purpose and aims were sent, how it answered, and what
 * the case manager recorded (report received, phone follow-up). The invited agency holds its own
 * invitation; anyone else reads it as the case's lead agency's record.
 */
@ObjectType('MeetingInvitation')
@Entity('meeting_invitation')
export class MeetingInvitation {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The meeting, for the invited agency’s own operations on it.',
  })
  @Directive(SUMMARY)
  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the purpose and aims were sent.' })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Field(() => MeetingResponse, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  response!: MeetingResponse;

  @Field(() => String, { nullable: true })
  @Directive(RECORDS)
  @Column('text', { name: 'substitute_name', nullable: true })
  substituteName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The attendance note given with the answer.',
  })
  @Directive(RECORDS)
  @Column('text', { name: 'response_note', nullable: true })
  note!: string | null;

  @Column('text', { name: 'responded_by', nullable: true })
  respondedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'responded_at', nullable: true })
  respondedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'report_received_at', nullable: true })
  reportReceivedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'phone_follow_up_at', nullable: true })
  phoneFollowUpAt!: Date | null;
}

/** The outcome of a finalised meeting as circulated to one invited agency, and its acknowledgement. */
@ObjectType('MeetingCirculation')
@Entity('meeting_circulation')
export class MeetingCirculation {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'circulated_at' })
  circulatedAt!: Date;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;
}
