import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { summary } from '../kernel/describe';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { KeyWorkerRef } from '../federation/refs';
import { CaseManagerAssignment } from './case-history.entity';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => CaseManagerAssignment)
export class AssignmentResolver {
  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The lead agency of the case in this period.'),
  })
  @Directive(SUMMARY)
  agency(@Root() a: CaseManagerAssignment, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: a.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary('The case manager in this period.'),
  })
  @Directive(SUMMARY)
  caseManager(@Root() a: CaseManagerAssignment): KeyWorkerRef {
    return KeyWorkerRef.of(a.agencyCode, a.caseManagerId);
  }
}
