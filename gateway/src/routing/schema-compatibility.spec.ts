import { compareAgencySchema } from './schema-compatibility';

const HEAD = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@composeDirective"])
  @link(url: "https://specs.icp-federation.ie/consent/v1.0", import: ["@consent"])
  @composeDirective(name: "@consent")

directive @consent(category: Category) on FIELD_DEFINITION

enum Category { HEALTH IDENTITY }
`;

/** A small agency-like subgraph; `edit` changes its body text. */
const sdl = (edit: (body: string) => string = (b) => b) =>
  HEAD +
  edit(`
"""A member of staff."""
type KeyWorker @key(fields: "agencyCode id") {
  agencyCode: ID!
  id: ID!
  name: String!
  phone: String @consent(category: IDENTITY)
}

enum Status { OPEN CLOSED }

type Query {
  keyWorkers(active: Boolean): [KeyWorker!]!
  status: Status
}
`);

const composed = sdl();
const compare = (edit: (body: string) => string) => compareAgencySchema(composed, sdl(edit));

describe('an agency instance schema against the composed one (ADR 0040)', () => {
  it('is ok when the same, or when only descriptions differ', async () => {
    expect((await compareAgencySchema(composed, composed)).verdict).toBe('ok');
    expect((await compare((b) => b.replace('A member of staff.', 'Staff.'))).verdict).toBe('ok');
  });

  it.each([
    [
      'a new optional field',
      (b: string) => b.replace('name: String!', 'name: String!\n  pronouns: String'),
    ],
    [
      'a new type and root field',
      (b: string) =>
        `${b}\ntype Release { version: String! }\nextend type Query { release: Release }`,
    ],
    [
      'a new entity',
      (b: string) =>
        `${b}\ntype Team @key(fields: "id") { id: ID! }\nextend type Query { teams: [Team!]! }`,
    ],
    [
      'a new optional argument',
      (b: string) =>
        b.replace('keyWorkers(active: Boolean)', 'keyWorkers(active: Boolean, team: ID)'),
    ],
    ['an enum value added', (b: string) => b.replace('OPEN CLOSED', 'OPEN CLOSED ARCHIVED')],
    [
      'a second key',
      (b: string) =>
        b.replace(
          '@key(fields: "agencyCode id")',
          '@key(fields: "agencyCode id") @key(fields: "id")',
        ),
    ],
    [
      '@consent on one more field',
      (b: string) => b.replace('name: String!', 'name: String! @consent(category: IDENTITY)'),
    ],
    [
      'a nullable field made non-null',
      (b: string) => b.replace('status: Status', 'status: Status!'),
    ],
  ])('serves an instance ahead by %s', async (_, edit) => {
    const c = await compare(edit);
    expect(c).toMatchObject({ verdict: 'ahead', breaking: [] });
  });

  it.each([
    ['a field missing', (b: string) => b.replace('  name: String!\n', ''), 'KeyWorker.name'],
    ['a type changed', (b: string) => b.replace('name: String!', 'name: Int!'), 'KeyWorker.name'],
    [
      'a non-null field made nullable',
      (b: string) => b.replace('name: String!', 'name: String'),
      'KeyWorker.name',
    ],
    [
      'a required argument added',
      (b: string) =>
        b.replace('keyWorkers(active: Boolean)', 'keyWorkers(active: Boolean, team: ID!)'),
      'Query.keyWorkers.team',
    ],
    [
      'an argument missing',
      (b: string) => b.replace('keyWorkers(active: Boolean)', 'keyWorkers'),
      'Query.keyWorkers.active',
    ],
    ['an enum value missing', (b: string) => b.replace('OPEN CLOSED', 'OPEN'), 'Status.CLOSED'],
    [
      '@consent missing',
      (b: string) => b.replace(' @consent(category: IDENTITY)', ''),
      'KeyWorker.phone.@consent',
    ],
    [
      '@consent with another category',
      (b: string) => b.replace('@consent(category: IDENTITY)', '@consent(category: HEALTH)'),
      'KeyWorker.phone.@consent.category',
    ],
    [
      'its key changed',
      (b: string) => b.replace('@key(fields: "agencyCode id")', '@key(fields: "id")'),
      'KeyWorker.@key.fields',
    ],
    [
      'its key missing',
      (b: string) => b.replace(' @key(fields: "agencyCode id")', ''),
      'KeyWorker.@key',
    ],
  ])('refuses an instance with %s', async (_, edit, coordinate) => {
    const c = await compare(edit);
    expect(c.verdict).toBe('mismatch');
    expect(c.breaking.map((d) => d.coordinate)).toContain(coordinate);
  });

  it('refuses an SDL that does not build', async () => {
    const c = await compareAgencySchema(composed, 'type Query { broken: Nope }');
    expect(c.verdict).toBe('mismatch');
    expect(c.breaking[0]!.type).toBe('INVALID_SDL');
  });
});
