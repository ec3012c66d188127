import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { byDomain, summary } from '../kernel/describe';
import { NeedDomain } from './need-domain';

export enum PlanPartKind {
  PLAN = 'PLAN',
  NEED = 'NEED',
  GOAL = 'GOAL',
  ACTION = 'ACTION',
}
registerEnumType(PlanPartKind, {
  name: 'PlanPart',
  description: 'The part of a care plan a change is in.',
  valuesConfig: {
    PLAN: { description: 'The plan itself (its review dates).' },
    NEED: { description: 'A need.' },
    GOAL: { description: 'A goal.' },
    ACTION: { description: 'An action.' },
  },
});

export enum ChangeKindEnum {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeKindEnum, {
  name: 'ChangeKind',
  description: 'What happened to a part of the plan between two versions.',
  valuesConfig: {
    ADDED: { description: 'It is in the later version only.' },
    REMOVED: { description: 'It is in the earlier version only.' },
    CHANGED: { description: 'One of its fields differs (`field`, `before`, `after`).' },
  },
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** One difference between two versions of a plan. */
@ObjectType('PlanChange', {
  description:
    'One difference between two versions of a care plan: a part added, removed, or one field of it changed. Readable as the plan is.',
})
export class PlanChange {
  planId!: string;

  @Field(() => PlanPartKind, {
    nullable: true,
    description: summary('The part of the plan that changed.'),
  })
  @Directive(SUMMARY)
  part!: PlanPartKind;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: summary('The id of the need, goal or action (of the plan for PLAN changes).'),
  })
  @Directive(SUMMARY)
  itemId!: string;

  @Field(() => ChangeKindEnum, {
    nullable: true,
    description: summary('Whether it was added, removed or changed.'),
  })
  @Directive(SUMMARY)
  change!: ChangeKindEnum;

  @Field(() => String, {
    nullable: true,
    description: summary(
      'For CHANGED, the name of the field that changed (`nextReviewOn`, `description`, `status`, `keyWorkerId`, …); null for ADDED and REMOVED.',
    ),
  })
  @Directive(SUMMARY)
  field!: string | null;

  @Field(() => String, {
    nullable: true,
    description: byDomain(
      'The earlier value as text: for CHANGED the field’s value, for REMOVED what the item said (a need’s or action’s description, a goal’s statement); null for ADDED. What is said about a need is data of its domain; goals’ and actions’ values are part of the summary.',
    ),
  })
  @Directive(consent())
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: byDomain(
      'The later value as text: for CHANGED the field’s value, for ADDED what the item says (a need’s or action’s description, a goal’s statement); null for REMOVED. What is said about a need is data of its domain; goals’ and actions’ values are part of the summary.',
    ),
  })
  @Directive(consent())
  after!: string | null;

  @Field(() => NeedDomain, {
    nullable: true,
    description: summary('The domain of the need, goal or action; null for PLAN changes.'),
  })
  @Directive(SUMMARY)
  domain!: NeedDomain | null;
}
