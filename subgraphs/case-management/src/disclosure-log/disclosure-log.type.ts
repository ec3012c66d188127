import { Directive, Field, ID, ObjectType } from 'type-graphql';
import {
  DeniedAttemptConnection,
  DisclosureEntryConnection,
  UUIDScalar,
  consent,
} from '@icp/shared';

const CONSENT_NOTE =
  'Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared (the agency ' +
  "holding the record and the case manager of the open case read it whatever the person's consents).";

/**
 * One agency's part of "who saw my data": held in that agency's own subgraph instance (its own
 * audit trail, in its own database), which the gateway reaches by the agency code in the key.
 * The period is part of the key so that the agency answers for exactly the period asked.
 */
@Directive('@key(fields: "agencyCode serviceUserId from to", resolvable: false)')
@ObjectType('AgencyDisclosureLog', {
  description:
    'One agency\'s part of "who saw my data": what that agency\'s own server disclosed about the ' +
    'service user in the period, and the reads it refused, from its own audit trail. Answered by ' +
    'that agency; null parts, with AGENCY_UNAVAILABLE, when it cannot be reached.',
})
export class AgencyDisclosureLogRef {
  @Field(() => ID, { description: 'The code of the agency whose trail this is.' })
  agencyCode!: string;

  @Field(() => UUIDScalar, { description: 'The service user the trail is about.' })
  serviceUserId!: string;

  @Field(() => Date, { description: 'The start of the period (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'The end of the period (inclusive).' })
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
@ObjectType('DisclosureLog', {
  description:
    '"Who saw my data" (GDPR right of access) for one service user over a period: every ' +
    'disclosure of their data across the federation and every refused read, each server ' +
    "answering for its own trail. For the agency holding the person's record.",
})
export class DisclosureLog {
  serviceUserId!: string;
  /** The agency holding the service user's record when the log was asked for. */
  holderAgencyCode!: string;

  @Field(() => Date, {
    nullable: true,
    description: `The start of the period (inclusive). ${CONSENT_NOTE}`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  from!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      `The end of the period (inclusive): pass it as \`to\` when paging on, so every page is of ` +
      `the same period. ${CONSENT_NOTE}`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  to!: Date;

  @Field(() => DisclosureEntryConnection, {
    nullable: true,
    description:
      `What case-management disclosed (service users, cases, plans, consents, …) in the period, ` +
      `newest first, a page at a time. ${CONSENT_NOTE}`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  entries!: DisclosureEntryConnection;

  @Field(() => DeniedAttemptConnection, {
    nullable: true,
    description:
      `Reads case-management refused in the period (security events, not disclosures: nothing ` +
      `was disclosed), newest first, a page at a time. ${CONSENT_NOTE}`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  deniedAttempts!: DeniedAttemptConnection;

  @Field(() => [AgencyDisclosureLogRef], {
    nullable: true,
    description:
      "Each agency's own trail, from its own server: one per agency in the directory, or only " +
      `the agency named by \`agencyCode\`. ${CONSENT_NOTE}`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  agencies!: AgencyDisclosureLogRef[];
}
