import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';

/**
 * Something a user (a case manager), or every staff member of an agency, must know about a case,
 * until acknowledged.
 */
@ObjectType('Notification')
@Entity('notification')
export class Notification {
  @Field(() => ID)
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
    description: 'e.g. DISENGAGED_AFTER_REFERRAL, MEETING_CANCELLED',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('text')
  kind!: string;

  @Field(() => String, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('text')
  message!: string;

  @Field(() => Date, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;
}
