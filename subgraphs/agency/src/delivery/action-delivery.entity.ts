import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where the responsible agency stands with a plan action assigned to it.',
  valuesConfig: {
    PENDING: { description: 'Assigned to the agency, not yet accepted or declined.' },
    ACCEPTED: { description: 'Accepted by the agency; work has not started.' },
    DECLINED: { description: 'Declined by the agency, with a reason (closed).' },
    IN_PROGRESS: { description: 'Being delivered.' },
    BLOCKED: { description: 'Held up; the status note says why.' },
    COMPLETED: { description: 'Ended with its outcome achieved (closed).' },
    NOT_COMPLETED: { description: 'Ended without its outcome achieved (closed).' },
  },
});

/** Where the delivery stands and when: part of the plan's summary. */
const SUMMARY = consent('CARE_PLAN_SUMMARY');
/** What was said about the work: data of the action's domain (a note on CBT is mental-health data). */
const BY_DOMAIN = consent();

/**
 * How this agency delivers one plan action assigned to it. Every field but the key is about the
 * service user, so every one is @consent and nullable.
 */
@Directive('@key(fields: "agencyCode actionId")')
@ObjectType('ActionDelivery', {
  description:
    "How the responsible agency is delivering a plan action, from that agency's own server. An " +
    'action the agency has not touched yet reads as PENDING.',
})
@Entity('action_delivery')
export class ActionDelivery {
  @Field(() => ID, { description: 'The code of the agency delivering the action.' })
  agencyCode!: string;

  @Field(() => UUIDScalar, { description: 'The plan action (PlanAction.id in the care plan).' })
  @PrimaryColumn('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  /**
   * The action's domain of need as case-management gave it when the delivery was last written;
   * null for rows written before deliveries kept it. Decides the category of the notes.
   */
  @Column('text', { nullable: true })
  domain!: string | null;

  @Field(() => DeliveryStatus, {
    nullable: true,
    description:
      'PENDING until the agency accepts or declines the action. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('text')
  status!: DeliveryStatus;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the agency accepted the action; null until then. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the agency declined the action; null unless DECLINED. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'declined_reason', nullable: true })
  declinedReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What came of the action, recorded when it is completed or not completed. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  outcome!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the outcome was recorded; null until the action ends. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'outcome_recorded_at', nullable: true })
  outcomeRecordedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The note given with the last change of status (e.g. why it is blocked). Consent category: the action's domain's (a psychological action's is MENTAL_HEALTH): null with CONSENT_REQUIRED when not shared.",
  })
  @Directive(BY_DOMAIN)
  @Column('text', { name: 'last_status_note', nullable: true })
  statusNote!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Goes up by one with every change (0 for an action not touched yet). Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the delivery last changed. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * A dated note of progress on a delivery, written by a staff member of the agency. Data of its
 * action's domain: its fields take the category of the delivery they belong to.
 */
@ObjectType('ProgressNote', {
  description:
    "A dated note of progress on a delivery, written by a member of the agency's staff: data of the action's domain.",
})
@Entity('progress_note')
export class ProgressNote {
  @Field(() => UUIDScalar, { description: "The note's id." })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "What the note says. Consent category: the action's domain's (a psychological action's is MENTAL_HEALTH): null with CONSENT_REQUIRED when not shared.",
  })
  @Directive(BY_DOMAIN)
  @Column('text')
  body!: string;

  @Column('text', { name: 'written_by' })
  writtenBy!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the note was written. Consent category: the action's domain's (a psychological action's is MENTAL_HEALTH): null with CONSENT_REQUIRED when not shared.",
  })
  @Directive(BY_DOMAIN)
  @Column('timestamptz', { name: 'written_at' })
  writtenAt!: Date;
}
