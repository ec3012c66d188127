import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

export enum DisputeStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Where a lead agency dispute stands.',
  valuesConfig: {
    OPEN: { description: 'The agencies have not agreed yet.' },
    RESOLVED: { description: 'Agreed: a lead agency and case manager were named.' },
  },
});

/**
 * A lead agency or case manager that the agencies cannot agree on. Addressed between services
 * first: the service user is not involved unless someone deliberately decides so, with a reason.
 */
@ObjectType('LeadAgencyDispute', {
  description:
    'A lead agency or case manager that the agencies cannot agree on, addressed between services first: the service user is involved only by a deliberate decision, with a reason. Held by the agencies party to it; others read it under the service user’s consent (CARE_PLAN_SUMMARY).',
})
@Entity('lead_agency_dispute')
export class LeadAgencyDispute {
  @Field(() => UUIDScalar, { description: 'The dispute’s id: pass it as disputeId.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Column('text', { name: 'agency_codes', array: true })
  agencyCodes!: string[];

  @Field(() => String, { nullable: true, description: summary('What the agencies disagree on.') })
  @Directive(SUMMARY)
  @Column('text')
  description!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: summary('Whether the service user was deliberately involved.'),
  })
  @Directive(SUMMARY)
  @Column('boolean', { name: 'service_user_involved' })
  serviceUserInvolved!: boolean;

  @Field(() => String, {
    nullable: true,
    description: summary('Why the service user was involved; null when they were not.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'involvement_reason', nullable: true })
  involvementReason!: string | null;

  @Field(() => DisputeStatus, {
    nullable: true,
    description: summary('Where the dispute stands.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  status!: DisputeStatus;

  @Column('text', { name: 'raised_by' })
  raisedBy!: string;

  @Column('text', { name: 'raised_by_agency' })
  raisedByAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: summary('When it was recorded.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'raised_at' })
  raisedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: summary('How it was resolved; null while open.'),
  })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  resolution!: string | null;

  @Column('text', { name: 'resolved_lead_agency_code', nullable: true })
  resolvedLeadAgencyCode!: string | null;

  @Column('text', { name: 'resolved_case_manager_id', nullable: true })
  resolvedCaseManagerId!: string | null;

  @Column('text', { name: 'resolved_by', nullable: true })
  resolvedBy!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: summary('When it was resolved; null while open.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}
