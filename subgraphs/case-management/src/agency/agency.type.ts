import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AGENCY_KINDS, type AgencyEntry, type AgencyKind } from '@icp/shared';

export const AgencyKindEnum = Object.fromEntries(AGENCY_KINDS.map((k) => [k, k])) as {
  [K in AgencyKind]: K;
};
registerEnumType(AgencyKindEnum, {
  name: 'AgencyKind',
  description: 'The kind of service an agency provides.',
});

/** An agency of the federation, from the directory (the federation config). */
@Directive('@key(fields: "code")')
@ObjectType('Agency', {
  description: 'An agency of the federation: a service that works with service users.',
})
export class Agency {
  @Field(() => ID, { description: 'Short code, e.g. CDAS; every agency entity key carries it.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AgencyKindEnum)
  kind!: AgencyKind;

  static from(entry: Pick<AgencyEntry, 'code' | 'name' | 'kind'>): Agency {
    return Object.assign(new Agency(), { code: entry.code, name: entry.name, kind: entry.kind });
  }
}
