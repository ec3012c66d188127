import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { AuditEntry } from './disclosure-audit-entry';

/**
 * One entry of a subgraph's disclosure audit trail, as "who saw my data" lists it. The same type
 * in case-management and the agency subgraph (hence `@shareable`); it is reachable only through
 * fields that carry `@consent` and are for the record's holder, so its own fields are not tagged
 * one by one.
 */
@Directive('@shareable')
@ObjectType('DisclosureEntry', {
  description: 'One request that disclosed data about the service user to a reader.',
})
export class DisclosureEntry {
  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'The agency whose staff member read the data.' })
  readerAgency!: string;

  @Field(() => String, { description: "The reader's staff id in their agency." })
  readerUser!: string;

  @Field(() => [String])
  categories!: string[];

  @Field(() => [String], { description: 'The fields read, as Type.field.' })
  fields!: string[];

  @Field(() => [ID], { description: 'The consents (or emergency accesses) relied on.' })
  consentIds!: string[];

  @Field(() => [String], {
    description: 'Why the reader could read: HOLDER (their own record), CONSENT, BREAK_GLASS, …',
  })
  bases!: string[];

  @Field(() => String, { nullable: true, description: "The client's operation name." })
  operationName!: string | null;

  @Field(() => String)
  requestId!: string;

  @Field(() => Int, { description: "The entry's place in its subgraph's hash chain." })
  position!: number;

  @Field(() => String, { description: 'sha256 of the entry and its predecessor.' })
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
