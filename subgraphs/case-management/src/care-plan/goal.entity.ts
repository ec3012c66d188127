import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';
import { NeedDomain } from './need-domain';

export enum GoalStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  ACHIEVED = 'ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'Where a goal of the care plan stands.',
  valuesConfig: {
    PROPOSED: { description: 'Suggested, not yet agreed.' },
    ACTIVE: { description: 'Agreed and being worked towards (the default of a new goal).' },
    ACHIEVED: { description: 'Reached.' },
    NOT_ACHIEVED: { description: 'Ended without being reached.' },
    CANCELLED: { description: 'No longer pursued.' },
  },
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A SMART goal: specific, measurable, achievable and realistic, time-bound. */
@ObjectType('Goal', {
  description:
    'A SMART goal of the care plan: specific, measurable, achievable and realistic, time-bound. Part of the plan’s summary (consent category CARE_PLAN_SUMMARY), readable as the plan is.',
})
@Entity('goal')
export class Goal {
  @Field(() => UUIDScalar, { description: 'The goal’s id: name it in updateGoals and in actions.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'need_id', nullable: true })
  needId!: string | null;

  @Field(() => NeedDomain, {
    nullable: true,
    description: summary('The domain of need it serves.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  domain!: NeedDomain;

  @Field(() => String, {
    nullable: true,
    description: summary('Specific: what will be different.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  statement!: string;

  @Field(() => String, {
    nullable: true,
    description: summary('Measurable: how progress is known.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  measure!: string;

  @Field(() => String, {
    nullable: true,
    description: summary('Why the goal is achievable and realistic.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  achievability!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: summary('Time-bound: the date by which it should be reached.'),
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'target_date' })
  targetDate!: string;

  @Field(() => GoalStatus, { nullable: true, description: summary('Where the goal stands.') })
  @Directive(SUMMARY)
  @Column('text')
  status!: GoalStatus;

  @Column('uuid', { name: 'builds_on_goal_id', nullable: true })
  buildsOnGoalId!: string | null;

  @Column('text', { name: 'proposed_by_agency' })
  proposedByAgencyCode!: string;
}

/** Two goals that pull against each other, flagged so that the agencies can agree. */
@ObjectType('GoalConflict', {
  description:
    'Two goals of one plan that pull against each other, flagged by an involved agency so that the agencies agree; the case manager records the resolution. Part of the plan’s summary (consent category CARE_PLAN_SUMMARY).',
})
@Entity('goal_conflict')
export class GoalConflict {
  @Field(() => UUIDScalar, { description: 'The conflict’s id: pass it to resolveGoalConflict.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'goal_id' })
  goalId!: string;

  @Column('uuid', { name: 'conflicting_goal_id' })
  conflictingGoalId!: string;

  @Field(() => String, {
    nullable: true,
    description: summary('Why the goals conflict, as the flagging agency put it.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  note!: string;

  @Column('text', { name: 'flagged_by' })
  flaggedBy!: string;

  @Column('text', { name: 'flagged_by_agency' })
  flaggedByAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: summary('When the conflict was flagged.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'flagged_at' })
  flaggedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: summary('How the agencies resolved it; null while it is open.'),
  })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  resolution!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: summary('When it was resolved; null while it is open.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}
