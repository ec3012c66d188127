import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, UUIDScalar, consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';

/** The referral protocol: planned → sent → accepted / declined / waiting → completed. */
export enum ReferralStatus {
  PLANNED = 'PLANNED',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WAITING = 'WAITING',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description:
    'Where a referral is: PLANNED → SENT → ACCEPTED / DECLINED / WAITING → COMPLETED (Protocol 3).',
  valuesConfig: {
    PLANNED: { description: 'Planned by the case manager, not yet sent.' },
    SENT: { description: 'Sent to the agency referred to, awaiting its answer.' },
    ACCEPTED: { description: 'The agency referred to accepted the service user.' },
    DECLINED: { description: 'The agency referred to declined.' },
    WAITING: { description: 'Accepted onto a waiting list; an interim plan supports the person.' },
    COMPLETED: { description: 'The service user is with the agency referred to; no more steps.' },
  },
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

/** A referral of the service user to another agency, made with their consent. */
@ObjectType('Referral', {
  description:
    'A referral of a case’s service user to another agency, made under their consent. Held by the case’s lead agency; the agency referred to reads it (and who the person is) under the referral consent, for this referral only.',
})
@Entity('referral')
export class Referral {
  @Field(() => UUIDScalar, { description: 'The referral’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'to_agency_code' })
  toAgencyCode!: string;

  @Field(() => String, { nullable: true, description: S('Why the referral is made.') })
  @Directive(SUMMARY)
  @Column('text')
  reason!: string;

  /** The consent under which the referral is made: see ReferralResolver.consentId. */
  @Column('uuid', { name: 'consent_id' })
  consentId!: string;

  @Field(() => ReferralStatus, { nullable: true, description: S('Where the referral is.') })
  @Directive(SUMMARY)
  @Column('text')
  status!: ReferralStatus;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: S('When the case manager follows up; null if not set.'),
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'follow_up_on', nullable: true })
  followUpOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: S('What supports the service user meanwhile, during a long wait.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'interim_plan', nullable: true })
  interimPlan!: string | null;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: S('When it was planned.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: S('When it last changed.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** One step in a referral's history. */
@ObjectType('ReferralEvent', {
  description: 'One step in a referral’s history: a status and its note. Read like its referral.',
})
@Entity('referral_event')
export class ReferralEvent {
  @Field(() => UUIDScalar, { description: 'The step’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'referral_id' })
  referralId!: string;

  @Field(() => ReferralStatus, {
    nullable: true,
    description: S('The status the referral moved to.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  status!: ReferralStatus;

  @Field(() => String, { nullable: true, description: S('The note recorded with it.') })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'by_user' })
  byUser!: string;

  @Column('text', { name: 'by_agency' })
  byAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: S('When it was recorded.') })
  @Directive(SUMMARY)
  @Column('timestamptz')
  at!: Date;
}
