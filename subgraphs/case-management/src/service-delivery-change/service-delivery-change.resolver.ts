import { Args, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Case } from '../case/case.entity';
import { PlanAction } from '../care-plan/plan-action.entity';
import { KeyWorkerRef } from '../federation/refs';
import { ServiceDeliveryChange } from './service-delivery-change.entity';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => ServiceDeliveryChange)
export class ServiceDeliveryChangeResolver {
  @Mutation(() => ServiceDeliveryChange, {
    description: "Acknowledges an agency's change to its service delivery. Case manager only.",
  })
  acknowledgeServiceDeliveryChange(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.deliveryChanges.acknowledge(ctx.identity, id);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  agency(@Root() c: ServiceDeliveryChange, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: c.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  recordedBy(@Root() c: ServiceDeliveryChange) {
    return KeyWorkerRef.of(c.agencyCode, c.recordedBy);
  }

  @FieldResolver(() => PlanAction, { nullable: true })
  @Directive(SUMMARY)
  action(@Root() c: ServiceDeliveryChange, @Ctx() ctx: CmContext) {
    return c.actionId ? ctx.loaders.planActionById.load(c.actionId) : null;
  }

  @FieldResolver(() => Case, { nullable: true })
  @Directive(SUMMARY)
  case(@Root() c: ServiceDeliveryChange, @Ctx() ctx: CmContext) {
    return ctx.loaders.caseById.load(c.caseId);
  }
}

@Resolver(() => Case)
export class CaseDeliveryChangesResolver {
  @FieldResolver(() => [ServiceDeliveryChange], {
    nullable: true,
    description: 'Changes agencies made to their service delivery, newest first.',
  })
  @Directive(SUMMARY)
  serviceDeliveryChanges(@Root() c: Case, @Ctx() ctx: CmContext) {
    return ctx.loaders.deliveryChangesByCaseId.load(c.id);
  }
}
