import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** The one overarching interagency care plan of a case. Its content changes only by new versions. */
@ObjectType('CarePlan', { description: 'The one overarching interagency care plan of a case.' })
@Entity('care_plan')
export class CarePlan {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The current version; pass it back as expectedVersion to revise.',
  })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Next review (YYYY-MM-DD): at most 3 months after the last.',
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'next_review_on' })
  nextReviewOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Directive(SUMMARY)
  @Column('date', { name: 'last_reviewed_on' })
  lastReviewedOn!: string;

  @Column('text', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
