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
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { Case } from '../case/case.entity';
import { Notification } from './notification.entity';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => [Notification], {
    description: "The caller's own notifications and those to their whole agency, newest first.",
  })
  myNotifications(
    @Arg('includeAcknowledged', () => Boolean, { nullable: true, defaultValue: false })
    includeAcknowledged: boolean | null,
    @Ctx() ctx: CmContext,
  ): Promise<Notification[]> {
    return ctx.services.notifications.mine(ctx.identity, includeAcknowledged === true);
  }

  @Mutation(() => Notification, { description: 'Its recipient marks a notification as seen.' })
  acknowledgeNotification(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Notification> {
    return ctx.services.notifications.acknowledge(ctx.identity, id);
  }

  @FieldResolver(() => Case, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  case(@Root() n: Notification, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(n.caseId);
  }
}

/**
 * A notification is about a case, so it is held like the case, by its lead agency; except for
 * the agency it is addressed to, which holds its own notifications (as an invited agency holds
 * its invitation to a meeting).
 */
export async function notificationSubject(n: Notification, ctx: CmContext) {
  const c = await ctx.loaders.caseById.load(n.caseId);
  const holderAgencyCode =
    n.recipientAgencyCode === ctx.identity.agencyCode
      ? n.recipientAgencyCode
      : (c?.leadAgencyCode ?? null);
  return { serviceUserId: c?.serviceUserId ?? null, holderAgencyCode };
}
