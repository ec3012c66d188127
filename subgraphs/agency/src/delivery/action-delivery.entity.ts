import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

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
  description: 'How the responsible agency is delivering a plan action.',
})
@Entity('action_delivery')
export class ActionDelivery {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
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
    description: 'PENDING until the agency accepts or declines the action.',
  })
  @Directive(SUMMARY)
  @Column('text')
  status!: DeliveryStatus;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the agency declined the action.' })
  @Directive(SUMMARY)
  @Column('text', { name: 'declined_reason', nullable: true })
  declinedReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What came of the action, recorded when it is completed or not completed.',
  })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  outcome!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'outcome_recorded_at', nullable: true })
  outcomeRecordedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The note given with the last change of status (e.g. why it is blocked).',
  })
  @Directive(BY_DOMAIN)
  @Column('text', { name: 'last_status_note', nullable: true })
  statusNote!: string | null;

  @Field(() => Int, { nullable: true, description: 'Goes up by one with every change.' })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * A dated note of progress on a delivery, written by a staff member of the agency. Data of its
 * action's domain: its fields take the category of the delivery they belong to.
 */
@ObjectType('ProgressNote')
@Entity('progress_note')
export class ProgressNote {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => String, { nullable: true })
  @Directive(BY_DOMAIN)
  @Column('text')
  body!: string;

  @Column('text', { name: 'written_by' })
  writtenBy!: string;

  @Field(() => Date, { nullable: true })
  @Directive(BY_DOMAIN)
  @Column('timestamptz', { name: 'written_at' })
  writtenAt!: Date;
}
