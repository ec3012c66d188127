import type { CombinedError } from 'urql';

/** What stands in place of a value the API did not give (docs/errors.md). */
export type Problem =
  /** The person has not consented to share this with the reader's agency. */
  | { kind: 'withheld'; category: string }
  /** The consent could not be checked: withheld all the same, but not a refusal. */
  | { kind: 'unchecked'; category: string }
  /** The agency holding this part is down, slow, or serves another schema version. */
  | { kind: 'agency-unavailable'; agencyCode?: string }
  | { kind: 'agency-unknown'; agencyCode?: string }
  | { kind: 'audit-unavailable' }
  | { kind: 'service-unavailable' }
  | { kind: 'error'; code: string; message: string };

type Path = readonly (string | number)[];
interface Located {
  path: Path;
  problem: Problem;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function toProblem(code: string, ext: Record<string, unknown>, message: string): Problem {
  switch (code) {
    case 'CONSENT_REQUIRED':
      return ext.reason === 'CONSENT_SERVICE_UNAVAILABLE'
        ? { kind: 'unchecked', category: str(ext.category) ?? 'UNCATEGORISED' }
        : { kind: 'withheld', category: str(ext.category) ?? 'UNCATEGORISED' };
    case 'AGENCY_UNAVAILABLE':
    case 'AGENCY_SCHEMA_MISMATCH':
      return { kind: 'agency-unavailable', agencyCode: str(ext.agencyCode) };
    case 'AGENCY_UNKNOWN':
      return { kind: 'agency-unknown', agencyCode: str(ext.agencyCode) };
    case 'AUDIT_UNAVAILABLE':
      return { kind: 'audit-unavailable' };
    case 'SERVICE_UNAVAILABLE':
      return { kind: 'service-unavailable' };
    default:
      return { kind: 'error', code, message };
  }
}

/**
 * A path into a connection (`list.edges.3.node.field`) as into a list (`list.3.field`): views index
 * items as listOf gives them (lists.ts).
 */
function normalised(path: Path): Path {
  const out: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    if (path[i] === 'edges' && typeof path[i + 1] === 'number') {
      out.push(path[i + 1]!);
      i += path[i + 2] === 'node' ? 2 : 1;
    } else out.push(path[i]!);
  }
  return out;
}

const startsWith = (path: Path, prefix: Path) =>
  prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

/**
 * A query's errors by where they are: a field with a problem is `null` in the data, and the
 * view asks here why, to show the right words in its place.
 */
export class Problems {
  private readonly located: Located[];
  /** Errors with no path: the whole request failed (network, 400, 5xx). */
  readonly general: Problem[];

  constructor(error: CombinedError | undefined) {
    this.located = [];
    this.general = [];
    if (error?.networkError)
      this.general.push({ kind: 'error', code: 'NETWORK', message: error.networkError.message });
    for (const e of error?.graphQLErrors ?? []) {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      const problem = toProblem(str(ext.code) ?? 'INTERNAL_SERVER_ERROR', ext, e.message);
      if (e.path?.length) this.located.push({ path: normalised(e.path), problem });
      else this.general.push(problem);
    }
  }

  /** The problem at this field, or at a field that holds it. */
  at(...path: Path): Problem | undefined {
    return this.located.find((l) => startsWith(path, l.path))?.problem;
  }

  /** Whether any field has a problem of this kind. */
  any(kind: Problem['kind']): boolean {
    return this.located.some((l) => l.problem.kind === kind);
  }

  /** The first problem at or inside this field. */
  within(...path: Path): Problem | undefined {
    return this.located.find((l) => startsWith(l.path, path) || startsWith(path, l.path))?.problem;
  }
}

/** A mutation's refusal: its code, reason and the form fields it names. */
export interface Refusal {
  code: string;
  reason?: string;
  message: string;
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
}

export function refusalOf(error: CombinedError | undefined): Refusal | undefined {
  if (!error) return undefined;
  const first = error.graphQLErrors[0];
  if (!first)
    return {
      code: 'NETWORK',
      message: "The server can't be reached right now; nothing was saved.",
      fields: {},
      extensions: {},
    };
  const ext = (first.extensions ?? {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  const listed = Array.isArray(ext.fields)
    ? (ext.fields as { field?: string; message?: string }[])
    : [];
  for (const f of listed) if (f.field) fields[f.field] = f.message ?? first.message;
  const field = str(ext.field);
  if (field && !fields[field]) fields[field] = first.message;
  return {
    code: str(ext.code) ?? 'INTERNAL_SERVER_ERROR',
    reason: str(ext.reason),
    message: first.message,
    fields,
    extensions: ext,
  };
}
