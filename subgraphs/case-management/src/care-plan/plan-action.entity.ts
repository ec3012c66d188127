import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';
import { NeedDomain } from './need-domain';
import { InterventionType } from './intervention-type';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** An agreed action on the plan, owned by one agency and delivered by its key worker. */
@ObjectType('PlanAction', { description: 'An agreed action, owned by the responsible agency.' })
@Entity('plan_action')
export class PlanAction {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('uuid', { name: 'goal_id', nullable: true })
  goalId!: string | null;

  @Field(() => String, { nullable: true, description: 'What is to be done.' })
  @Directive(SUMMARY)
  @Column('text')
  description!: string;

  @Field(() => NeedDomain, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  domain!: NeedDomain;

  @Column('text', { name: 'responsible_agency_code' })
  responsibleAgencyCode!: string;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Directive(SUMMARY)
  @Column('date', { name: 'due_on', nullable: true })
  dueOn!: string | null;

  @Field(() => InterventionType, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'intervention_type' })
  interventionType!: InterventionType;

  @Field(() => Int, {
    nullable: true,
    description: 'How often the action is reviewed, in weeks (1-13).',
  })
  @Directive(SUMMARY)
  @Column('integer', { name: 'review_every_weeks', nullable: true })
  reviewEveryWeeks!: number | null;
}
