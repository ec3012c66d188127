import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** The one overarching interagency care plan of a case. Its content changes only by new versions. */
@ObjectType('CarePlan', {
  description:
    'The one overarching interagency care plan of a case: its needs, SMART goals and the actions each agency agreed, with every version kept. The lead agency of the case reads all of it; another agency reads it under the service user’s consent to share it with them (field by field: a field not shared is null with CONSENT_REQUIRED). Only the case manager changes it, and only by a new version.',
})
@Entity('care_plan')
export class CarePlan {
  @Field(() => UUIDScalar, {
    description: 'The plan’s id (shown without consent: it names no one).',
  })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => Int, {
    nullable: true,
    description: summary(
      'The current version (1 when agreed, one more with each revision or review); pass it back as expectedVersion to revise or review the plan.',
    ),
  })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: summary(
      'The date of the next review: at most 3 calendar months after the last review.',
    ),
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'next_review_on' })
  nextReviewOn!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: summary('The date of the last review (the day the plan was agreed, at first).'),
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'last_reviewed_on' })
  lastReviewedOn!: string;

  @Column('text', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: summary('When the plan last changed (a new version or a review).'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
