import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import { protectedFields } from '@icp/shared';
import { buildCaseManagementSchema } from '@icp/case-management';
import { buildAgencySchema } from '@icp/agency';

/**
 * The composed schema, as the gateway serves it, is what every agency reads through: this walks
 * gateway/supergraph.graphql (fresh: composition.test.ts fails otherwise) and proves that every
 * field carrying service-user data keeps its `@consent` category there, in whichever subgraph
 * resolves it. The subgraph walks (consent-tagging, agency-consent-tagging) give the reasons for
 * each exemption; this one checks nothing slipped through composition.
 */
const SUPERGRAPH = readFileSync(join(__dirname, '..', 'gateway', 'supergraph.graphql'), 'utf8');

/** Entry points, the directory and staff, and containers whose fields are protected types. */
const NOT_ABOUT_A_SERVICE_USER = new Set([
  'Query',
  'Mutation',
  'Agency',
  'KeyWorker',
  'CaseManagerWorklist',
  // Reached only through a protected field (ServiceUser.disclosureLog, AgencyDisclosureLog.entries
  // and .deniedAttempts).
  'DisclosureEntry',
  'DeniedAttempt',
]);

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
  'ServiceUser.pseudonym',
  'AgencyDisclosureLog.serviceUserId',
  'AgencyDisclosureLog.from',
  'AgencyDisclosureLog.to',
]);

const consentOf = (directives: readonly ConstDirectiveNode[] | undefined) => {
  const d = directives?.find((x) => x.name.value === 'consent');
  if (!d) return undefined;
  const arg = d.arguments?.find((a) => a.name.value === 'category');
  return arg && arg.value.kind === Kind.ENUM ? arg.value.value : null;
};

function supergraphFields() {
  const out = new Map<string, string | null | undefined>();
  for (const def of parse(SUPERGRAPH).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) {
      out.set(`${def.name.value}.${field.name.value}`, consentOf(field.directives));
    }
  }
  return out;
}

describe('consent tagging of the composed supergraph', () => {
  it('tags every field of every type that carries service-user data with @consent', () => {
    const untagged = [...supergraphFields()]
      .filter(([key, category]) => {
        const [type, field] = key.split('.') as [string, string];
        if (type.startsWith('_') || NOT_ABOUT_A_SERVICE_USER.has(type) || isPageContainer(type))
          return false;
        if (IDENTIFIERS.has(field) || IDENTIFIERS.has(key)) return false;
        return category === undefined;
      })
      .map(([key]) => key);
    expect(untagged).toEqual([]);
  });

  it('keeps each subgraph field’s category through composition', async () => {
    const composed = supergraphFields();
    const subgraphs = [
      ...protectedFields((await buildCaseManagementSchema()).schema),
      ...protectedFields((await buildAgencySchema()).schema),
    ];
    expect(subgraphs.length).toBeGreaterThan(250);
    const lost = subgraphs
      .filter((p) => composed.get(`${p.typeName}.${p.fieldName}`) === undefined)
      .map((p) => `${p.typeName}.${p.fieldName}`);
    expect(lost).toEqual([]);
  });
});
