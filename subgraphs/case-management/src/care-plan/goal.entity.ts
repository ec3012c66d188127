import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';
import { NeedDomain } from './need-domain';

export enum GoalStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  ACHIEVED = 'ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(GoalStatus, { name: 'GoalStatus' });

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A SMART goal: specific, measurable, achievable and realistic, time-bound. */
@ObjectType('Goal', { description: 'A SMART goal of the plan.' })
@Entity('goal')
export class Goal {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'need_id', nullable: true })
  needId!: string | null;

  @Field(() => NeedDomain, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  domain!: NeedDomain;

  @Field(() => String, { nullable: true, description: 'Specific: what will be different.' })
  @Directive(SUMMARY)
  @Column('text')
  statement!: string;

  @Field(() => String, { nullable: true, description: 'Measurable: how progress is known.' })
  @Directive(SUMMARY)
  @Column('text')
  measure!: string;

  @Field(() => String, { nullable: true, description: 'Why the goal is achievable and realistic.' })
  @Directive(SUMMARY)
  @Column('text')
  achievability!: string;

  @Field(() => String, { nullable: true, description: 'Time-bound: YYYY-MM-DD.' })
  @Directive(SUMMARY)
  @Column('date', { name: 'target_date' })
  targetDate!: string;

  @Field(() => GoalStatus, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  status!: GoalStatus;

  @Column('uuid', { name: 'builds_on_goal_id', nullable: true })
  buildsOnGoalId!: string | null;

  @Column('text', { name: 'proposed_by_agency' })
  proposedByAgencyCode!: string;
}

/** Two goals that pull against each other, flagged so that the agencies can agree. */
@ObjectType('GoalConflict')
@Entity('goal_conflict')
export class GoalConflict {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'goal_id' })
  goalId!: string;

  @Column('uuid', { name: 'conflicting_goal_id' })
  conflictingGoalId!: string;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  note!: string;

  @Column('text', { name: 'flagged_by' })
  flaggedBy!: string;

  @Column('text', { name: 'flagged_by_agency' })
  flaggedByAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'flagged_at' })
  flaggedAt!: Date;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  resolution!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}
