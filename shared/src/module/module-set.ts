import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { NonEmptyArray } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { ConsentContext } from '../consent/consent-guard';
import type { SubjectResolver } from '../consent/enforce-consent';
import type { UnitOfWork } from '../db/unit-of-work';
import type { FieldPlace, SubgraphSchemaOptions } from '../schema/build-subgraph-schema';
import type { RouteHandler } from '../server/http-server';
import type { SubgraphModule } from './subgraph-module';

type AnyFactory = (input: never) => unknown;

/** Gathers `pick(module)` of every module by key, refusing a key two modules both define. */
function byKey<V>(
  modules: readonly { name: string }[],
  what: string,
  pick: (m: never) => Readonly<Record<string, V>> | undefined,
): Map<string, { module: string; value: V }> {
  const out = new Map<string, { module: string; value: V }>();
  for (const m of modules) {
    for (const [key, value] of Object.entries(pick(m as never) ?? {})) {
      const before = out.get(key);
      if (before) {
        throw new Error(`${what} ${key} is defined by both modules ${before.module} and ${m.name}`);
      }
      out.set(key, { module: m.name, value });
    }
  }
  return out;
}

/**
 * A subgraph as its list of modules: everything the subgraph is made of, gathered from them in
 * list order (ADR 0022). Two modules defining the same service, loader, type subject, reference
 * resolver or route is a start-up error naming both.
 */
export class ModuleSet<S extends object, L extends object, C extends ConsentContext> {
  private readonly serviceFactories: Map<string, { module: string; value: AnyFactory }>;
  private readonly loaderPrototype: object;

  constructor(readonly modules: readonly SubgraphModule<S, L, C>[]) {
    const names = new Set<string>();
    for (const m of modules) {
      if (names.has(m.name)) throw new Error(`Two modules are named ${m.name}`);
      names.add(m.name);
    }
    this.serviceFactories = byKey<AnyFactory>(
      modules,
      'Service',
      (m: SubgraphModule<S, L, C>) => m.services as Record<string, AnyFactory> | undefined,
    );
    const loaderFactories = byKey<AnyFactory>(
      modules,
      'Loader',
      (m: SubgraphModule<S, L, C>) => m.loaders as Record<string, AnyFactory> | undefined,
    );
    this.loaderPrototype = loaderPrototype(loaderFactories);
  }

  get entities(): Function[] {
    return this.modules.flatMap((m) => m.entities ?? []);
  }

  /**
   * Every module's migrations in the order TypeORM runs them: by the timestamp that ends each
   * class name, whichever module holds it (a feature's later migration lives in its own folder,
   * ADR 0022, and may be newer than those of modules listed after it).
   */
  get migrations(): Function[] {
    const timestamp = (m: Function) => Number(/\d{13}$/.exec(m.name)?.[0] ?? 0);
    return this.modules
      .flatMap((m) => m.migrations ?? [])
      .sort((a, b) => timestamp(a) - timestamp(b));
  }

  /** The schema parts of every module, for buildFederatedSchema. */
  schemaOptions(): SubgraphSchemaOptions<C> {
    const resolvers = this.modules.flatMap((m) => m.resolvers ?? []);
    if (resolvers.length === 0) throw new Error('No module brings a resolver');
    const referenceResolvers: GraphQLResolverMap<C> = {};
    for (const [type, { value }] of byKey(
      this.modules,
      'Reference resolver of',
      (m: SubgraphModule<S, L, C>) => m.referenceResolvers as Record<string, unknown> | undefined,
    )) {
      referenceResolvers[type] = value as GraphQLResolverMap<C>[string];
    }
    const subjects = byKey<SubjectResolver<C>>(
      this.modules,
      'Consent subject of',
      (m: SubgraphModule<S, L, C>) => m.consentSubjects,
    );
    const placeFields: Record<string, Record<string, FieldPlace>> = {};
    for (const m of this.modules) {
      for (const [type, fields] of Object.entries(m.placeFields ?? {})) {
        placeFields[type] = { ...placeFields[type], ...fields };
      }
    }
    return {
      resolvers: resolvers as NonEmptyArray<Function>,
      placeFields,
      orphanedTypes: this.modules.flatMap((m) => m.orphanedTypes ?? []),
      referenceResolvers,
      consentSubjects: Object.fromEntries([...subjects].map(([k, v]) => [k, v.value])),
      serviceUserRootFields: this.modules.flatMap((m) => m.serviceUserRootFields ?? []),
    };
  }

  /**
   * Makes every module's services, in list order, on top of `base` (what the server itself
   * provides: data source, unit of work, directory, logger...). A factory may use any other
   * service: it is made first, on demand; a cycle between factories is a start-up error.
   */
  buildServices(base: Partial<S>): S {
    const built: Record<string, unknown> = { ...base };
    const making: string[] = [];
    const factories = this.serviceFactories;
    const view = new Proxy(built, {
      get(target, key) {
        if (typeof key !== 'string' || key in target) return target[key as string];
        const f = factories.get(key);
        if (!f) throw new Error(`No module provides the service ${key}`);
        if (making.includes(key)) {
          throw new Error(
            `Services depend on each other in a cycle: ${[...making, key].join(' → ')}`,
          );
        }
        making.push(key);
        try {
          target[key] = (f.value as (s: unknown) => unknown)(view);
        } finally {
          making.pop();
        }
        return target[key];
      },
    });
    for (const key of factories.keys()) void view[key];
    return built as S;
  }

  /** This request's loaders: each made on first use from the request's context. */
  loadersFor(ctx: C): L {
    const loaders = Object.create(this.loaderPrototype) as Record<symbol, unknown>;
    loaders[REQUEST] = ctx;
    return loaders as L;
  }

  /** Every module's internal routes. */
  routes(services: S): Record<string, RouteHandler> {
    return Object.fromEntries(
      [
        ...byKey<RouteHandler>(this.modules, 'Route', (m: SubgraphModule<S, L, C>) =>
          m.routes?.(services),
        ),
      ].map(([path, { value }]) => [path, value]),
    );
  }

  /**
   * Seeds the demo data once, in one transaction: when `isSeeded` finds it absent, writes every
   * module's part (`seedDemo`), in list order, and returns true; when it is there (a later start),
   * runs every module's `upgradeDemo`, in list order, and returns false. Services the parts call
   * join the transaction (`uow.run`).
   */
  seedDemo(
    services: S,
    uow: UnitOfWork,
    isSeeded: (m: EntityManager) => Promise<boolean>,
  ): Promise<boolean> {
    return uow.run(async (m) => {
      if (await isSeeded(m)) {
        for (const module of this.modules) await module.upgradeDemo?.(services, m);
        return false;
      }
      for (const module of this.modules) await module.seedDemo?.(services, m);
      return true;
    });
  }
}

const REQUEST = Symbol('request context');

/**
 * One prototype per subgraph whose getters make a loader on first use and keep it on the
 * request's own object, so a request pays only for the loaders it uses.
 */
function loaderPrototype(factories: Map<string, { value: AnyFactory }>): object {
  const proto = {};
  for (const [key, { value: make }] of factories) {
    Object.defineProperty(proto, key, {
      enumerable: true,
      get(this: Record<symbol, unknown>) {
        const loader = (make as (ctx: unknown) => unknown)(this[REQUEST]);
        Object.defineProperty(this, key, { value: loader, enumerable: true });
        return loader;
      },
    });
  }
  return proto;
}
