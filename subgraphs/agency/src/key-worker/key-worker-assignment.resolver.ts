import {
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { IsUuidValue, UUIDScalar, consent, type ConsentSubject } from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { ServiceUserRef } from '../federation/service-user.ref';
import { KeyWorker } from './key-worker.entity';
import { KeyWorkerAssignment } from './key-worker-assignment.entity';
import { IsStaffId } from './staff-access';

@ArgsType()
export class KeyWorkerAssignmentArgs {
  @Field(() => ID, { description: 'The staff id of a key worker of your agency.' })
  @IsStaffId()
  keyWorkerId!: string;

  @Field(() => UUIDScalar, { description: 'The service user (ServiceUser.id).' })
  @IsUuidValue()
  serviceUserId!: string;
}

@Resolver(() => KeyWorkerAssignment)
export class KeyWorkerAssignmentResolver {
  @Mutation(() => KeyWorkerAssignment, {
    description:
      'Assigns a key worker of your agency to a service user; returns the lasting assignment if there is one. FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; NOT_FOUND when the key worker is not on your staff list; BAD_USER_INPUT (reason KEY_WORKER_INACTIVE) when they are deactivated.',
  })
  assignKeyWorkerToServiceUser(
    @Args() { serviceUserId, keyWorkerId }: KeyWorkerAssignmentArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<KeyWorkerAssignment> {
    return ctx.services.keyWorkerAssignments.assign(
      ctx.identity,
      ctx.loaders,
      serviceUserId,
      keyWorkerId,
    );
  }

  @Mutation(() => KeyWorkerAssignment, {
    description:
      "Ends a key worker's assignment to a service user; the history is kept. FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; NOT_FOUND when the key worker is not on your staff list or has no lasting assignment to the person.",
  })
  endKeyWorkerAssignment(
    @Args() { serviceUserId, keyWorkerId }: KeyWorkerAssignmentArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<KeyWorkerAssignment> {
    return ctx.services.keyWorkerAssignments.end(
      ctx.identity,
      ctx.loaders,
      serviceUserId,
      keyWorkerId,
    );
  }

  @FieldResolver(() => ServiceUserRef, {
    nullable: true,
    description:
      'The service user; null when nothing of them is readable to you. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  serviceUser(@Root() a: KeyWorkerAssignment): ServiceUserRef {
    return ServiceUserRef.of(a.serviceUserId);
  }

  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description:
      'The key worker assigned. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  keyWorker(@Root() a: KeyWorkerAssignment, @Ctx() ctx: AgencyContext) {
    return ctx.loaders.keyWorkerById.load(a.keyWorkerId);
  }
}

/** That a person is on a key worker's caseload is held by this agency and is about that person. */
export function keyWorkerAssignmentSubject(
  a: KeyWorkerAssignment,
  ctx: AgencyContext,
): ConsentSubject {
  return { serviceUserId: a.serviceUserId, holderAgencyCode: ctx.agencyCode };
}
