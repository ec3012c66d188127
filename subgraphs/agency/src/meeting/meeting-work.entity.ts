import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');

export enum AttendanceRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(AttendanceRequestStatus, { name: 'MeetingAttendanceRequestStatus' });

/** A key worker asks their supervisor for permission to attend a case meeting. */
@ObjectType('MeetingAttendanceRequest')
@Entity('meeting_attendance_request')
export class MeetingAttendanceRequest {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, { nullable: true })
  @Directive(SUMMARY)
  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'key_worker_id' })
  keyWorkerId!: string;

  @Field(() => String, { nullable: true })
  @Directive(RECORDS)
  @Column('text', { nullable: true })
  note!: string | null;

  @Field(() => AttendanceRequestStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: AttendanceRequestStatus;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why attendance was refused.' })
  @Directive(RECORDS)
  @Column('text', { name: 'refusal_reason', nullable: true })
  refusalReason!: string | null;
}

/**
 * The written report a key worker who cannot attend sends the case manager, and the phone call
 * that follows it up before the meeting. Held by this agency; addressed to the case's lead agency.
 */
@Directive('@key(fields: "agencyCode meetingId")')
@ObjectType('MeetingReport', { description: "An agency's written report to a care plan meeting." })
@Entity('meeting_report')
export class MeetingReport {
  /** Filled from the instance's own code; every agency entity key carries it. */
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID, { nullable: true })
  @Directive(SUMMARY)
  @PrimaryColumn('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'lead_agency_code' })
  leadAgencyCode!: string;

  @Column('text', { name: 'key_worker_id' })
  keyWorkerId!: string;

  @Field(() => String, { nullable: true, description: 'Contribution to the care plan.' })
  @Directive(RECORDS)
  @Column('text')
  contribution!: string;

  @Field(() => String, { nullable: true, description: 'Any other issues.' })
  @Directive(RECORDS)
  @Column('text')
  issues!: string;

  @Field(() => Date, { nullable: true })
  @Directive(RECORDS)
  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the report was followed up by phone.' })
  @Directive(RECORDS)
  @Column('timestamptz', { name: 'phone_follow_up_at', nullable: true })
  phoneFollowUpAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Directive(RECORDS)
  @Column('text', { name: 'phone_follow_up_note', nullable: true })
  phoneFollowUpNote!: string | null;
}

/** A substitute key worker the agency sends in place of the usual one, with the handover. */
@ObjectType('MeetingSubstitute')
@Entity('meeting_substitute')
export class MeetingSubstitute {
  @Field(() => ID, { nullable: true })
  @Directive(SUMMARY)
  @PrimaryColumn('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'substitute_key_worker_id' })
  substituteKeyWorkerId!: string;

  @Field(() => String, { nullable: true, description: 'The case information handed over.' })
  @Directive(RECORDS)
  @Column('text', { name: 'handover_note' })
  handoverNote!: string;

  @Column('text', { name: 'named_by' })
  namedBy!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'named_at' })
  namedAt!: Date;
}
