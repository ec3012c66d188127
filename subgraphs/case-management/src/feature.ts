import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SubjectResolver } from '@icp/shared';
import type { CmContext } from './context';

/** What one feature folder contributes to the case-management schema. */
export interface CmFeature {
  resolvers: Function[];
  orphanedTypes?: Function[];
  referenceResolvers?: GraphQLResolverMap<CmContext>;
  /** Whose data each of the feature's types with @consent fields is. */
  consentSubjects?: Record<string, SubjectResolver<CmContext>>;
}
