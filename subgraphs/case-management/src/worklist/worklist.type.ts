import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { Identity } from '@icp/shared';

/**
 * What a case manager must act on, across the open cases they hold. Each section is its own
 * connection, read only when asked for (worklist.resolver.ts); this object carries what the
 * sections share: whose worklist it is, the window, and the open cases (read once).
 */
@ObjectType('CaseManagerWorklist', {
  description:
    'What you must act on as a case manager, across the open cases you hold, in sections. Each section is a list paged on its own (`first`, `after`), read only when asked for. Everything in it is your own cases’ (your agency holds them), except transfers offered to you by another agency, shown only under the service user’s consent to share their plan summary with your agency.',
})
export class CaseManagerWorklist {
  identity!: Identity;
  /** Today, as the worklist's dates count it (YYYY-MM-DD). */
  today!: string;
  dueWithinDays!: number;
  /** The open cases the caller holds as case manager, read once for every section. */
  caseIds!: Promise<string[]>;
}

const DUE_WITHIN_DAYS = { message: 'dueWithinDays is 0 to 92' };

@ArgsType()
export class WorklistArgs {
  @Field(() => Int, {
    defaultValue: 14,
    description:
      'How many days ahead reviewsDueSoon and upcomingMeetings look: 0 to 92 (default 14); BAD_USER_INPUT outside that range.',
  })
  @Min(0, DUE_WITHIN_DAYS)
  @Max(92, DUE_WITHIN_DAYS)
  dueWithinDays!: number;
}
