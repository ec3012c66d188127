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
import { IsUuidValue, UUIDScalar, consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { CASE_MANAGER_ONLY, summary } from '../kernel/describe';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { CarePlan } from '../care-plan/care-plan.entity';
import { KeyWorkerRef } from '../federation/refs';
import { CopyRecipientKind, PlanCopy } from './plan-copy.entity';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** issuePlanCopy's arguments, in the order the published schema has them. */
@ArgsType()
export class IssuePlanCopyArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'The version to copy; default: the current version.',
  })
  version!: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For an AGENCY copy, the recipient agency’s code; none for the service user.',
  })
  agencyCode!: string | null;

  @Field(() => CopyRecipientKind, { description: 'Who receives the copy.' })
  recipient!: CopyRecipientKind;

  @Field(() => UUIDScalar, { description: 'The plan to copy.' })
  @IsUuidValue()
  planId!: string;
}

@Resolver(() => PlanCopy)
export class PlanCopyResolver {
  @Mutation(() => PlanCopy, {
    description: `Issues a printable copy of a plan version to the service user (the whole plan) or an agency (only what the service user consented to share with it). Case manager only. Errors: ${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown plan; BAD_USER_INPUT for a version that does not exist, an agency not in the directory, or an agency named for the service user's copy; CONSENT_REQUIRED (category CARE_PLAN_SUMMARY) when the service user has not consented to share the plan with that agency.`,
  })
  issuePlanCopy(
    @Args() { planId, recipient, agencyCode, version }: IssuePlanCopyArgs,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.copies.issue(ctx.identity, { planId, recipient, agencyCode, version });
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The agency that received it; null for the service user’s copy.'),
  })
  @Directive(SUMMARY)
  recipientAgency(@Root() c: PlanCopy, @Ctx() ctx: CmContext) {
    return c.recipientAgencyCode
      ? resolveAgencyReference({ code: c.recipientAgencyCode }, ctx)
      : null;
  }

  @FieldResolver(() => UUIDScalar, {
    nullable: true,
    description: summary(
      'The consent an agency’s copy relies on (Consent.id); null for the service user’s copy.',
    ),
  })
  @Directive(SUMMARY)
  consentId(@Root() c: PlanCopy) {
    return c.consentId;
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary('The case manager who issued it.'),
  })
  @Directive(SUMMARY)
  issuedBy(@Root() c: PlanCopy) {
    return KeyWorkerRef.of(c.issuedByAgencyCode, c.issuedBy);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The printable HTML copy, with only what the recipient may see (and the re-disclosure notice where it holds substance use data). Readable only by the issuing and receiving agencies: null with CONSENT_REQUIRED for anyone else, whatever their consents.',
  })
  @Directive(consent())
  html(@Root() c: PlanCopy) {
    return c.renderedHtml;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: summary('A file name for saving the copy.'),
  })
  @Directive(SUMMARY)
  fileName(@Root() c: PlanCopy) {
    return `care-plan-v${c.version}-${(c.recipientAgencyCode ?? 'service-user').toLowerCase()}-${c.issuedAt.toISOString().slice(0, 10)}.html`;
  }
}

@Resolver(() => CarePlan)
export class CarePlanCopiesResolver {
  @FieldResolver(() => [PlanCopy], {
    nullable: true,
    description: summary('Every copy of the plan issued, newest first.'),
  })
  @Directive(SUMMARY)
  copies(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.copiesByPlanId.load(p.id);
  }
}
