import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AGENCY_KINDS, type AgencyEntry, type AgencyKind } from '@icp/shared';

export const AgencyKindEnum = Object.fromEntries(AGENCY_KINDS.map((k) => [k, k])) as {
  [K in AgencyKind]: K;
};
registerEnumType(AgencyKindEnum, {
  name: 'AgencyKind',
  description: 'The kind of service an agency provides.',
  valuesConfig: {
    DRUG_AND_ALCOHOL: { description: 'A drug and alcohol service.' },
    HOMELESS: { description: 'A homeless service.' },
    PRISON: { description: 'The prison service.' },
    PROBATION: { description: 'The probation service.' },
    SOCIAL_WORK: { description: 'A social work service.' },
    GP: { description: 'A general practitioner.' },
    MENTAL_HEALTH: { description: 'A mental health service.' },
    HSE_METHADONE: {
      description:
        'HSE methadone provision (may receive a full copy of the plan, with the service user’s consent to every category).',
    },
    OTHER: { description: 'Any other kind of service.' },
  },
});

/** An agency of the federation, from the directory (the federation config). */
@Directive('@key(fields: "code")')
@ObjectType('Agency', {
  description:
    'An agency of the federation: a service that works with service users, from the federation’s directory. Public to every signed-in caller: it says nothing about a service user.',
})
export class Agency {
  @Field(() => ID, {
    description:
      'Its short code, such as CDAS: how the API names an agency (every agency entity key carries it).',
  })
  code!: string;

  @Field(() => String, { description: 'Its name, to show.' })
  name!: string;

  @Field(() => AgencyKindEnum, { description: 'The kind of service it provides.' })
  kind!: AgencyKind;

  static from(entry: Pick<AgencyEntry, 'code' | 'name' | 'kind'>): Agency {
    return Object.assign(new Agency(), { code: entry.code, name: entry.name, kind: entry.kind });
  }
}
