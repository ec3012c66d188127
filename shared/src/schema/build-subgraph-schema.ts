import { GraphQLObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  buildSchema,
  createResolversMap,
  getMetadataStorage,
  type NonEmptyArray,
} from 'type-graphql';
import {
  CONSENT_CATEGORY_ENUM_SDL,
  CONSENT_DIRECTIVE_SDL,
  CONSENT_SPEC_URL,
} from '../consent/consent-directive';
import { isConsentCategory } from '../consent/consent-category';
import type { ConsentContext } from '../consent/consent-guard';
import {
  enforceConsent,
  type ProtectedField,
  type SubjectResolver,
} from '../consent/enforce-consent';
import { limitServiceUserRootFields } from '../consent/service-user-root-fields';
import { assertNestedInputsValidated, validateInput } from '../validation/validate-input';
import { SCALARS_MAP } from './scalars';

export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.7';

/** A field's place among its type's fields: right after the field named. */
export interface FieldPlace {
  after: string;
}

export interface SubgraphSchemaOptions<C extends ConsentContext> {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** `__resolveReference` (and other hand-written resolvers), by type name. */
  referenceResolvers?: GraphQLResolverMap<C>;
  /** Whose data each type with @consent fields is; see enforceConsent. */
  consentSubjects: Record<string, SubjectResolver<C>>;
  /** Fields placed after a given field of their type; see inResolverOrder. */
  placeFields?: Readonly<Record<string, Readonly<Record<string, FieldPlace>>>>;
  /** Root fields a SERVICE_USER may use; every other is FORBIDDEN to them (ADR 0049). */
  serviceUserRootFields?: readonly string[];
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
  const tgSchema = inResolverOrder(
    await buildSchema({
      resolvers: o.resolvers,
      orphanedTypes: o.orphanedTypes ?? [],
      skipCheck: true,
      scalarsMap: SCALARS_MAP,
      // Inputs are validated (and normalised) before their resolver runs; see ../validation.
      validateFn: validateInput,
    }),
    o.resolvers,
    o.placeFields ?? {},
  );
  assertNestedInputsValidated();
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
  const resolvers = createResolversMap(tgSchema) as GraphQLResolverMap<C>;
  for (const [typeName, extra] of Object.entries(o.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(extra as object) };
  }
  // As a list of modules: its resolver map may have a context type (the single-module form's
  // is `unknown`, which a map of resolvers needing this subgraph's context is not).
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  const protectedFields = enforceConsent(schema, o.consentSubjects);
  limitServiceUserRootFields<C>(schema, o.serviceUserRootFields ?? []);
  return { schema, sdl, protectedFields };
}

/** The root types' descriptions: every subgraph gives the same, so composition keeps them. */
const ROOT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Query:
    'What can be read. Each field says who may read it, its consent category where it has one, and the error codes it may return; a record the reader may not see is null, as one that does not exist.',
  Mutation:
    'What can be changed. Each mutation is one transaction: refused, it is null with an error whose `extensions.code` (docs/errors.md) says why, and nothing was written.',
};

/**
 * Orders the fields that resolver classes add to a type (root fields, and field resolvers on
 * other types) by the position of their class in `resolvers` (a subgraph's module list, in
 * order), keeping each class's own order and the type's own fields first. type-graphql would
 * order them by the order in which the files happened to be imported; this way the schema, and
 * so the composed supergraph, depends only on the module list (ADR 0022).
 */
function inResolverOrder(
  schema: GraphQLSchema,
  resolvers: readonly Function[],
  placeFields: Readonly<Record<string, Readonly<Record<string, FieldPlace>>>>,
): GraphQLSchema {
  const storage = getMetadataStorage();
  const position = new Map(resolvers.map((r, i) => [r, i]));
  const typeName = (cls: Function) =>
    storage.objectTypes.find((t) => t.target === cls)?.name ?? cls.name;
  /** type name → field name → position of the resolver class that adds it */
  const rank = new Map<string, Map<string, number>>();
  const put = (type: string, field: string, cls: Function) => {
    const at = position.get(cls);
    if (at === undefined) return;
    const fields = rank.get(type) ?? new Map<string, number>();
    if (!fields.has(field)) fields.set(field, at);
    rank.set(type, fields);
  };
  for (const q of storage.queries) put('Query', q.schemaName, q.target);
  for (const m of storage.mutations) put('Mutation', m.schemaName, m.target);
  for (const f of storage.fieldResolvers) {
    const cls = f.getObjectType?.();
    if (!cls) continue;
    const declared = storage.fields.some((d) => d.target === cls && d.name === f.schemaName);
    if (!declared) put(typeName(cls), f.schemaName, f.target);
  }
  return mapSchema(schema, {
    [MapperKind.OBJECT_TYPE]: (type) => {
      const fields = rank.get(type.name);
      const places = placeFields[type.name] ?? {};
      const description = type.description ?? ROOT_DESCRIPTIONS[type.name];
      if (!fields && Object.keys(places).length === 0) {
        return description === type.description
          ? type
          : new GraphQLObjectType({ ...type.toConfig(), description });
      }
      const config = { ...type.toConfig(), description };
      const ordered = Object.entries(config.fields)
        .map((entry, i) => ({ entry, i, at: fields?.get(entry[0]) ?? -1 }))
        .sort((a, b) => a.at - b.at || a.i - b.i)
        .map(({ entry }) => entry);
      for (const [name, { after }] of Object.entries(places)) {
        const from = ordered.findIndex(([n]) => n === name);
        const [moved] = from >= 0 ? ordered.splice(from, 1) : [];
        const anchor = ordered.findIndex(([n]) => n === after);
        if (!moved || anchor < 0) {
          throw new Error(`Cannot place ${type.name}.${name} after ${type.name}.${after}`);
        }
        ordered.splice(anchor + 1, 0, moved);
      }
      return new GraphQLObjectType({ ...config, fields: Object.fromEntries(ordered) });
    },
  });
}
