import { Args, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Case } from '../case/case.entity';
import { PlanAction } from '../care-plan/plan-action.entity';
import { KeyWorkerRef } from '../federation/refs';
import { ServiceDeliveryChange } from './service-delivery-change.entity';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

@Resolver(() => ServiceDeliveryChange)
export class ServiceDeliveryChangeResolver {
  @Mutation(() => ServiceDeliveryChange, {
    description:
      "Acknowledges an agency's change to its service delivery, once. Case manager only. Errors: FORBIDDEN (reason NOT_CASE_MANAGER); NOT_FOUND for an unknown change; CONFLICT when already acknowledged.",
  })
  acknowledgeServiceDeliveryChange(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.deliveryChanges.acknowledge(ctx.identity, id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: S('The agency that made it.') })
  @Directive(SUMMARY)
  agency(@Root() c: ServiceDeliveryChange, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: c.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: S('Who recorded it.') })
  @Directive(SUMMARY)
  recordedBy(@Root() c: ServiceDeliveryChange) {
    return KeyWorkerRef.of(c.agencyCode, c.recordedBy);
  }

  @FieldResolver(() => PlanAction, {
    nullable: true,
    description: S(
      'The plan action it concerns; null for a change to the agency’s part as a whole.',
    ),
  })
  @Directive(SUMMARY)
  action(@Root() c: ServiceDeliveryChange, @Ctx() ctx: CmContext) {
    return c.actionId ? ctx.loaders.planActionById.load(c.actionId) : null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: S('The case (its own fields under consent).'),
  })
  @Directive(SUMMARY)
  case(@Root() c: ServiceDeliveryChange, @Ctx() ctx: CmContext) {
    return ctx.loaders.caseById.load(c.caseId);
  }
}

@Resolver(() => Case)
export class CaseDeliveryChangesResolver {
  @FieldResolver(() => [ServiceDeliveryChange], {
    nullable: true,
    description: S('Changes agencies made to their service delivery, newest first.'),
  })
  @Directive(SUMMARY)
  serviceDeliveryChanges(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.deliveryChangesByCaseId.load(c.id);
  }
}
