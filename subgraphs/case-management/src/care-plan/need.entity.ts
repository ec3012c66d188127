import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';
import { NeedDomain } from './need-domain';

/** A need of the service user in one domain. Its description is data of that domain. */
@ObjectType('Need')
@Entity('need')
export class Need {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Field(() => NeedDomain, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('text')
  domain!: NeedDomain;

  @Field(() => String, {
    nullable: true,
    description: "Consent category follows the need's domain.",
  })
  @Directive(consent())
  @Column('text')
  description!: string;

  @Field(() => Boolean, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  @Column('boolean')
  met!: boolean;
}
