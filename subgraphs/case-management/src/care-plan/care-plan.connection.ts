import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@icp/shared';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';
import { CarePlanVersion } from './plan-version.entity';

/** Pages of care plans (the worklist's review sections). */
@ObjectType('CarePlanConnection', {
  description: 'A page of care plans, with the cursor to the next page.',
})
export class CarePlanConnection extends ConnectionOf(CarePlan, 'CarePlan', { noun: 'care plan' }) {}

/** Pages of plan actions (the worklist's action sections). */
@ObjectType('PlanActionConnection', {
  description: 'A page of plan actions, with the cursor to the next page.',
})
export class PlanActionConnection extends ConnectionOf(PlanAction, 'PlanAction', {
  noun: 'plan action',
}) {}

/** Pages of a plan's version history, newest first. */
@ObjectType('CarePlanVersionConnection', {
  description: 'A page of a care plan’s versions, newest first, with the cursor to the next page.',
})
export class CarePlanVersionConnection extends ConnectionOf(CarePlanVersion, 'CarePlanVersion', {
  noun: 'plan version',
}) {}
