import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DeniedAttempt, DisclosureEntry, consent } from '@icp/shared';

/**
 * One agency's part of "who saw my data": held in that agency's own subgraph instance (its own
 * audit trail, in its own database), which the gateway reaches by the agency code in the key.
 * The period is part of the key so that the agency answers for exactly the period asked.
 */
@Directive('@key(fields: "agencyCode serviceUserId from to", resolvable: false)')
@ObjectType('AgencyDisclosureLog')
export class AgencyDisclosureLogRef {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  serviceUserId!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  static of(agencyCode: string, serviceUserId: string, from: Date, to: Date) {
    return Object.assign(new AgencyDisclosureLogRef(), { agencyCode, serviceUserId, from, to });
  }
}

/**
 * Every disclosure of a service user's data in a period, across the federation: case-management's
 * own trail, and each agency's (resolved by that agency), each with the reads it refused. For the
 * agency holding the record (whose case manager reads every part, ADR 0029) only.
 */
@ObjectType('DisclosureLog')
export class DisclosureLog {
  serviceUserId!: string;
  /** The agency holding the service user's record when the log was asked for. */
  holderAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  from!: Date;

  @Field(() => Date, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  to!: Date;

  @Field(() => [DisclosureEntry], {
    nullable: true,
    description:
      'What case-management disclosed (service users, cases, plans, consents, …), newest first: the newest `first`.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  entries!: DisclosureEntry[];

  @Field(() => [DeniedAttempt], {
    nullable: true,
    description:
      'Reads case-management refused (security events, not disclosures: nothing was disclosed), newest first: the newest `first`.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  deniedAttempts!: DeniedAttempt[];

  @Field(() => [AgencyDisclosureLogRef], {
    nullable: true,
    description: "Each agency's own trail, from its own server: one per agency in the directory.",
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  agencies!: AgencyDisclosureLogRef[];
}
