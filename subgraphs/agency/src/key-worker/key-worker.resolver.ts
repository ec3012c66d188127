import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AgencyContext } from '../kernel/context';
import { KeyWorker } from './key-worker.entity';
import {
  AddStaffMemberInput,
  KeyWorkersArgs,
  StaffIdArgs,
  UpdateStaffMemberInput,
} from './key-worker.inputs';

@Resolver(() => KeyWorker)
export class KeyWorkerResolver {
  @Query(() => [KeyWorker], {
    description:
      "Your agency's staff, by name; deactivated members only with includeInactive. Staff data: readable by the agency's own staff.",
  })
  keyWorkers(
    @Args() { includeInactive }: KeyWorkersArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<KeyWorker[]> {
    return ctx.services.keyWorkers.list(includeInactive);
  }

  @Query(() => KeyWorker, {
    nullable: true,
    description:
      "Your own staff record in your agency: made from your token's name and roles the first time you sign in.",
  })
  myStaffRecord(@Ctx() ctx: AgencyContext): Promise<KeyWorker | null> {
    if (ctx.identity.agencyCode !== ctx.agencyCode) return Promise.resolve(null);
    return ctx.services.keyWorkers.byId(ctx.identity.userId);
  }

  @Mutation(() => KeyWorker, {
    description:
      'Adds a member of your agency’s staff. Agency administrator (AGENCY_ADMIN) only: FORBIDDEN (reason NOT_AGENCY_ADMIN) without the AGENCY_ADMIN role, or for staff of another agency; CONFLICT (reason STAFF_EXISTS) when the staff id already has a record; BAD_USER_INPUT for an invalid field, or a supervisor who is not an active member of staff.',
  })
  addStaffMember(
    @Arg('input', () => AddStaffMemberInput, { description: 'The new member of staff.' })
    input: AddStaffMemberInput,
    @Ctx() ctx: AgencyContext,
  ): Promise<KeyWorker> {
    return ctx.services.keyWorkers.add(ctx.identity, input);
  }

  @Mutation(() => KeyWorker, {
    description:
      'Changes a staff record (name, role, supervisor, contact). AGENCY_ADMIN only: FORBIDDEN (reason NOT_AGENCY_ADMIN) without the AGENCY_ADMIN role, or for staff of another agency; NOT_FOUND for an unknown staff id; BAD_USER_INPUT for an invalid field, or a supervisor who is not active or is below them.',
  })
  updateStaffMember(
    @Arg('input', () => UpdateStaffMemberInput, {
      description: 'The staff record and the fields to change.',
    })
    input: UpdateStaffMemberInput,
    @Ctx() ctx: AgencyContext,
  ): Promise<KeyWorker> {
    return ctx.services.keyWorkers.update(ctx.identity, input);
  }

  @Mutation(() => KeyWorker, {
    description:
      'Deactivates a member of staff: the record stays, no new work goes to them, and case managers see the plan actions naming them on their worklist for reassignment. AGENCY_ADMIN only: FORBIDDEN (reason NOT_AGENCY_ADMIN) without the AGENCY_ADMIN role, or for staff of another agency; NOT_FOUND for an unknown staff id; CONFLICT (reason ALREADY_INACTIVE) when already deactivated.',
  })
  deactivateStaffMember(@Args() { id }: StaffIdArgs, @Ctx() ctx: AgencyContext) {
    return ctx.services.keyWorkers.deactivate(ctx.identity, id);
  }

  @Mutation(() => KeyWorker, {
    description:
      'Reactivates a deactivated member of staff. AGENCY_ADMIN only: FORBIDDEN (reason NOT_AGENCY_ADMIN) without the AGENCY_ADMIN role, or for staff of another agency; NOT_FOUND for an unknown staff id; CONFLICT (reason ALREADY_ACTIVE) when active.',
  })
  reactivateStaffMember(@Args() { id }: StaffIdArgs, @Ctx() ctx: AgencyContext) {
    return ctx.services.keyWorkers.reactivate(ctx.identity, id);
  }

  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description: 'Their supervisor in the agency; null when none is recorded.',
  })
  supervisor(@Root() k: KeyWorker, @Ctx() ctx: AgencyContext): Promise<KeyWorker | null> | null {
    return k.supervisorId ? ctx.loaders.keyWorkerById.load(k.supervisorId) : null;
  }
}

export function resolveKeyWorkerReference(
  ref: { agencyCode: string; id: string },
  ctx: AgencyContext,
) {
  return ref.agencyCode === ctx.agencyCode ? ctx.loaders.keyWorkerById.load(ref.id) : null;
}
