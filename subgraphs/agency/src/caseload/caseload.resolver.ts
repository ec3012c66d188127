import {
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  SkipIfEmpty,
  consent,
  pageFromList,
  type ConsentSubject,
  type Page,
} from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { ServiceUserRef } from '../federation/service-user.ref';
import { IsStaffId } from '../key-worker/staff-access';
import {
  AttentionItemConnection,
  CaseloadActionConnection,
  CaseloadServiceUserConnection,
} from './caseload.connection';
import { actionKey, attentionKey, memberKey } from './caseload.keys';
import { Caseload, type AttentionItem, type CaseloadAction } from './caseload.type';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const HOLDER = 'Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.';

@ArgsType()
export class MyCaseloadArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      "A key worker's staff id in your agency, for a supervisor; default: your own. Another key worker's caseload is FORBIDDEN without the SUPERVISOR role.",
  })
  @SkipIfEmpty()
  @IsStaffId()
  keyWorkerId!: string | null;
}

@Resolver(() => Caseload)
export class CaseloadResolver {
  @Query(() => Caseload, {
    description:
      "Your caseload in your agency; a supervisor may name any key worker of the agency. For your agency's own staff: FORBIDDEN for staff of another agency, without a key worker, case manager or supervisor role, or for another key worker's caseload without SUPERVISOR; NOT_FOUND when the key worker is not on your agency's staff list.",
  })
  myCaseload(
    @Args() { keyWorkerId }: MyCaseloadArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<Caseload> {
    return ctx.services.caseloads.forKeyWorker(ctx.identity, ctx.behalf, ctx.loaders, keyWorkerId);
  }

  @FieldResolver(() => CaseloadServiceUserConnection, {
    nullable: true,
    description: `The service users the key worker is assigned to, longest-standing first; case-management resolves them. A person of whom your agency may now see nothing (consent withdrawn) is a null node, as a person unknown to case-management would be. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  serviceUsers(@Root() c: Caseload, @Args(() => PageArgs) page: PageArgs): Page<ServiceUserRef> {
    const members = pageFromList(c.members, page, memberKey);
    return {
      pageInfo: members.pageInfo,
      edges: members.edges.map((e) => ({
        cursor: e.cursor,
        node: ServiceUserRef.of(e.node.serviceUserId),
      })),
    };
  }

  @FieldResolver(() => CaseloadActionConnection, {
    nullable: true,
    description: `Deliveries assigned to the key worker and not yet declined, completed or not completed; soonest due first, those without a due date last. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  openActions(@Root() c: Caseload, @Args(() => PageArgs) page: PageArgs): Page<CaseloadAction> {
    return pageFromList(c.actions, page, actionKey);
  }

  @FieldResolver(() => AttentionItemConnection, {
    nullable: true,
    description: `Overdue actions, most overdue first, then meeting items, soonest first. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  attention(@Root() c: Caseload, @Args(() => PageArgs) page: PageArgs): Page<AttentionItem> {
    return pageFromList(c.attentionItems, page, attentionKey);
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
