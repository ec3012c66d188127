import { isObjectType, type GraphQLSchema } from 'graphql';
import { getDirective } from '@graphql-tools/utils';
import { buildAgencySchema } from '@icp/agency';

/** Entry points, and staff: a key worker is the agency's own staff data, not a service user's. */
const NOT_ABOUT_A_SERVICE_USER = new Set(['Query', 'Mutation', 'KeyWorker']);

/**
 * The parts of a cursor connection (ADR 0045): `XConnection { edges pageInfo }`, `XEdge { cursor
 * node }`, `PageInfo`. Containers: a node is a protected type, decided field by field, and a cursor
 * is the key of a record the reader was shown; the connection field itself carries `@consent`.
 */
const isPageContainer = (type: string) => type === 'PageInfo' || /(Connection|Edge)$/.test(type);

/** Keys and identifiers, shown without consent so that records can be referred to at all. */
const IDENTIFIERS = new Set([
  'id',
  'agencyCode',
  'actionId',
  // The key of this agency's disclosure log, by which case-management refers to it.
  'AgencyDisclosureLog.serviceUserId',
  'AgencyDisclosureLog.from',
  'AgencyDisclosureLog.to',
]);

/**
 * Types reachable only through a `@consent` field (AgencyDisclosureLog.entries, .deniedAttempts):
 * the entry as a whole is the disclosure, decided and audited once at that field, not field by
 * field.
 */
const REACHED_ONLY_THROUGH_PROTECTED_FIELDS = new Set(['DisclosureEntry', 'DeniedAttempt']);

function untagged(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    if (NOT_ABOUT_A_SERVICE_USER.has(type.name) || isPageContainer(type.name)) continue;
    if (REACHED_ONLY_THROUGH_PROTECTED_FIELDS.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (IDENTIFIERS.has(field.name) || IDENTIFIERS.has(`${type.name}.${field.name}`)) continue;
      if (!getDirective(schema, field, 'consent')?.[0]) found.push(`${type.name}.${field.name}`);
    }
  }
  return found;
}

describe('consent tagging of the agency schema', () => {
  it('tags every field of every type that carries service-user data with @consent', async () => {
    const { schema } = await buildAgencySchema();
    expect(untagged(schema)).toEqual([]);
  });

  it('covers the types that matter, so the walk is not vacuous', async () => {
    const { protectedFields } = await buildAgencySchema();
    const types = new Set(protectedFields.map((p) => p.typeName));
    for (const t of [
      'ActionDelivery',
      'ProgressNote',
      'KeyWorkerAssignment',
      'Caseload',
      'CaseloadAction',
      'AttentionItem',
      'AgencyDisclosureLog',
    ]) {
      expect({ type: t, tagged: types.has(t) }).toEqual({ type: t, tagged: true });
    }
  });

  it("takes the category of notes from each record (its action's domain), not from the field", async () => {
    const { protectedFields } = await buildAgencySchema();
    const categoryOf = (type: string, field: string) =>
      protectedFields.find((p) => p.typeName === type && p.fieldName === field)?.category;
    expect(categoryOf('ActionDelivery', 'progressNotes')).toBeNull();
    expect(categoryOf('ProgressNote', 'body')).toBeNull();
    expect(categoryOf('ActionDelivery', 'status')).toBe('CARE_PLAN_SUMMARY');
    expect(categoryOf('ActionDelivery', 'outcome')).toBe('CARE_PLAN_SUMMARY');
  });
});
