import { buildSubgraphSchema } from '@apollo/subgraph';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { parse, type GraphQLSchema } from 'graphql';

/**
 * How an agency instance's schema stands to the one the supergraph was composed from (ADR 0040):
 * - `ok`: the same (or differing in nothing the gateway can see, such as descriptions);
 * - `ahead`: only additions (a newer release): every query the gateway plans still works there;
 * - `mismatch`: a breaking difference (an older release, or another schema): not served.
 */
export type SchemaVerdict = 'ok' | 'ahead' | 'mismatch';

/** One difference, as `Type.field` (or `Type.field.@directive`) and graphql-inspector's words. */
export interface SchemaDifference {
  coordinate: string;
  type: string;
  message: string;
}

export interface SchemaComparison {
  verdict: SchemaVerdict;
  /** Why it is a mismatch (empty unless it is one). */
  breaking: SchemaDifference[];
  /** Served, but worth a look: e.g. an enum value the instance may return that clients do not know. */
  dangerous: SchemaDifference[];
  /** How many other differences (additions) there are; descriptions are not counted. */
  additions: number;
}

/**
 * The directives the gateway plans by (federation's) or the federation's protection rests on
 * (`@consent`). graphql-inspector rates a change of their use "dangerous" at most, as it would
 * be for a client; for the gateway a removed or changed use is breaking: a `@key` gone or
 * changed fails the entity fetches it plans, a `@consent` gone or changed means the instance
 * protects a field otherwise than the federation declares.
 */
const GUARDED = new Set([
  'key',
  'external',
  'requires',
  'provides',
  'shareable',
  'override',
  'inaccessible',
  'interfaceObject',
  'consent',
]);

/** Of the guarded directives, those an instance may add to an existing element. */
const ADDABLE = new Set([
  // Another way to fetch the entity: the keys the gateway uses are all still there.
  'key',
  // The instance protects one more field than the federation declares: it withholds more, never less.
  'consent',
]);

const difference = (c: Change): SchemaDifference => ({
  coordinate: c.path ?? '(schema)',
  type: String(c.type),
  message: c.message,
});

type Meta = Record<string, unknown>;
const metaOf = (c: Change): Meta => (c.meta ?? {}) as Meta;

/** The guarded directive a change of a directive's use is about, if any. */
function guardedDirective(c: Change): string | undefined {
  if (!String(c.type).startsWith('DIRECTIVE_USAGE_')) return undefined;
  const m = metaOf(c);
  const name = m.directiveName ?? m.addedDirectiveName ?? m.removedDirectiveName;
  return typeof name === 'string' && GUARDED.has(name) ? name : undefined;
}

/** Whether a change of a guarded directive's use breaks the gateway's plans (see GUARDED). */
function guardedChangeBreaks(c: Change, name: string, all: readonly Change[]): boolean {
  const type = String(c.type);
  const m = metaOf(c);
  if (type === 'DIRECTIVE_USAGE_ARGUMENT_REMOVED') return true;
  if (type === 'DIRECTIVE_USAGE_ARGUMENT_ADDED') {
    // A value changed (the old one is also reported removed), or an argument added to a use
    // that was already there; not the arguments of a use added whole (judged below).
    if (m.oldArgumentValue !== null && m.oldArgumentValue !== undefined) return true;
    const use = (c.path ?? '').split('.').slice(0, -1).join('.');
    return !all.some((o) => o !== c && o.path === use && String(o.type).endsWith('_ADDED'));
  }
  if (type.endsWith('_REMOVED')) return true;
  if (type.endsWith('_ADDED')) return m.addedToNewType !== true && !ADDABLE.has(name);
  return true;
}

/** An executable subgraph schema (with `_entities` and `_Entity`) from a subgraph's SDL. */
const subgraphSchema = (sdl: string): GraphQLSchema =>
  buildSubgraphSchema({ typeDefs: parse(sdl) });

/**
 * Compares an agency instance's SDL (its `_service { sdl }`) with the agency subgraph SDL the
 * supergraph was composed from, from the gateway's side: the gateway plans every query by the
 * composed schema, so what the instance lacks or has changed breaks (a field, type, enum value,
 * union member or argument removed; a type changed; a required argument or input field added;
 * a guarded directive's use removed or changed), and what it has in addition is never asked of
 * it. graphql-inspector rates each difference; an SDL that cannot be built is a mismatch.
 */
export async function compareAgencySchema(
  composedSdl: string,
  instanceSdl: string,
): Promise<SchemaComparison> {
  let changes: Change[];
  try {
    changes = await diff(subgraphSchema(composedSdl), subgraphSchema(instanceSdl));
  } catch (error) {
    return {
      verdict: 'mismatch',
      breaking: [
        {
          coordinate: '(schema)',
          type: 'INVALID_SDL',
          message: `the instance's SDL does not build: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      dangerous: [],
      additions: 0,
    };
  }
  const breaking: SchemaDifference[] = [];
  const dangerous: SchemaDifference[] = [];
  let additions = 0;
  for (const c of changes) {
    // What a description says is for readers; it changes no plan and no answer.
    if (String(c.type).includes('DESCRIPTION')) continue;
    const guarded = guardedDirective(c);
    const level = guarded
      ? guardedChangeBreaks(c, guarded, changes)
        ? CriticalityLevel.Breaking
        : CriticalityLevel.NonBreaking
      : c.criticality.level;
    if (level === CriticalityLevel.Breaking) breaking.push(difference(c));
    else if (level === CriticalityLevel.Dangerous) dangerous.push(difference(c));
    else additions += 1;
  }
  const verdict: SchemaVerdict =
    breaking.length > 0 ? 'mismatch' : dangerous.length + additions > 0 ? 'ahead' : 'ok';
  return { verdict, breaking, dangerous, additions };
}
