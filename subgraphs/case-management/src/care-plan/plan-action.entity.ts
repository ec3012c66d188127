import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The four domains of need of the NDRF care plan. */
export enum NeedDomain {
  PHYSICAL = 'PHYSICAL',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  SOCIAL = 'SOCIAL',
  LEGAL = 'LEGAL',
}
registerEnumType(NeedDomain, { name: 'NeedDomain' });

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

  @Column('text')
  description!: string;

  @Field(() => NeedDomain)
  @Column('text')
  domain!: NeedDomain;

  @Column('text', { name: 'responsible_agency_code' })
  responsibleAgencyCode!: string;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column('date', { name: 'due_on', nullable: true })
  dueOn!: string | null;
}
