import { isObjectType, type GraphQLSchema } from 'graphql';
import { getDirective } from '@graphql-tools/utils';
import { buildCaseManagementSchema } from '@icp/case-management';

/**
 * Types that carry no data about a service user: the directory, staff references, entry points
 * and containers whose every field is itself a protected type.
 */
const NOT_ABOUT_A_SERVICE_USER = new Set([
  'Query',
  'Mutation',
  'Agency',
  'KeyWorker',
  'ActionDelivery',
  'CaseManagerWorklist',
  '_Service',
]);

/**
 * The parts of a cursor connection (ADR 0045): `XConnection { edges pageInfo }`, `XEdge { cursor
 * node }`, `PageInfo`. Containers: a node is a protected type, decided field by field, and a cursor
 * is the key of a record the reader was shown; the connection field itself carries `@consent`.
 */
const isPageContainer = (type: string) => type === 'PageInfo' || /(Connection|Edge)$/.test(type);

/**
 * Identifiers, shown without consent so that records can be referred to at all. The key of an
 * agency's disclosure log is what case-management hands the gateway to reach that agency.
 */
const IDENTIFIERS = new Set([
  'id',
  'ServiceUser.pseudonym',
  'AgencyDisclosureLog.agencyCode',
  'AgencyDisclosureLog.serviceUserId',
  'AgencyDisclosureLog.from',
  'AgencyDisclosureLog.to',
]);

/**
 * Types reachable only through a `@consent` field that only the record's holder may read
 * (ServiceUser.disclosureLog → DisclosureLog.entries, DisclosureLog.deniedAttempts): the entry
 * (or security event) as a whole is the disclosure, decided and audited once at that field, not
 * field by field.
 */
const REACHED_ONLY_THROUGH_HOLDER_FIELDS = new Set(['DisclosureEntry', 'DeniedAttempt']);

function untagged(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_') || type.name.startsWith('__')) continue;
    if (NOT_ABOUT_A_SERVICE_USER.has(type.name) || isPageContainer(type.name)) continue;
    if (REACHED_ONLY_THROUGH_HOLDER_FIELDS.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (IDENTIFIERS.has(field.name) || IDENTIFIERS.has(`${type.name}.${field.name}`)) continue;
      if (!getDirective(schema, field, 'consent')?.[0]) found.push(`${type.name}.${field.name}`);
    }
  }
  return found;
}

describe('consent tagging of the case-management schema', () => {
  it('tags every field of every type that carries service-user data with @consent', async () => {
    const { schema } = await buildCaseManagementSchema();
    expect(untagged(schema)).toEqual([]);
  });

  it('covers the types that matter, so the walk is not vacuous', async () => {
    const { schema, protectedFields } = await buildCaseManagementSchema();
    const types = new Set(protectedFields.map((p) => p.typeName));
    for (const t of [
      'ServiceUser',
      'Case',
      'CarePlan',
      'Need',
      'Goal',
      'PlanAction',
      'CarePlanVersion',
      'CaseTransfer',
      'Referral',
      'GapBlock',
      'DisclosureLog',
    ]) {
      expect({ type: t, tagged: types.has(t) || !schema.getType(t) }).toEqual({
        type: t,
        tagged: true,
      });
    }
  });
});
