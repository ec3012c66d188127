import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { byDomain, summary } from '../kernel/describe';
import { NeedDomain } from './need-domain';

/** A need of the service user in one domain. Its description is data of that domain. */
@ObjectType('Need', {
  description:
    'A need of the service user in one domain, on their care plan. Its domain and whether it is met are part of the plan’s summary; its description is data of its domain.',
})
@Entity('need')
export class Need {
  @Field(() => UUIDScalar, {
    description: 'The need’s id: name it in updateNeeds and removeNeedIds.',
  })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Field(() => NeedDomain, {
    nullable: true,
    description: summary('The domain of need; it decides the consent category of the description.'),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('text')
  domain!: NeedDomain;

  @Field(() => String, {
    nullable: true,
    description: byDomain('What the service user needs, in words.'),
  })
  @Directive(consent())
  @Column('text')
  description!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: summary('Whether the need is met (a need with goals is marked met, not removed).'),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('boolean')
  met!: boolean;
}
