import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';
import type { PlanSnapshot } from './plan-snapshot';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** One immutable version of a plan: who changed it, when, why, and what it then said. */
@ObjectType('CarePlanVersion', {
  description:
    'One version of a care plan as it was agreed, never changed afterwards: who changed the plan, when, why, and what the plan then said. Readable as the plan is: by its lead agency, and by other agencies under the service user’s consent.',
})
@Entity('care_plan_version')
export class CarePlanVersion {
  @Field(() => UUIDScalar, { description: 'The version’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Field(() => Int, {
    nullable: true,
    description: summary('The version number: 1 for the plan as first agreed, then 2, 3, ….'),
  })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Column('text', { name: 'author_id' })
  authorId!: string;

  @Column('text', { name: 'author_agency_code' })
  authorAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: summary('When this version was made.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: summary('Why the plan changed, in the words of whoever changed it.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'change_summary' })
  changeSummary!: string;

  @Column('uuid', { name: 'meeting_id', nullable: true })
  meetingId!: string | null;

  @Column('jsonb')
  snapshot!: PlanSnapshot;
}
