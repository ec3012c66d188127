import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  consent,
  thenMaybe,
  type ConsentSubject,
  type MaybePromise,
  type Page,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { CASE_MANAGER_ONLY, summary } from '../kernel/describe';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { KeyWorkerRef } from '../federation/refs';
import { ServiceUser } from './service-user.entity';
import { Case, Engagement } from './case.entity';
import {
  CaseClosure,
  CaseManagerAssignment,
  CaseTransfer,
  ContactAttempt,
} from './case-history.entity';
import { ByIdArgs } from '../kernel/by-id.args';
import { CaseIdArgs, CloseCaseInput, ContactAttemptInput, OpenCaseInput } from './case.inputs';
import { CaseConnection } from './case.connection';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, {
    nullable: true,
    description:
      'A case by id: null when there is none, or when you may see nothing of it (no access looks like no data). Its fields are shared under the service user’s consent (CARE_PLAN_SUMMARY).',
  })
  case(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(id);
  }

  @Query(() => CaseConnection, {
    description:
      'The open cases you hold as their case manager (in your agency), oldest first, a page at a time. Empty for anyone who holds none.',
  })
  myCases(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: CmContext): Promise<Page<Case>> {
    return ctx.services.cases.myOpenCases(ctx.identity, page);
  }

  @Mutation(() => Case, {
    description:
      'Opens a case with you as its case manager and your agency as lead agency; a re-engagement names the closed case it follows. Needs the CASE_MANAGER role. Errors: FORBIDDEN without the role; NOT_FOUND for an unknown service user; CONSENT_REQUIRED when they were registered by another agency and have not consented to your agency managing their case; BAD_USER_INPUT (field previousCaseId) when that is not a closed case of theirs; CONFLICT (reason CASE_ALREADY_OPEN) when they have an open case.',
  })
  openCase(
    @Arg('input', () => OpenCaseInput, { description: 'Who, and the case it follows.' })
    input: OpenCaseInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.cases.open(ctx.identity, input);
  }

  @Mutation(() => Case, {
    description: `Closes a case at its exit meeting, recording what was achieved and how supports continue. Case manager only. Errors: ${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown case; BAD_USER_INPUT (field reEngagementExplained) unless it is true; INVALID_TRANSITION when it is closed already; CONFLICT (reason TRANSFER_OPEN) while a transfer is under way.`,
  })
  closeCase(
    @Arg('input', () => CloseCaseInput, { description: 'The exit meeting’s record.' })
    input: CloseCaseInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.closures.close(ctx.identity, input);
  }

  @Mutation(() => Case, {
    description: `Records that the service user has disengaged: the case stays open while contact is attempted. Case manager only. Errors: ${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown case; CONFLICT (reason CASE_CLOSED) on a closed case.`,
  })
  markDisengaged(@Args() { caseId }: CaseIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.closures.setEngagement(ctx.identity, caseId, Engagement.DISENGAGED);
  }

  @Mutation(() => Case, {
    description: `Records that the service user is engaging again. Case manager only. Errors: ${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown case; CONFLICT (reason CASE_CLOSED) on a closed case.`,
  })
  markReengaged(@Args() { caseId }: CaseIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.closures.setEngagement(ctx.identity, caseId, Engagement.ENGAGED);
  }

  @Mutation(() => ContactAttempt, {
    description:
      'Records an attempt to reach the service user; a successful one marks a disengaged case engaged again. By the lead agency or an agency responsible for an action on the plan. Errors: FORBIDDEN for another agency; NOT_FOUND for an unknown case; CONFLICT (reason CASE_CLOSED) on a closed case; BAD_USER_INPUT (field attemptedAt) for an attempt in the future.',
  })
  recordContactAttempt(
    @Arg('input', () => ContactAttemptInput, { description: 'The attempt.' })
    input: ContactAttemptInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.closures.recordContactAttempt(ctx.identity, input);
  }

  @FieldResolver(() => ServiceUser, {
    nullable: true,
    description: summary('The service user the case is about.'),
  })
  @Directive(SUMMARY)
  serviceUser(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.serviceUserById.load(c.serviceUserId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The lead agency, which holds the case.'),
  })
  @Directive(SUMMARY)
  leadAgency(@Root() c: Case, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: c.leadAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary(
      'The case manager: the member of the lead agency’s staff who holds the case and its plan.',
    ),
  })
  @Directive(SUMMARY)
  caseManager(@Root() c: Case): KeyWorkerRef {
    return KeyWorkerRef.of(c.leadAgencyCode, c.caseManagerId);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: summary('The closed case this one re-engaged after; null when none.'),
  })
  @Directive(SUMMARY)
  previousCase(@Root() c: Case, @Ctx() ctx: CmContext) {
    return c.previousCaseId ? ctx.loaders.caseById.load(c.previousCaseId) : null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: summary(
      'The case opened when the service user re-engaged after this one closed; null when none.',
    ),
  })
  @Directive(SUMMARY)
  nextCase(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.nextCaseByPreviousId.load(c.id);
  }

  @FieldResolver(() => [CaseManagerAssignment], {
    nullable: true,
    description: summary('Every case manager who has held the case, oldest first.'),
  })
  @Directive(SUMMARY)
  assignments(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.assignmentsByCaseId.load(c.id);
  }

  @FieldResolver(() => [CaseTransfer], {
    nullable: true,
    description: summary('Every transfer of the case, open or finished, oldest first.'),
  })
  @Directive(SUMMARY)
  transfers(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.transfersByCaseId.load(c.id);
  }

  @FieldResolver(() => CaseClosure, {
    nullable: true,
    description: summary('How the case closed; null while it is open.'),
  })
  @Directive(SUMMARY)
  closure(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.closureByCaseId.load(c.id);
  }

  @FieldResolver(() => [ContactAttempt], {
    nullable: true,
    description: summary('Attempts to reach the service user, newest first.'),
  })
  @Directive(SUMMARY)
  contactAttempts(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.contactAttemptsByCaseId.load(c.id);
  }
}

const subjectOf = (c: Case | null): ConsentSubject =>
  c
    ? { serviceUserId: c.serviceUserId, holderAgencyCode: c.leadAgencyCode }
    : { serviceUserId: null, holderAgencyCode: null };

/**
 * Records of a case are held by its lead agency and are about its service user. Without a
 * promise once the request has loaded the case (every field of a plan's actions asks; ADR 0051).
 */
export function subjectOfCase(caseId: string, ctx: CmContext): MaybePromise<ConsentSubject> {
  const loaded = ctx.loaders.caseById.peek(caseId);
  return thenMaybe(loaded !== undefined ? loaded : ctx.loaders.caseById.load(caseId), subjectOf);
}

export async function caseSubject(c: Case) {
  return { serviceUserId: c.serviceUserId, holderAgencyCode: c.leadAgencyCode };
}

export function resolveCaseReference(ref: { id: string }, ctx: CmContext) {
  return ctx.loaders.caseById.load(ref.id);
}
