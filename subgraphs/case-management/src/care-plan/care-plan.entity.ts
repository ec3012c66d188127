import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** The one overarching interagency care plan of a case. */
@ObjectType('CarePlan', { description: 'The one overarching interagency care plan of a case.' })
@Entity('care_plan')
export class CarePlan {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => Int)
  @Column('integer')
  version!: number;

  @Field(() => String, {
    description: 'The date of the next review (at least every 3 months), YYYY-MM-DD.',
  })
  @Column('date', { name: 'next_review_on' })
  nextReviewOn!: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
