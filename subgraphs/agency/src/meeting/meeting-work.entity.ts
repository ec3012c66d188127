import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');

export enum AttendanceRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(AttendanceRequestStatus, {
  name: 'MeetingAttendanceRequestStatus',
  description: "Where a key worker's request to attend a meeting stands.",
  valuesConfig: {
    PENDING: { description: 'Not yet decided by their supervisor.' },
    APPROVED: { description: 'Approved: the case manager was told they attend.' },
    REFUSED: { description: 'Refused, with a reason: a written report is due instead.' },
  },
});

/** A key worker asks their supervisor for permission to attend a case meeting. */
@ObjectType('MeetingAttendanceRequest', {
  description:
    "A key worker's request to their supervisor for permission to attend a care plan meeting. Held by their agency, read by its own staff.",
})
@Entity('meeting_attendance_request')
export class MeetingAttendanceRequest {
  @Field(() => UUIDScalar, {
    description: "The request's id (decideMeetingAttendance's requestId).",
  })
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'The meeting (Meeting.id). Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'key_worker_id' })
  keyWorkerId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the key worker said with the request. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  @Column('text', { nullable: true })
  note!: string | null;

  @Field(() => AttendanceRequestStatus, {
    nullable: true,
    description:
      'PENDING until the supervisor decides. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('text')
  status!: AttendanceRequestStatus;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the key worker asked. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the supervisor decided; null while PENDING. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why attendance was refused; null unless REFUSED. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  @Column('text', { name: 'refusal_reason', nullable: true })
  refusalReason!: string | null;
}

/**
 * The written report a key worker who cannot attend sends the case manager, and the phone call
 * that follows it up before the meeting. Held by this agency; addressed to the case's lead agency.
 */
@Directive('@key(fields: "agencyCode meetingId")')
@ObjectType('MeetingReport', {
  description:
    "An agency's written report to a care plan meeting its key worker cannot attend (apologies with report), and the phone call following it up. Held by that agency; the case's lead agency reads it as addressed to it.",
})
@Entity('meeting_report')
export class MeetingReport {
  /** Filled from the instance's own code; every agency entity key carries it. */
  @Field(() => ID, { description: 'The agency that wrote the report.' })
  agencyCode!: string;

  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'The meeting the report is for (Meeting.id). Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @PrimaryColumn('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'lead_agency_code' })
  leadAgencyCode!: string;

  @Column('text', { name: 'key_worker_id' })
  keyWorkerId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The agency's contribution to the care plan. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.",
  })
  @Directive(RECORDS)
  @Column('text')
  contribution!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Any other issues. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  @Column('text')
  issues!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the report was sent. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the report was followed up by phone; null until then. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  @Column('timestamptz', { name: 'phone_follow_up_at', nullable: true })
  phoneFollowUpAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What was said on the follow-up call. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  @Column('text', { name: 'phone_follow_up_note', nullable: true })
  phoneFollowUpNote!: string | null;
}

/** A substitute key worker the agency sends in place of the usual one, with the handover. */
@ObjectType('MeetingSubstitute', {
  description:
    'A substitute key worker an agency sends to a meeting in place of the usual one, with the case information handed over.',
})
@Entity('meeting_substitute')
export class MeetingSubstitute {
  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'The meeting (Meeting.id). Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @PrimaryColumn('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'substitute_key_worker_id' })
  substituteKeyWorkerId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The case information handed over. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  @Column('text', { name: 'handover_note' })
  handoverNote!: string;

  @Column('text', { name: 'named_by' })
  namedBy!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the substitute was named. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'named_at' })
  namedAt!: Date;
}
