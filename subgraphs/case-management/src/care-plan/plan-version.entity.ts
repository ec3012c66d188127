import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';
import type { PlanSnapshot } from './plan-snapshot';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** One immutable version of a plan: who changed it, when, why, and what it then said. */
@ObjectType('CarePlanVersion')
@Entity('care_plan_version')
export class CarePlanVersion {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Field(() => Int, { nullable: true })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Column('text', { name: 'author_id' })
  authorId!: string;

  @Column('text', { name: 'author_agency_code' })
  authorAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'change_summary' })
  changeSummary!: string;

  @Column('uuid', { name: 'meeting_id', nullable: true })
  meetingId!: string | null;

  @Column('jsonb')
  snapshot!: PlanSnapshot;
}
