import {
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsUuidValue, UUIDScalar, consent, isServiceUserReader, loaderByKey } from '@icp/shared';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { CmContext } from '../kernel/context';
import { summary } from '../kernel/describe';
import { ServiceUser } from '../case/service-user.entity';
import { PlanCopy } from '../plan-copy/plan-copy.entity';
import { PlanCopyAcknowledgement } from './plan-copy-acknowledgement.entity';

/** The acknowledgement of each copy, if any. */
export function acknowledgementByCopyIdLoader(ds: DataSource) {
  return loaderByKey<string, PlanCopyAcknowledgement>(
    (ids) => ds.getRepository(PlanCopyAcknowledgement).findBy({ copyId: In([...ids]) }),
    (a) => a.copyId,
  );
}

/** acknowledgePlanCopy's arguments. */
@ArgsType()
export class AcknowledgePlanCopyArgs {
  @Field(() => UUIDScalar, {
    description: 'The copy of the plan issued to you (PlanCopy.id, recipient SERVICE_USER).',
  })
  @IsUuidValue()
  copyId!: string;
}

@Resolver(() => ServiceUser)
export class ServiceUserAccessResolver {
  @Query(() => ServiceUser, {
    nullable: true,
    description:
      'For a signed-in service user (role SERVICE_USER): their own record, from which their case, plan (with each agency’s delivery), consent register, plan copies and who saw their data are read, each read audited as theirs (basis SUBJECT). Null for staff, and when the agency that signed you in does not lead your open case (no access looks like no data).',
  })
  myOwnRecord(@Ctx() ctx: CmContext): Promise<ServiceUser | null> | null {
    const id = ctx.identity.serviceUserId;
    if (!isServiceUserReader(ctx.identity) || !id) return null;
    return ctx.loaders.serviceUserById.load(id);
  }
}

@Resolver(() => PlanCopy)
export class PlanCopyAcknowledgementResolver {
  @Mutation(() => PlanCopy, {
    description:
      'The service user acknowledges that they received their copy of the plan (the one mutation a SERVICE_USER may make). Idempotent: the first acknowledgement is kept. Errors: FORBIDDEN for staff; NOT_FOUND for a copy that does not exist or is not your own copy.',
  })
  acknowledgePlanCopy(@Args() { copyId }: AcknowledgePlanCopyArgs, @Ctx() ctx: CmContext) {
    return ctx.services.serviceUserAccess.acknowledge(ctx.identity, copyId);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: summary(
      'When the service user acknowledged receiving this copy; null until they do, and for an agency’s copy.',
    ),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  async acknowledgedAt(@Root() c: PlanCopy, @Ctx() ctx: CmContext): Promise<Date | null> {
    const ack = await ctx.loaders.acknowledgementByCopyId.load(c.id);
    return ack?.acknowledgedAt ?? null;
  }
}
