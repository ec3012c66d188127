import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';
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
registerEnumType(MeetingReason, {
  name: 'MeetingReason',
  description: 'Why an interagency care plan meeting is held (Protocol 4).',
  valuesConfig: {
    REVIEW: { description: 'A review of the care plan; finalising it sets the next review date.' },
    REFERRAL: { description: 'A referral to another agency is discussed.' },
    CASE_MANAGER_TRANSFER: {
      description: 'The handover of the case to a new case manager (a three-way meeting).',
    },
    SERVICE_USER_REQUEST: { description: 'The service user asked for a meeting.' },
    LEAD_AGENCY_DISPUTE: {
      description:
        'A dispute over which agency leads the case. Contentious: held between services first; the service user attends only with a reason.',
    },
    DIVERGENCE_OF_VIEWS: {
      description:
        'Views on the plan diverge, or appropriate interventions cannot be accessed. Contentious, as LEAD_AGENCY_DISPUTE.',
    },
    CASE_CLOSURE: {
      description:
        'The exit meeting: finalising it with `closure` closes the case (goals achieved, future supports).',
    },
  },
});

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
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a meeting is: scheduled, minuted, finalised, or cancelled.',
  valuesConfig: {
    SCHEDULED: { description: 'Scheduled, no minutes yet; it may still be moved or cancelled.' },
    MINUTES_DRAFT: {
      description: 'Minutes saved at least once and not yet finalised: they may be saved again.',
    },
    FINALISED: {
      description: 'The outcome is entered on the plan as a new version; the minutes are final.',
    },
    CANCELLED: {
      description: 'Called off before it was held, with a reason the invited agencies were told.',
    },
  },
});

export enum MeetingResponse {
  PENDING = 'PENDING',
  ATTENDING = 'ATTENDING',
  APOLOGIES_WITH_REPORT = 'APOLOGIES_WITH_REPORT',
  SUBSTITUTE = 'SUBSTITUTE',
}
registerEnumType(MeetingResponse, {
  name: 'MeetingResponse',
  description: 'How an invited agency answered its invitation.',
  valuesConfig: {
    PENDING: { description: 'The agency has not answered yet (never an answer to give).' },
    ATTENDING: { description: 'Someone from the agency attends.' },
    APOLOGIES_WITH_REPORT: {
      description: 'The agency cannot attend and sends a written report instead.',
    },
    SUBSTITUTE: { description: 'Someone else attends in place of the invited key worker.' },
  },
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');
/** A field's description with its consent category. */
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);
const R = (d: string) => underConsent('MEETING_RECORDS', d);

/**
 * An interagency care plan meeting of a case, chaired and recorded by its case manager. Held by
 * the case's lead agency: scheduling metadata is CARE_PLAN_SUMMARY, content MEETING_RECORDS.
 */
@ObjectType('Meeting', {
  description:
    'An interagency care plan meeting of a case (Protocol 4), chaired and minuted by its case manager and held by the case’s lead agency. Readable by the lead agency, and by others under the person’s consent: scheduling, status and outcome metadata under CARE_PLAN_SUMMARY, the content (purpose, aims, minutes) under MEETING_RECORDS.',
})
@Entity('care_meeting')
export class Meeting {
  @Field(() => UUIDScalar, { description: 'The meeting’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => MeetingReason, { nullable: true, description: S('Why the meeting is held.') })
  @Directive(SUMMARY)
  @Column('text')
  reason!: MeetingReason;

  @Field(() => Date, { nullable: true, description: S('When it starts.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'scheduled_for' })
  scheduledFor!: Date;

  @Field(() => String, { nullable: true, description: S('Where, or by which channel.') })
  @Directive(SUMMARY)
  @Column('text')
  place!: string;

  @Field(() => String, {
    nullable: true,
    description: R('What the meeting is for, as sent to the invited agencies.'),
  })
  @Directive(RECORDS)
  @Column('text')
  purpose!: string;

  @Field(() => String, {
    nullable: true,
    description: R('What it should achieve, as sent to the invited agencies.'),
  })
  @Directive(RECORDS)
  @Column('text')
  aims!: string;

  @Field(() => MeetingStatus, { nullable: true, description: S('Where the meeting is.') })
  @Directive(SUMMARY)
  @Column('text')
  status!: MeetingStatus;

  @Field(() => Boolean, {
    nullable: true,
    description: S('Whether the service user attends.'),
  })
  @Directive(SUMMARY)
  @Column('boolean', { name: 'service_user_attends' })
  serviceUserAttends!: boolean;

  @Field(() => String, {
    nullable: true,
    description: R('Why the service user is involved in a contentious meeting.'),
  })
  @Directive(RECORDS)
  @Column('text', { name: 'service_user_attendance_reason', nullable: true })
  serviceUserAttendanceReason!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the service user was prepared for the meeting; null until recorded.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'service_user_prepared_at', nullable: true })
  serviceUserPreparedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: R('How the service user was prepared.'),
  })
  @Directive(RECORDS)
  @Column('text', { name: 'service_user_preparation', nullable: true })
  serviceUserPreparation!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the purpose and aims were sent to every invited agency; null until then.'),
  })
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
    description: S('Times the minutes were saved; pass back as expectedRecordVersion.'),
  })
  @Directive(SUMMARY)
  @Column('integer', { name: 'record_version' })
  recordVersion!: number;

  @Column('jsonb', { nullable: true })
  minutes!: MeetingMinutes | null;

  @Field(() => Date, { nullable: true, description: S('When it was finalised; null until then.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'finalised_at', nullable: true })
  finalisedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: S('The plan version the meeting made when it was finalised.'),
  })
  @Directive(SUMMARY)
  @Column('integer', { name: 'plan_version', nullable: true })
  planVersion!: number | null;

  @Column('uuid', { name: 'gap_block_ids', array: true })
  gapBlockIds!: string[];

  @Field(() => Date, {
    nullable: true,
    description: S('When the outcome was circulated to the invited agencies; null until then.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'circulated_at', nullable: true })
  circulatedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: S('When the meeting was last moved; null if never.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'rescheduled_at', nullable: true })
  rescheduledAt!: Date | null;

  @Field(() => Date, { nullable: true, description: S('When it was cancelled; null if not.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { name: 'cancelled_by', nullable: true })
  cancelledBy!: string | null;

  @Field(() => String, { nullable: true, description: R('Why the meeting was cancelled.') })
  @Directive(RECORDS)
  @Column('text', { name: 'cancellation_reason', nullable: true })
  cancellationReason!: string | null;
}

/**
 * One agency invited to a meeting: when the purpose and aims were sent, how it answered, and what
 * the case manager recorded (report received, phone follow-up). The invited agency holds its own
 * invitation; anyone else reads it as the case's lead agency's record.
 */
@ObjectType('MeetingInvitation', {
  description:
    'One agency invited to a meeting: what it was sent, how it answered, and what the case manager recorded (report received, phone follow-up). Staff of the invited agency read their own invitation as its holder; anyone else reads it as the lead agency’s meeting record, under the person’s consent.',
})
@Entity('meeting_invitation')
export class MeetingInvitation {
  @Field(() => UUIDScalar, { description: 'The invitation’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: S('The meeting, for the invited agency’s own operations on it.'),
  })
  @Directive(SUMMARY)
  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the purpose and aims were sent; null until then.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Field(() => MeetingResponse, {
    nullable: true,
    description: S('How the agency answered; PENDING until it does.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  response!: MeetingResponse;

  @Field(() => String, {
    nullable: true,
    description: R('Who attends in place of the invited key worker (SUBSTITUTE answers only).'),
  })
  @Directive(RECORDS)
  @Column('text', { name: 'substitute_name', nullable: true })
  substituteName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: R('The attendance note given with the answer.'),
  })
  @Directive(RECORDS)
  @Column('text', { name: 'response_note', nullable: true })
  note!: string | null;

  @Column('text', { name: 'responded_by', nullable: true })
  respondedBy!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the agency answered; null until then.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'responded_at', nullable: true })
  respondedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the case manager recorded the agency’s written report as received.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'report_received_at', nullable: true })
  reportReceivedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the case manager phoned the agency to follow up its report.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'phone_follow_up_at', nullable: true })
  phoneFollowUpAt!: Date | null;
}

/** The outcome of a finalised meeting as circulated to one invited agency, and its acknowledgement. */
@ObjectType('MeetingCirculation', {
  description:
    'The outcome of a finalised meeting as circulated to one invited agency, and its acknowledgement. Read like the agency’s invitation.',
})
@Entity('meeting_circulation')
export class MeetingCirculation {
  @Field(() => UUIDScalar, { description: 'The circulation’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Field(() => Date, { nullable: true, description: S('When the outcome was sent to the agency.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'circulated_at' })
  circulatedAt!: Date;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the agency acknowledged the outcome; null until it does.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;
}
