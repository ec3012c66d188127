import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';
import { NeedDomain } from './need-domain';

export enum PlanPartKind {
  PLAN = 'PLAN',
  NEED = 'NEED',
  GOAL = 'GOAL',
  ACTION = 'ACTION',
}
registerEnumType(PlanPartKind, { name: 'PlanPart' });

export enum ChangeKindEnum {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeKindEnum, { name: 'ChangeKind' });

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** One difference between two versions of a plan. */
@ObjectType('PlanChange')
export class PlanChange {
  planId!: string;

  @Field(() => PlanPartKind, { nullable: true })
  @Directive(SUMMARY)
  part!: PlanPartKind;

  @Field(() => String, {
    nullable: true,
    description: 'The need, goal or action (the plan for PLAN changes).',
  })
  @Directive(SUMMARY)
  itemId!: string;

  @Field(() => ChangeKindEnum, { nullable: true })
  @Directive(SUMMARY)
  change!: ChangeKindEnum;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  field!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Consent category follows the item's domain for needs.",
  })
  @Directive(consent())
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Consent category follows the item's domain for needs.",
  })
  @Directive(consent())
  after!: string | null;

  @Field(() => NeedDomain, { nullable: true })
  @Directive(SUMMARY)
  domain!: NeedDomain | null;
}
