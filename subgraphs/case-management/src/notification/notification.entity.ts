import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';

/**
 * Something a user (a case manager), or every staff member of an agency, must know about a case,
 * until acknowledged.
 */
@ObjectType('Notification', {
  description:
    'Something a user (a case manager), or every member of an agency’s staff, must know about a case, kept until acknowledged. Its recipient’s agency reads it; others read it as the case (CARE_PLAN_SUMMARY).',
})
@Entity('notification')
export class Notification {
  @Field(() => UUIDScalar, {
    description: 'The notification’s id: pass it to acknowledgeNotification.',
  })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'recipient_agency_code' })
  recipientAgencyCode!: string;

  /** Null: addressed to every staff member of the recipient agency. */
  @Column('text', { name: 'recipient_user_id', nullable: true })
  recipientUserId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: summary(
      'What it is about, a code to switch on: DISENGAGED_AFTER_REFERRAL, EMERGENCY_ACCESS, SERVICE_DELIVERY_CHANGE, MEETING_RESCHEDULED, MEETING_CANCELLED (more may be added: show the message for an unknown one).',
    ),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('text')
  kind!: string;

  @Field(() => String, { nullable: true, description: summary('What to know, in words to show.') })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('text')
  message!: string;

  @Field(() => Date, { nullable: true, description: summary('When it was sent.') })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: summary('When it was acknowledged; null until then.'),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;
}
