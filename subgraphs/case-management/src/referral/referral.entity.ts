import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

/** The referral protocol: planned → sent → accepted / declined / waiting → completed. */
export enum ReferralStatus {
  PLANNED = 'PLANNED',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WAITING = 'WAITING',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A referral of the service user to another agency, made with their consent. */
@ObjectType('Referral')
@Entity('referral')
export class Referral {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'to_agency_code' })
  toAgencyCode!: string;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  reason!: string;

  /** The consent under which the referral is made: see ReferralResolver.consentId. */
  @Column('uuid', { name: 'consent_id' })
  consentId!: string;

  @Field(() => ReferralStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: ReferralStatus;

  @Field(() => String, {
    nullable: true,
    description: 'When the case manager follows up (YYYY-MM-DD).',
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'follow_up_on', nullable: true })
  followUpOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What supports the service user meanwhile, during a long wait.',
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'interim_plan', nullable: true })
  interimPlan!: string | null;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** One step in a referral's history. */
@ObjectType('ReferralEvent')
@Entity('referral_event')
export class ReferralEvent {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'referral_id' })
  referralId!: string;

  @Field(() => ReferralStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: ReferralStatus;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'by_user' })
  byUser!: string;

  @Column('text', { name: 'by_agency' })
  byAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz')
  at!: Date;
}
