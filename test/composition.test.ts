import { readFileSync } from 'node:fs';
import { API_SCHEMA_PATH, MANIFEST_PATH, SUPERGRAPH_PATH, composeSupergraph } from '@icp/gateway';

describe('the committed supergraph', () => {
  it('is what npm run compose produces from the subgraphs now (run it if this fails)', async () => {
    const { supergraphSdl, manifest } = await composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraphSdl);
    expect(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'))).toEqual(manifest);
  });

  it('comes with its API schema, which web codegen and the API-change check read (npm run compose)', async () => {
    const { apiSchemaSdl } = await composeSupergraph();
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(apiSchemaSdl);
  });

  it('keeps @consent, linked under its own spec URL', async () => {
    const { supergraphSdl } = await composeSupergraph();
    expect(supergraphSdl).toContain(
      '@link(url: "https://specs.icp-federation.ie/consent/v1.0", import: ["@consent"])',
    );
    expect(supergraphSdl).toMatch(/^ {2}\): ProgressNoteConnection .*@consent$/m);
    expect(supergraphSdl).toMatch(/givenName: String .*@consent\(category: IDENTITY\)/);
  });

  it('composes the agency subgraph once, with the agency code in every agency entity key', async () => {
    const { supergraphSdl } = await composeSupergraph();
    expect(supergraphSdl.match(/@join__graph\(name: "agency"/g)).toHaveLength(1);
    const agencyKeys = [
      ...supergraphSdl.matchAll(/@join__type\(graph: AGENCY, key: "([^"]+)"\)/g),
    ].map((m) => m[1]);
    expect(agencyKeys.length).toBeGreaterThan(0);
    for (const key of agencyKeys) expect(key!.split(' ')).toContain('agencyCode');
  });
});
