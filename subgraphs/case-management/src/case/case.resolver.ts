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
import { consent, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
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

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true })
  case(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(id);
  }

  @Query(() => [Case], { description: 'Open cases where you are the case manager.' })
  myCases(@Ctx() ctx: CmContext): Promise<Case[]> {
    return ctx.services.cases.myOpenCases(ctx.identity);
  }

  @Mutation(() => Case, {
    description: 'Opens a case with you as case manager; re-engagement names the closed case.',
  })
  openCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: CmContext) {
    return ctx.services.cases.open(ctx.identity, input);
  }

  @Mutation(() => Case, { description: 'Closes a case at its exit meeting. Case manager only.' })
  closeCase(@Arg('input', () => CloseCaseInput) input: CloseCaseInput, @Ctx() ctx: CmContext) {
    return ctx.services.closures.close(ctx.identity, input);
  }

  @Mutation(() => Case, {
    description: 'Records that the service user has disengaged; the case stays open.',
  })
  markDisengaged(@Args() { caseId }: CaseIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.closures.setEngagement(ctx.identity, caseId, Engagement.DISENGAGED);
  }

  @Mutation(() => Case)
  markReengaged(@Args() { caseId }: CaseIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.closures.setEngagement(ctx.identity, caseId, Engagement.ENGAGED);
  }

  @Mutation(() => ContactAttempt, { description: 'Records an attempt to reach the service user.' })
  recordContactAttempt(
    @Arg('input', () => ContactAttemptInput) input: ContactAttemptInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.closures.recordContactAttempt(ctx.identity, input);
  }

  @FieldResolver(() => ServiceUser, { nullable: true })
  @Directive(SUMMARY)
  serviceUser(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.serviceUserById.load(c.serviceUserId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  leadAgency(@Root() c: Case, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: c.leadAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: 'The key worker in the lead agency who holds the plan.',
  })
  @Directive(SUMMARY)
  caseManager(@Root() c: Case): KeyWorkerRef {
    return KeyWorkerRef.of(c.leadAgencyCode, c.caseManagerId);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: 'The closed case this one re-engaged after.',
  })
  @Directive(SUMMARY)
  previousCase(@Root() c: Case, @Ctx() ctx: CmContext) {
    return c.previousCaseId ? ctx.loaders.caseById.load(c.previousCaseId) : null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: 'The case opened when the service user re-engaged.',
  })
  @Directive(SUMMARY)
  nextCase(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.nextCaseByPreviousId.load(c.id);
  }

  @FieldResolver(() => [CaseManagerAssignment], {
    nullable: true,
    description: 'Every case manager, oldest first.',
  })
  @Directive(SUMMARY)
  assignments(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.assignmentsByCaseId.load(c.id);
  }

  @FieldResolver(() => [CaseTransfer], { nullable: true })
  @Directive(SUMMARY)
  transfers(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.transfersByCaseId.load(c.id);
  }

  @FieldResolver(() => CaseClosure, { nullable: true })
  @Directive(SUMMARY)
  closure(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.closureByCaseId.load(c.id);
  }

  @FieldResolver(() => [ContactAttempt], { nullable: true, description: 'Newest first.' })
  @Directive(SUMMARY)
  contactAttempts(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.contactAttemptsByCaseId.load(c.id);
  }
}

/** Records of a case are held by its lead agency and are about its service user. */
export async function subjectOfCase(caseId: string, ctx: CmContext): Promise<ConsentSubject> {
  const c = await ctx.loaders.caseById.load(caseId);
  return c
    ? { serviceUserId: c.serviceUserId, holderAgencyCode: c.leadAgencyCode }
    : { serviceUserId: null, holderAgencyCode: null };
}

export async function caseSubject(c: Case) {
  return { serviceUserId: c.serviceUserId, holderAgencyCode: c.leadAgencyCode };
}

export function resolveCaseReference(ref: { id: string }, ctx: CmContext) {
  return ctx.loaders.caseById.load(ref.id);
}
