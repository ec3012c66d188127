import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { SecurityEvent } from './security-event';

/**
 * A security event of a subgraph, as "who saw my data" lists it next to the disclosures: an
 * agency asked for part of the person's record and was refused (ADR 0029). Shared by
 * case-management and the agency subgraph (hence `@shareable`); reachable only through fields
 * that carry `@consent` and are for the record's holder or the person's case manager, so its own
 * fields are not tagged one by one.
 */
@Directive('@shareable')
@ObjectType('DeniedAttempt', {
  description:
    'A refused attempt to read the service user’s data: a security event, not a disclosure (nothing was disclosed).',
})
export class DeniedAttempt {
  @Field(() => Date, { description: 'When the read was refused.' })
  at!: Date;

  @Field(() => String, { description: 'The code of the agency whose staff member asked.' })
  readerAgency!: string;

  @Field(() => String, { description: "The staff member's id in their agency." })
  readerUser!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The consent category asked for; null for a record only its holder reads, or a whole ' +
      'record refused (NOTHING_READABLE).',
  })
  category!: string | null;

  @Field(() => String, { description: 'The field refused, as Type.field.' })
  field!: string;

  @Field(() => String, {
    description: 'What the read was for: CARE_COORDINATION or REFERRAL.',
  })
  purposeOfUse!: string;

  @Field(() => String, {
    description:
      'NO_CONSENT; CONSENT_SERVICE_UNAVAILABLE when consent could not be checked (refused all the ' +
      'same); NOTHING_READABLE when a whole record was asked for (by id, through a field or an ' +
      'entity reference) and answered as if it did not exist, since nothing of it may be read.',
  })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The GraphQL operation name the client gave; null when it gave none.',
  })
  operationName!: string | null;

  @Field(() => String, {
    description: "The request's id (the `x-request-id` header), the same in every server's trail.",
  })
  requestId!: string;

  @Field(() => Int, { description: "The event's place in its subgraph's security event chain." })
  position!: number;

  @Field(() => String, {
    description: 'sha256 (hex) of the event and its predecessor: what `audit:verify` checks.',
  })
  hash!: string;

  static of(e: SecurityEvent): DeniedAttempt {
    return Object.assign(new DeniedAttempt(), {
      at: e.at,
      readerAgency: e.readerAgency,
      readerUser: e.readerUser,
      category: e.category,
      field: e.field,
      purposeOfUse: e.purposeOfUse,
      reason: e.reason,
      operationName: e.operationName,
      requestId: e.requestId,
      position: e.position,
      hash: e.hash,
    });
  }
}
