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
import { PageArgs, consent, type Page } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { summary } from '../kernel/describe';
import { NotificationConnection } from './notification.connection';
import { Case } from '../case/case.entity';
import { Notification } from './notification.entity';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      'Your own notifications and those to your whole agency, newest first, a page at a time: by default only those not yet acknowledged.',
  })
  myNotifications(
    @Arg('includeAcknowledged', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Include acknowledged notifications too (default false).',
    })
    includeAcknowledged: boolean | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<Notification>> {
    return ctx.services.notifications.mine(ctx.identity, includeAcknowledged === true, page);
  }

  @Mutation(() => Notification, {
    description:
      'Marks a notification as seen: by its recipient (for one to a whole agency, any one of its staff, which acknowledges it for all). Errors: NOT_FOUND for an unknown notification; FORBIDDEN (reason NOT_RECIPIENT) for anyone else; CONFLICT (reason ACKNOWLEDGED) when it is acknowledged already.',
  })
  acknowledgeNotification(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Notification> {
    return ctx.services.notifications.acknowledge(ctx.identity, id);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: summary('The case it is about.'),
  })
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
