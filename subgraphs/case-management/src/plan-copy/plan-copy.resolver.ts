import {
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { IsUuidValue, consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { CarePlan } from '../care-plan/care-plan.entity';
import { KeyWorkerRef } from '../federation/refs';
import { CopyRecipientKind, PlanCopy } from './plan-copy.entity';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** issuePlanCopy's arguments, in the order the published schema has them. */
@ArgsType()
export class IssuePlanCopyArgs {
  @Field(() => Int, { nullable: true, description: 'Default: the current version.' })
  version!: number | null;

  @Field(() => ID, { nullable: true })
  agencyCode!: string | null;

  @Field(() => CopyRecipientKind)
  recipient!: CopyRecipientKind;

  @Field(() => ID)
  @IsUuidValue()
  planId!: string;
}

@Resolver(() => PlanCopy)
export class PlanCopyResolver {
  @Mutation(() => PlanCopy, {
    description:
      'Issues a copy of a plan version to the service user or an agency. Case manager only.',
  })
  issuePlanCopy(
    @Args() { planId, recipient, agencyCode, version }: IssuePlanCopyArgs,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.copies.issue(ctx.identity, { planId, recipient, agencyCode, version });
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  recipientAgency(@Root() c: PlanCopy, @Ctx() ctx: CmContext) {
    return c.recipientAgencyCode
      ? resolveAgencyReference({ code: c.recipientAgencyCode }, ctx)
      : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The consent the copy relies on.' })
  @Directive(SUMMARY)
  consentId(@Root() c: PlanCopy) {
    return c.consentId;
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  issuedBy(@Root() c: PlanCopy) {
    return KeyWorkerRef.of(c.issuedByAgencyCode, c.issuedBy);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The printable HTML copy, with only what the recipient may see. Readable by the issuing and receiving agencies.',
  })
  @Directive(consent())
  html(@Root() c: PlanCopy) {
    return c.renderedHtml;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A file name for saving the copy.' })
  @Directive(SUMMARY)
  fileName(@Root() c: PlanCopy) {
    return `care-plan-v${c.version}-${(c.recipientAgencyCode ?? 'service-user').toLowerCase()}-${c.issuedAt.toISOString().slice(0, 10)}.html`;
  }
}

@Resolver(() => CarePlan)
export class CarePlanCopiesResolver {
  @FieldResolver(() => [PlanCopy], {
    nullable: true,
    description: 'Every copy issued, newest first.',
  })
  @Directive(SUMMARY)
  copies(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.copiesByPlanId.load(p.id);
  }
}
