import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar, UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';
import { NeedDomain } from './need-domain';
import { InterventionType } from './intervention-type';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** An agreed action on the plan, owned by one agency and delivered by its key worker. */
@ObjectType('PlanAction', {
  description:
    'An action agreed on the care plan: what is to be done, towards which goal, by which agency and key worker, by when. The responsible agency delivers it (see delivery). Part of the plan’s summary (consent category CARE_PLAN_SUMMARY), readable as the plan is.',
})
@Entity('plan_action')
export class PlanAction {
  @Field(() => UUIDScalar, {
    description:
      'The action’s id: name it in updateActions and removeActionIds; the responsible agency’s delivery of it has the same id (actionId).',
  })
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

  @Field(() => String, { nullable: true, description: summary('What is to be done.') })
  @Directive(SUMMARY)
  @Column('text')
  description!: string;

  @Field(() => NeedDomain, {
    nullable: true,
    description: summary(
      'The domain of need it serves; it decides the consent category of the delivery’s progress notes.',
    ),
  })
  @Directive(SUMMARY)
  @Column('text')
  domain!: NeedDomain;

  @Column('text', { name: 'responsible_agency_code' })
  responsibleAgencyCode!: string;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: summary('The date it is due by; null when none was agreed.'),
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'due_on', nullable: true })
  dueOn!: string | null;

  @Field(() => InterventionType, {
    nullable: true,
    description: summary('The kind of intervention, for spotting duplicated services.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'intervention_type' })
  interventionType!: InterventionType;

  @Field(() => Int, {
    nullable: true,
    description: summary(
      'How often the action is reviewed, in weeks (1 to 13); null when no timeframe was set.',
    ),
  })
  @Directive(SUMMARY)
  @Column('integer', { name: 'review_every_weeks', nullable: true })
  reviewEveryWeeks!: number | null;
}
