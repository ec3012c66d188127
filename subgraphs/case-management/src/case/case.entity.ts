import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

export enum CaseStatus {
  REFERRED = 'REFERRED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

/** Disengagement is not closure: case management stays on offer while contact is attempted. */
export enum Engagement {
  ENGAGED = 'ENGAGED',
  DISENGAGED = 'DISENGAGED',
}
registerEnumType(Engagement, { name: 'Engagement' });

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** An episode of care: one open case per service user, held by a case manager in a lead agency. */
@Directive('@key(fields: "id")')
@ObjectType('Case', {
  description: 'An episode of care, held by a case manager in the lead agency.',
})
@Entity('care_case')
export class Case {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'lead_agency_code' })
  leadAgencyCode!: string;

  @Column('text', { name: 'case_manager_id' })
  caseManagerId!: string;

  @Field(() => CaseStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: CaseStatus;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('uuid', { name: 'previous_case_id', nullable: true })
  previousCaseId!: string | null;

  @Field(() => Engagement, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  engagement!: Engagement;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'disengaged_since', nullable: true })
  disengagedSince!: Date | null;
}
