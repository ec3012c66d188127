import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../request/gateway-context';
import { AgencyShardDataSource, mergeDisclosedCategories } from './agency-shard-data-source';

describe('mergeDisclosedCategories', () => {
  it('unites the categories of every answer, each once, and drops other extensions', () => {
    expect(
      mergeDisclosedCategories([
        { disclosedCategories: ['SUBSTANCE_USE', 'CARE_PLAN_SUMMARY'], ftv1: 'trace' },
        undefined,
        { disclosedCategories: ['LEGAL_AND_JUSTICE', 'CARE_PLAN_SUMMARY'] },
      ]),
    ).toEqual({
      disclosedCategories: ['CARE_PLAN_SUMMARY', 'SUBSTANCE_USE', 'LEGAL_AND_JUSTICE'],
    });
    expect(mergeDisclosedCategories([undefined, { other: 1 }])).toBeUndefined();
  });
});

describe('AgencyShardDataSource', () => {
  it("merges the per-agency answers' disclosed categories into its one answer", async () => {
    const source = new AgencyShardDataSource({} as never);
    const answers: Record<string, unknown> = {
      CDAS: {
        response: {
          data: { _entities: [{ id: 'a' }] },
          extensions: { disclosedCategories: ['CARE_PLAN_SUMMARY'] },
        },
      },
      HSEM: {
        response: {
          data: { _entities: [{ id: 'b' }, { id: 'c' }] },
          extensions: { disclosedCategories: ['SUBSTANCE_USE'] },
        },
      },
      PROB: { failure: 'AGENCY_UNAVAILABLE' },
    };
    // Each agency's answer, as its instance would give it (transport and signing left out).
    // (`send` is private: replaced on this instance.)
    Object.assign(source, { send: async (code: string) => answers[code] });
    const representations = [
      { __typename: 'ActionDelivery', agencyCode: 'HSEM' },
      { __typename: 'ActionDelivery', agencyCode: 'CDAS' },
      { __typename: 'ActionDelivery', agencyCode: 'PROB' },
      { __typename: 'ActionDelivery', agencyCode: 'HSEM' },
    ];
    const response = await source.process({
      request: { query: '{ _entities }', variables: { representations } },
      context: { disclosedCategories: new Set() },
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
    expect(response.data).toEqual({ _entities: [{ id: 'b' }, { id: 'a' }, null, { id: 'c' }] });
    expect(response.extensions).toEqual({
      disclosedCategories: ['CARE_PLAN_SUMMARY', 'SUBSTANCE_USE'],
    });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['_entities', 2], extensions: expect.anything() as unknown }),
    ]);
  });
});
