import { parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import {
  CONSENT_CATEGORY_ENUM_SDL,
  CONSENT_DIRECTIVE_SDL,
  CONSENT_SPEC_URL,
} from '../consent/consent-directive';
import { isConsentCategory } from '../consent/consent-category';
import type { ConsentContext } from '../consent/consent-guard';
import {
  enforceConsent,
  type EnforceConsentOptions,
  type ProtectedField,
  type SubjectResolver,
} from '../consent/enforce-consent';

export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.7';

export interface SubgraphSchemaOptions<C extends ConsentContext> {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** `__resolveReference` (and other hand-written resolvers), by type name. */
  referenceResolvers?: GraphQLResolverMap<any>;
  /** Whose data each type with @consent fields is; see enforceConsent. */
  consentSubjects: Record<string, SubjectResolver<C>>;
  /** Types that set the purpose of use beneath them; see enforceConsent. */
  purposeContexts?: EnforceConsentOptions['purposeContexts'];
}

export interface SubgraphSchema {
  schema: GraphQLSchema;
  /** The SDL this subgraph contributes to composition. */
  sdl: string;
  protectedFields: ProtectedField[];
}

/**
 * type-graphql classes → subgraph SDL with the federation and consent links → executable
 * subgraph schema with consent enforcement applied. Following type-graphql's
 * examples/apollo-federation-2.
 */
export async function buildFederatedSchema<C extends ConsentContext>(
  o: SubgraphSchemaOptions<C>,
): Promise<SubgraphSchema> {
  const tgSchema = await buildSchema({
    resolvers: o.resolvers,
    orphanedTypes: o.orphanedTypes ?? [],
    skipCheck: true,
    validate: { forbidUnknownValues: false },
  });
  // type-graphql keeps `@Directive` strings without their definition, so the printer cannot know
  // that `category` is an enum and quotes it; restore enum literals for the categories we define.
  const body = printSchemaWithDirectives(tgSchema).replace(
    /@consent\(category: "([A-Z_]+)"\)/g,
    (whole, category: string) =>
      isConsentCategory(category) ? `@consent(category: ${category})` : whole,
  );
  const enumSdl = tgSchema.getType('ConsentCategory') ? '' : CONSENT_CATEGORY_ENUM_SDL;
  const sdl = `extend schema
  @link(url: "${FEDERATION_SPEC_URL}", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@composeDirective"])
  @link(url: "${CONSENT_SPEC_URL}", import: ["@consent"])
  @composeDirective(name: "@consent")
${CONSENT_DIRECTIVE_SDL}${enumSdl}
${body}`;
  const resolvers = createResolversMap(tgSchema) as GraphQLResolverMap<any>;
  for (const [typeName, extra] of Object.entries(o.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(extra as object) } as never;
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
  const protectedFields = enforceConsent(
    schema,
    o.consentSubjects,
    o.purposeContexts ? { purposeContexts: o.purposeContexts } : {},
  );
  return { schema, sdl, protectedFields };
}
