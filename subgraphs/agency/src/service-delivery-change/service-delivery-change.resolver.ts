import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import {
  IsCalendarDate,
  IsUuidValue,
  LocalDateScalar,
  RequiredText,
  SkipIfEmpty,
  UUIDScalar,
} from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { AgencyServiceDeliveryChange } from './service-delivery-change.entity';

@InputType({
  description: 'A change to what your agency delivers on a plan action assigned to it.',
})
export class ServiceDeliveryChangeInput {
  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'Your own UUID, so that a retry records the change once.',
  })
  @SkipIfEmpty()
  @IsUuidValue()
  id?: string | null;

  @Field(() => UUIDScalar, {
    description: 'The plan action (PlanAction.id), assigned to your agency.',
  })
  @IsUuidValue()
  actionId!: string;

  @Field(() => String, {
    description: 'What changes in what your agency delivers, 1 to 4000 characters.',
  })
  @RequiredText(4000)
  what!: string;

  @Field(() => String, { description: 'Why it changes, 1 to 4000 characters.' })
  @RequiredText(4000)
  why!: string;

  @Field(() => LocalDateScalar, { description: 'The day the change takes effect.' })
  @IsCalendarDate()
  effectiveFrom!: string;
}

@Resolver(() => AgencyServiceDeliveryChange)
export class ServiceDeliveryChangeResolver {
  @Mutation(() => AgencyServiceDeliveryChange, {
    description:
      "Records a change to what your agency delivers on an action and tells the case manager (case-management records it first; nothing is recorded if it refuses). FORBIDDEN for staff of another agency, without a key worker, case manager or supervisor role, or when case-management does not confirm the action as your agency's; case-management's own refusals with their code (CONFLICT for an id already used for another change); SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  recordServiceDeliveryChange(
    @Arg('input', () => ServiceDeliveryChangeInput, { description: 'The change to record.' })
    input: ServiceDeliveryChangeInput,
    @Ctx() ctx: AgencyContext,
  ) {
    return ctx.services.deliveryChanges.record(ctx.identity, ctx.behalf, ctx.loaders, input);
  }
}

/** Held by this agency; about the action's service user. */
export function deliveryChangeSubject(c: AgencyServiceDeliveryChange, ctx: AgencyContext) {
  return { serviceUserId: c.serviceUserId, holderAgencyCode: ctx.agencyCode };
}
