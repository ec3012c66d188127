import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum CaseStatus {
  REFERRED = 'REFERRED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

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

  @Field(() => CaseStatus)
  @Column('text')
  status!: CaseStatus;

  @Field(() => Date)
  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
