import { Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { SkipIfEmpty, type ConsentSubject } from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { IsStaffId } from '../key-worker/staff-access';
import { Caseload, type AttentionItem, type CaseloadAction } from './caseload.type';

@ArgsType()
export class MyCaseloadArgs {
  @Field(() => ID, { nullable: true })
  @SkipIfEmpty()
  @IsStaffId()
  keyWorkerId!: string | null;
}

@Resolver(() => Caseload)
export class CaseloadResolver {
  @Query(() => Caseload, {
    description:
      'Your caseload in your agency; a supervisor may name any key worker of the agency.',
  })
  myCaseload(
    @Args() { keyWorkerId }: MyCaseloadArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<Caseload> {
    return ctx.services.caseloads.forKeyWorker(ctx.identity, ctx.behalf, ctx.loaders, keyWorkerId);
  }
}

/** A caseload spans service users and is held by the agency: only its own staff read it. */
export function caseloadSubject(_c: Caseload, ctx: AgencyContext): ConsentSubject {
  return { serviceUserId: null, holderAgencyCode: ctx.agencyCode };
}

/** An entry of a caseload is about its action's service user, held by this agency. */
export function caseloadEntrySubject(
  e: CaseloadAction | AttentionItem,
  ctx: AgencyContext,
): ConsentSubject {
  return { serviceUserId: e.serviceUserId, holderAgencyCode: ctx.agencyCode };
}
