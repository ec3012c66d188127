import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntityManager } from 'typeorm';
import type { ConsentContext } from '../consent/consent-guard';
import type { SubjectResolver } from '../consent/enforce-consent';
import type { FieldPlace } from '../schema/build-subgraph-schema';
import type { RouteHandler } from '../server/http-server';

/** For each key of `T` a module may provide, a factory that makes it from its inputs. */
export type Factories<T, In> = { [K in keyof T]?: (input: In) => T[K] };

/**
 * What one feature folder brings to its subgraph (ADR 0022). A subgraph is its list of modules:
 * its database (entities, migrations), process-wide services, per-request DataLoaders, schema
 * (resolvers, reference resolvers, the subject behind each type's `@consent` fields), internal
 * routes and demo seed are all built from that list, so adding a feature is a folder plus one
 * line in the list.
 *
 * `S` is the subgraph's services and `L` its loaders: interfaces each module extends with its
 * own entries (TypeScript declaration merging), so no central file names every feature.
 */
export interface SubgraphModule<S, L, C extends ConsentContext> {
  /** Unique within the subgraph. */
  readonly name: string;
  readonly entities?: readonly Function[];
  readonly migrations?: readonly Function[];
  /** Process-wide services, made once at start-up; a factory may use any other module's. */
  readonly services?: Factories<S, S>;
  /** DataLoaders made per request, on first use, never shared between requests. */
  readonly loaders?: Factories<L, C>;
  readonly resolvers?: readonly Function[];
  readonly orphanedTypes?: readonly Function[];
  /** `__resolveReference` and other hand-written resolvers, by type name. */
  readonly referenceResolvers?: GraphQLResolverMap<C>;
  /** Whose data each of the module's types with `@consent` fields is, by type name. */
  readonly consentSubjects?: Readonly<Record<string, SubjectResolver<C>>>;
  /**
   * Where a field this module adds to another module's type stands among that type's fields,
   * by type and field: `{ Case: { carePlan: { after: 'caseManager' } } }`. Without it, fields a
   * module adds come after those of the modules before it in the list.
   */
  readonly placeFields?: Readonly<Record<string, Readonly<Record<string, FieldPlace>>>>;
  /**
   * Root fields (`Query.myOwnRecord`, `Mutation.acknowledgePlanCopy`) a SERVICE_USER may use;
   * every other root field is FORBIDDEN to them (ADR 0049, limitServiceUserRootFields).
   */
  readonly serviceUserRootFields?: readonly string[];
  /** JSON POST endpoints for other servers, by path; each authenticates its caller. */
  readonly routes?: (services: S) => Record<string, RouteHandler>;
  /**
   * The module's part of the demo data, written in the demo seed's one transaction, after the
   * parts of the modules before it in the list (see ModuleSet.seedDemo). A part that needs data
   * of a module later in the list belongs to that later module's part.
   */
  readonly seedDemo?: (services: S, m: EntityManager) => Promise<void>;
  /**
   * Idempotent: brings the module's part of a demo seeded by an earlier release up to date. Run,
   * in list order and in one transaction, instead of `seedDemo` when the demo is already there.
   */
  readonly upgradeDemo?: (services: S, m: EntityManager) => Promise<void>;
}
