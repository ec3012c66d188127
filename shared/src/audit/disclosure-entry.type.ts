import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { UUIDScalar } from '../schema/scalars';
import type { AuditEntry } from './disclosure-audit-entry';

/**
 * One entry of a subgraph's disclosure audit trail, as "who saw my data" lists it. The same type
 * in case-management and the agency subgraph (hence `@shareable`); it is reachable only through
 * fields that carry `@consent` and are for the record's holder, so its own fields are not tagged
 * one by one.
 */
@Directive('@shareable')
@ObjectType('DisclosureEntry', {
  description:
    'One request that disclosed data about the service user to a reader, as the server that ' +
    'disclosed it recorded it in its append-only, hash-chained audit trail. Listed by "who saw my ' +
    'data" (ServiceUser.disclosureLog) to the agency holding the record and its case manager.',
})
export class DisclosureEntry {
  @Field(() => Date, { description: 'When the data was disclosed (the request was answered).' })
  at!: Date;

  @Field(() => String, { description: 'The code of the agency whose staff member read the data.' })
  readerAgency!: string;

  @Field(() => String, {
    description:
      "The reader's staff id in their agency; for the service user themself (basis SUBJECT), their account there.",
  })
  readerUser!: string;

  @Field(() => [String], {
    description:
      'The consent categories of the data disclosed (ConsentCategory names, such as MENTAL_HEALTH).',
  })
  categories!: string[];

  @Field(() => [String], { description: 'The fields read, as Type.field.' })
  fields!: string[];

  @Field(() => [UUIDScalar], {
    description: 'The ids of the consents (or emergency accesses) relied on; empty for HOLDER.',
  })
  consentIds!: string[];

  @Field(() => [String], {
    description:
      'Why the reader could read: HOLDER (their agency holds the record), CONSENT, ' +
      'CASE_MANAGER (the case manager of the open case), BREAK_GLASS (emergency access), ' +
      'SUBJECT (the service user reading their own record, signed in by their lead agency).',
  })
  bases!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The GraphQL operation name the client gave; null when it gave none.',
  })
  operationName!: string | null;

  @Field(() => String, {
    description: "The request's id (the `x-request-id` header), the same in every server's trail.",
  })
  requestId!: string;

  @Field(() => Int, { description: "The entry's place in its subgraph's hash chain." })
  position!: number;

  @Field(() => String, {
    description: 'sha256 (hex) of the entry and its predecessor: what `audit:verify` checks.',
  })
  hash!: string;

  static of(e: AuditEntry): DisclosureEntry {
    return Object.assign(new DisclosureEntry(), {
      at: e.at,
      readerAgency: e.readerAgency,
      readerUser: e.readerUser,
      categories: e.categories,
      fields: e.fields,
      consentIds: e.consentIds,
      bases: e.bases,
      operationName: e.operationName,
      requestId: e.requestId,
      position: e.position,
      hash: e.hash,
    });
  }
}
