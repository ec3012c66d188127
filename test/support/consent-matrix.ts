import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { ConsentCategory, ProtectedField } from '@icp/shared';
import type { Json } from './json';

/**
 * The generated consent matrix: reach paths per protected type, the selections generated from
 * the subgraph schemas' `@consent` fields, and a walk over the gateway's answers that tells what
 * a reader saw against what it may see. Used by `test/consent-matrix.test.ts`.
 */

/** A field's category; null: each record's own (decided by `recordCategory`). */
export type FieldCategories = Map<string, (ConsentCategory | null)[]>;

/** How to reach objects of one type about the chosen person, from a root field of the gateway. */
export interface ReachPath {
  /** A root field with its arguments, e.g. `case(id: $case)`. Variables: see `MatrixVariables`. */
  root: string;
  /** Fields followed from the root's object to the target type (lists are flattened). */
  steps?: string[];
}

export type MatrixVariables = Record<string, string>;

/** Arguments for protected fields that require some; a new one must be added here. */
export const FIELD_ARGUMENTS: Record<string, string> = {
  'CarePlan.versionAt': '(version: 1)',
  'CarePlan.changes': '(fromVersion: 1)',
};

/** The two subgraph schemas seen as one: a type's fields are those of both. */
export class MatrixSchema {
  readonly categories: FieldCategories = new Map();

  constructor(
    private readonly schemas: GraphQLSchema[],
    fields: ProtectedField[],
  ) {
    for (const p of fields) {
      const key = `${p.typeName}.${p.fieldName}`;
      const list = this.categories.get(key) ?? [];
      if (!list.includes(p.category)) list.push(p.category);
      this.categories.set(key, list);
    }
  }

  /** Types with at least one protected field. */
  protectedTypes(): string[] {
    return [...new Set([...this.categories.keys()].map((k) => k.split('.')[0]!))].sort();
  }

  /** Protected field names of a type. */
  protectedFieldsOf(type: string): string[] {
    return [...this.categories.keys()]
      .filter((k) => k.startsWith(`${type}.`))
      .map((k) => k.slice(type.length + 1));
  }

  field(type: string, name: string): GraphQLField<unknown, unknown> | undefined {
    for (const s of this.schemas) {
      const t = s.getType(type);
      if (isObjectType(t) && t.getFields()[name]) return t.getFields()[name];
    }
    return undefined;
  }

  /** The named type a field returns, and whether the field is a list. */
  typeOf(type: string, name: string): { named: string; leaf: boolean; list: boolean } {
    const f = this.field(type, name);
    if (!f) throw new Error(`${type}.${name} is in no subgraph schema`);
    let t = f.type;
    if (isNonNullType(t)) t = t.ofType;
    const named = getNamedType(f.type);
    return { named: named.name, leaf: isLeafType(named), list: isListType(t) };
  }

  private hasUnprotected(type: string, name: string): boolean {
    return !!this.field(type, name) && !this.categories.has(`${type}.${name}`);
  }

  /** Unprotected keys of a type, selected so records can be matched and their context known. */
  keysOf(type: string): string[] {
    return ['id', 'code', 'agencyCode', 'actionId'].filter((k) => this.hasUnprotected(type, k));
  }

  /** A field with its required arguments; fails for a required argument nobody provided. */
  fieldWithArguments(type: string, name: string): string {
    const f = this.field(type, name)!;
    const given = FIELD_ARGUMENTS[`${type}.${name}`];
    if (given) return `${name}${given}`;
    const required = f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    if (required.length > 0) {
      throw new Error(
        `${type}.${name} needs arguments (${required.map((a) => a.name).join(', ')}): add them to FIELD_ARGUMENTS`,
      );
    }
    return name;
  }

  /** The selection of one protected field: a leaf as it is, an object by its keys. */
  selectionOf(type: string, name: string): string {
    const { named, leaf } = this.typeOf(type, name);
    const head = this.fieldWithArguments(type, name);
    if (leaf) return head;
    return `${head} { ${['__typename', ...this.keysOf(named)].join(' ')} }`;
  }

  /** The type reached at the end of a path, from the root query type. */
  typeAt(path: ReachPath): string {
    const rootName = path.root.split('(')[0]!.trim();
    let type = this.typeOf('Query', rootName).named;
    for (const step of path.steps ?? []) type = this.typeOf(type, step).named;
    return type;
  }

  /** The query text of one reach path under an alias: keys at every level, every protected field at the end. */
  queryOf(alias: string, path: ReachPath, target: string): string {
    const rootName = path.root.split('(')[0]!.trim();
    const types = [this.typeOf('Query', rootName).named];
    for (const step of path.steps ?? []) types.push(this.typeOf(types.at(-1)!, step).named);
    const fields = this.protectedFieldsOf(target).map((f) => this.selectionOf(target, f));
    let inner = [...this.keysOf(target), ...fields].join(' ');
    const steps = path.steps ?? [];
    for (let i = steps.length - 1; i >= 0; i -= 1) {
      const parent = types[i]!;
      inner = `${[...this.keysOf(parent)].join(' ')} ${this.fieldWithArguments(parent, steps[i]!)} { ${inner} }`;
    }
    return `${alias}: ${path.root} { ${inner} }`;
  }
}

/** A record reached, with the records on its way (nearest last) and its path in the answer. */
export interface Reached {
  type: string;
  record: Record<string, Json>;
  ancestors: { type: string; record: Record<string, Json>; via: string }[];
  path: (string | number)[];
  /** A key to find the same record in another reader's answer. */
  key: string;
  /** Error codes of the answer it came in, by path. */
  errors?: Map<string, string>;
}

/** Follows a reach path through an answer, flattening lists; absent records are simply not there. */
export function walk(
  schema: MatrixSchema,
  alias: string,
  rootValue: unknown,
  path: ReachPath,
): Reached[] {
  const rootName = path.root.split('(')[0]!.trim();
  let type = schema.typeOf('Query', rootName).named;
  const keyOf = (t: string, r: Record<string, Json>, fallback: string) =>
    r.id != null
      ? `${t}:${r.id}`
      : r.actionId != null && r.agencyCode != null
        ? `${t}:${r.agencyCode}/${r.actionId}`
        : r.itemId != null && r.change != null
          ? // A plan change has no id: match it by what it changed, not by its place in a list
            // that leaves out the changes a reader may not see.
            `${fallback.replace(/\[\d+\]$/, '')}:${r.itemId}/${r.field ?? ''}/${r.change}`
          : fallback;
  const start = (v: unknown, p: (string | number)[]): Reached[] => {
    if (v == null) return [];
    if (Array.isArray(v)) {
      return v.flatMap((item, i) => start(item, [...p, i]));
    }
    const rec = v as Record<string, Json>;
    return [{ type, record: rec, ancestors: [], path: p, key: keyOf(type, rec, p.join('.')) }];
  };
  let current = start(rootValue, [alias]);
  for (const step of path.steps ?? []) {
    const next = schema.typeOf(type, step).named;
    const out: Reached[] = [];
    for (const r of current) {
      const v = r.record[step];
      if (v == null) continue;
      const items = Array.isArray(v) ? v.map((x, i) => [x, i] as const) : [[v, null] as const];
      for (const [item, i] of items) {
        if (item == null) continue;
        const p = i === null ? [...r.path, step] : [...r.path, step, i];
        out.push({
          type: next,
          record: item,
          ancestors: [...r.ancestors, { type: r.type, record: r.record, via: step }],
          path: p,
          key: keyOf(next, item, `${r.key}/${step}${i === null ? '' : `[${i}]`}`),
        });
      }
    }
    type = next;
    current = out;
  }
  return current;
}

/** Rough token count of a GraphQL document, as the gateway's parser counts them. */
export function tokenCount(text: string): number {
  return (text.match(/\.\.\.|[A-Za-z_][A-Za-z0-9_]*|-?\d+|"[^"]*"|[{}():$![\],=@|]/g) ?? []).length;
}

/** Variables a piece of query text uses. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}
