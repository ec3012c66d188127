import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { IsCalendarDate, IsUuidValue, RequiredText, SkipIfEmpty } from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { AgencyServiceDeliveryChange } from './service-delivery-change.entity';

@InputType()
export class ServiceDeliveryChangeInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Your own UUID, so that a retry records the change once.',
  })
  @SkipIfEmpty()
  @IsUuidValue()
  id?: string | null;

  @Field(() => ID)
  @IsUuidValue()
  actionId!: string;

  @Field(() => String, { description: 'What changes in what your agency delivers.' })
  @RequiredText(4000)
  what!: string;

  @Field(() => String)
  @RequiredText(4000)
  why!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  effectiveFrom!: string;
}

@Resolver(() => AgencyServiceDeliveryChange)
export class ServiceDeliveryChangeResolver {
  @Mutation(() => AgencyServiceDeliveryChange, {
    description:
      'Records a change to what your agency delivers on an action and tells the case manager.',
  })
  recordServiceDeliveryChange(
    @Arg('input', () => ServiceDeliveryChangeInput) input: ServiceDeliveryChangeInput,
    @Ctx() ctx: AgencyContext,
  ) {
    return ctx.services.deliveryChanges.record(ctx.identity, ctx.behalf, ctx.loaders, input);
  }
}

/** Held by this agency; about the action's service user. */
export function deliveryChangeSubject(c: AgencyServiceDeliveryChange, ctx: AgencyContext) {
  return { serviceUserId: c.serviceUserId, holderAgencyCode: ctx.agencyCode };
}
