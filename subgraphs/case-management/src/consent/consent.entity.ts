import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CONSENT_CATEGORIES, consent, type ConsentCategory } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

export const ConsentCategoryEnum = Object.fromEntries(CONSENT_CATEGORIES.map((c) => [c, c])) as {
  [K in ConsentCategory]: K;
};
registerEnumType(ConsentCategoryEnum, {
  name: 'ConsentCategory',
  description: 'Categories of information a service user consents to share.',
});

export enum ConsentPurpose {
  /** Given at intake so the case manager's lead agency can hold the plan. */
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  CARE_COORDINATION = 'CARE_COORDINATION',
  REFERRAL = 'REFERRAL',
}
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });

export enum ConsentStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });

/** A service user's consent for one recipient agency to read some categories of their data. */
@ObjectType('Consent')
@Entity('consent')
export class Consent {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'recipient_agency_code' })
  recipientAgencyCode!: string;

  @Field(() => [ConsentCategoryEnum], { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { array: true })
  categories!: ConsentCategory[];

  @Field(() => ConsentPurpose, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  purpose!: ConsentPurpose;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'valid_from' })
  validFrom!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'valid_until', nullable: true })
  validUntil!: Date | null;

  @Field(() => ConsentStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: ConsentStatus;

  @Field(() => String, { nullable: true, description: 'Reference of the signed consent form.' })
  @Directive(SUMMARY)
  @Column('text', { name: 'evidence_ref', nullable: true })
  evidenceRef!: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('text', { name: 'recorded_by_agency' })
  recordedByAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;
}
