import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

export enum GapBlockStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(GapBlockStatus, { name: 'GapBlockStatus' });

export enum GapBlockStepAction {
  RAISED = 'RAISED',
  NOTE = 'NOTE',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(GapBlockStepAction, { name: 'GapBlockStepAction' });

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/**
 * Gaps and Blocks: persistent non-engagement of a service with the care plan, escalated level by
 * level (1 colleagues, 2 supervisor/manager, 3 rehabilitation co-ordinator, 4 national
 * co-ordinator) until resolved.
 */
@ObjectType('GapBlock')
@Entity('gap_block')
export class GapBlock {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'concerning_agency_code' })
  concerningAgencyCode!: string;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  issue!: string;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'what_tried' })
  whatTried!: string;

  @Field(() => Int, {
    nullable: true,
    description: '1 colleagues, 2 supervisor, 3 rehabilitation co-ordinator, 4 national.',
  })
  @Directive(SUMMARY)
  @Column('integer')
  level!: number;

  @Field(() => GapBlockStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: GapBlockStatus;

  @Column('text', { name: 'raised_by' })
  raisedBy!: string;

  @Column('text', { name: 'raised_by_agency' })
  raisedByAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'raised_at' })
  raisedAt!: Date;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  resolution!: string | null;

  @Column('text', { name: 'resolved_by', nullable: true })
  resolvedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}

/** One recorded step of an escalation: who did what, at which level, when, with what outcome. */
@ObjectType('GapBlockStep')
@Entity('gap_block_step')
export class GapBlockStep {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'gap_block_id' })
  gapBlockId!: string;

  @Field(() => Int, { nullable: true })
  @Directive(SUMMARY)
  @Column('integer')
  level!: number;

  @Field(() => GapBlockStepAction, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  action!: GapBlockStepAction;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  outcome!: string;

  @Column('text', { name: 'by_user' })
  byUser!: string;

  @Column('text', { name: 'by_agency' })
  byAgencyCode!: string;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'by_role' })
  byRole!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz')
  at!: Date;
}
