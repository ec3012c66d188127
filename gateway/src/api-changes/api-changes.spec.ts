import { checkApiChanges, listedBreakingChanges } from './api-changes';

const RELEASED = `
type Query {
  caseload: Caseload!
  referral(id: ID!): Referral
}
type Caseload {
  serviceUsers: [ServiceUser!]
}
type ServiceUser {
  id: ID!
}
type Referral {
  id: ID!
  reason: String
  legacyNote: String
}
enum Status {
  OPEN
  CLOSED
}
input StartInput {
  serviceUserId: ID!
  status: Status
}
type Mutation {
  start(input: StartInput!): Referral!
}
`;

/** Two breaking changes (nullable items; a new required input field) and safe ones. */
const CURRENT = RELEASED.replace('serviceUsers: [ServiceUser!]', 'serviceUsers: [ServiceUser]')
  .replace('serviceUserId: ID!\n', 'serviceUserId: ID!\n  reasonCode: String!\n')
  .replace('  CLOSED\n', '  CLOSED\n  CANCELLED\n')
  .replace('  id: ID!\n}\ntype Referral', '  id: ID!\n  pseudonym: String\n}\ntype Referral');

const doc = (items: string[]) => `# API changes

Prose before the list; an example that must not count:

\`\`\`md
- \`Referral.legacyNote\`: an example in a fence
\`\`\`

## Unreleased

${items.join('\n')}

## 0.1.0

- \`Referral.legacyNote\`: removed in an earlier release (history, not read)
`;

describe('the API-change check', () => {
  it('passes when every breaking change is listed under Unreleased by its coordinate', async () => {
    const report = await checkApiChanges(
      RELEASED,
      CURRENT,
      doc([
        '- `Caseload.serviceUsers`: items may be null now.',
        '- `StartInput.reasonCode`: new required input field; see ADR 0027.',
      ]),
    );
    expect(report.unlisted).toEqual([]);
    expect(report.listed.map((c) => [c.coordinate, c.reason])).toEqual([
      ['Caseload.serviceUsers', 'items may be null now.'],
      ['StartInput.reasonCode', 'new required input field; see ADR 0027.'],
    ]);
    expect(report.stale).toEqual([]);
  });

  it('fails on a breaking change that is not listed, naming its coordinate', async () => {
    const report = await checkApiChanges(
      RELEASED,
      CURRENT,
      doc(['- `Caseload.serviceUsers`: items may be null now.']),
    );
    expect(report.unlisted).toEqual([
      expect.objectContaining({
        coordinate: 'StartInput.reasonCode',
        type: 'INPUT_FIELD_ADDED',
      }),
    ]);
  });

  it('does not count items of a released section or inside a fenced example', async () => {
    const removed = RELEASED.replace('  legacyNote: String\n', '');
    const report = await checkApiChanges(RELEASED, removed, doc([]));
    expect(report.unlisted.map((c) => [c.coordinate, c.type])).toEqual([
      ['Referral.legacyNote', 'FIELD_REMOVED'],
    ]);
  });

  it('reports dangerous changes without failing, and no change for an added field', async () => {
    const report = await checkApiChanges(
      RELEASED,
      CURRENT,
      doc([
        '- `Caseload.serviceUsers`: items may be null now.',
        '- `StartInput.reasonCode`: new required input field.',
      ]),
    );
    expect(report.dangerous.map((c) => c.coordinate)).toEqual(['Status.CANCELLED']);
    expect([...report.listed, ...report.unlisted].map((c) => c.coordinate)).not.toContain(
      'ServiceUser.pseudonym',
    );
  });

  it('names listed coordinates where nothing breaks any more', async () => {
    const report = await checkApiChanges(
      RELEASED,
      RELEASED,
      doc(['- `Referral.reason`: was going to be removed']),
    );
    expect(report).toEqual({ listed: [], unlisted: [], stale: ['Referral.reason'], dangerous: [] });
  });

  it('reads one item a line, with or without backticks, and ignores other lines', () => {
    const listed = listedBreakingChanges(
      doc([
        'Some prose under the heading.',
        '- `Query.foo`: removed, use bar',
        '* Query.baz.arg: now required',
        '- not an item: because of the space',
        '- `Query.foo`: listed twice (the first reason stays)',
      ]),
    );
    expect([...listed]).toEqual([
      ['Query.foo', 'removed, use bar'],
      ['Query.baz.arg', 'now required'],
    ]);
  });

  it('lets one retyping item cover every use of a type given for another', async () => {
    const current = RELEASED.replace('referral(id: ID!)', 'referral(id: UUID!)')
      .replace('serviceUserId: ID!', 'serviceUserId: UUID!')
      .replace('type Referral {\n  id: ID!', 'type Referral {\n  id: UUID!')
      .concat('\nscalar UUID\n');
    const report = await checkApiChanges(
      RELEASED,
      current,
      doc(['- `ID` → `UUID`: ids are UUIDs', '- `Date` → `DateTime`: nothing uses it']),
    );
    expect(report.unlisted).toEqual([]);
    expect(report.listed.map((c) => c.coordinate).sort()).toEqual([
      'Query.referral.id',
      'Referral.id',
      'StartInput.serviceUserId',
    ]);
    expect(report.listed.every((c) => c.reason === 'ids are UUIDs')).toBe(true);
    expect(report.stale).toEqual(['Date → DateTime']);
  });
});
