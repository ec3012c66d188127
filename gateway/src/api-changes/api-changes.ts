import { join } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** The API schema of the last release (committed; `--release` rewrites it). */
export const RELEASED_SCHEMA_PATH = join(
  __dirname,
  '..',
  '..',
  '..',
  'docs',
  'api',
  'released-schema.graphql',
);

/** Where the breaking changes since the last release are listed, under `## Unreleased`. */
export const API_CHANGES_PATH = join(__dirname, '..', '..', '..', 'docs', 'api-changes.md');

/** The heading of the section of docs/api-changes.md the check reads. */
export const UNRELEASED_HEADING = 'Unreleased';

/** One change between the released API schema and the current one. */
export interface ApiChange {
  /** The schema coordinate it is at: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`. */
  coordinate: string;
  /** graphql-inspector's change type, e.g. FIELD_TYPE_CHANGED. */
  type: string;
  message: string;
}

export interface ApiChangeReport {
  /** Breaking changes docs/api-changes.md lists (by coordinate), each with its listed reason. */
  listed: (ApiChange & { reason: string })[];
  /** Breaking changes it does not list: the check fails on any. */
  unlisted: ApiChange[];
  /** Listed coordinates with no breaking change now (reverted, or a typo). */
  stale: string[];
  /** Changes that break no valid operation but may change what a client sees (a new enum value). */
  dangerous: ApiChange[];
}

function toApiChange(change: Change): ApiChange {
  return {
    coordinate: change.path ?? '(schema)',
    type: String(change.type),
    message: change.message,
  };
}

/** The breaking and dangerous changes from one API schema (SDL) to another, by graphql-inspector. */
export async function apiSchemaChanges(
  releasedSdl: string,
  currentSdl: string,
): Promise<{ breaking: ApiChange[]; dangerous: ApiChange[] }> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const of = (level: CriticalityLevel) =>
    changes.filter((c) => c.criticality.level === level).map(toApiChange);
  return { breaking: of(CriticalityLevel.Breaking), dangerous: of(CriticalityLevel.Dangerous) };
}

const ENTRY =
  /^\s*[-*]\s+`?([_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*)*)`?\s*:\s*(.+?)\s*$/;

/** `- \`String\` → \`UUID\`: reason`: one type given for another wherever it was used. */
const RETYPE_ENTRY =
  /^\s*[-*]\s+`([_A-Za-z][_0-9A-Za-z]*)`\s*(?:→|->)\s*`([_A-Za-z][_0-9A-Za-z]*)`\s*:\s*(.+?)\s*$/;

/** A type given for another throughout the API (a scalar renamed, ids made `UUID`). */
export interface Retyping {
  from: string;
  to: string;
  reason: string;
}

/** The list items of docs/api-changes.md's `## Unreleased` section, one a line. */
function unreleasedLines(markdown: string): string[] {
  const lines: string[] = [];
  let inSection = false;
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^##\s+(.*?)\s*$/.exec(line);
    if (heading && !line.startsWith('###')) {
      inSection = heading[1]!.toLowerCase() === UNRELEASED_HEADING.toLowerCase();
      continue;
    }
    if (inSection) lines.push(line);
  }
  return lines;
}

/**
 * The breaking changes docs/api-changes.md lists as unreleased: the list items of its
 * `## Unreleased` section, one a line, each naming a schema coordinate and a reason:
 *
 *     - `Caseload.serviceUsers`: items may be null (a service user you may no longer see).
 *
 * A line under that section that is not such an item (prose, a sub-heading, a fenced example) is
 * ignored; of two items naming the same coordinate, the first gives the reason.
 */
export function listedBreakingChanges(markdown: string): Map<string, string> {
  const listed = new Map<string, string>();
  for (const line of unreleasedLines(markdown)) {
    const entry = ENTRY.exec(line);
    if (entry && !listed.has(entry[1]!)) listed.set(entry[1]!, entry[2]!);
  }
  return listed;
}

/**
 * The retypings docs/api-changes.md lists as unreleased, items naming two types with an arrow:
 *
 *     - `DateTimeISO` → `DateTime`: instants use graphql-scalars' DateTime.
 *
 * One covers every field, argument and input field whose type changed only by the first type
 * becoming the second (`String!` → `UUID!`, `[String!]` → `[UUID!]`), and the first type's
 * removal.
 */
export function listedRetypings(markdown: string): Retyping[] {
  return unreleasedLines(markdown).flatMap((line) => {
    const entry = RETYPE_ENTRY.exec(line);
    return entry ? [{ from: entry[1]!, to: entry[2]!, reason: entry[3]! }] : [];
  });
}

/** The retyping that explains a change, if one does. */
function retypingOf(change: ApiChange, retypings: readonly Retyping[]): Retyping | undefined {
  if (change.type === 'TYPE_REMOVED') {
    return retypings.find((r) => r.from === change.coordinate);
  }
  const types = /from '([^']+)' to '([^']+)'/.exec(change.message);
  if (!types) return undefined;
  const [, before, after] = types;
  return retypings.find((r) => before!.replace(new RegExp(`\\b${r.from}\\b`, 'g'), r.to) === after);
}

/**
 * Compares the current API schema with the released one and the breaking changes with those
 * docs/api-changes.md lists. A breaking change is listed when an item names its coordinate.
 */
export async function checkApiChanges(
  releasedSdl: string,
  currentSdl: string,
  apiChangesMarkdown: string,
): Promise<ApiChangeReport> {
  const { breaking, dangerous } = await apiSchemaChanges(releasedSdl, currentSdl);
  const listedReasons = listedBreakingChanges(apiChangesMarkdown);
  const retypings = listedRetypings(apiChangesMarkdown);
  const listed: ApiChangeReport['listed'] = [];
  const unlisted: ApiChange[] = [];
  const usedRetypings = new Set<Retyping>();
  for (const change of breaking) {
    const retyping = retypingOf(change, retypings);
    if (retyping) usedRetypings.add(retyping);
    const reason = listedReasons.get(change.coordinate) ?? retyping?.reason;
    if (reason === undefined) unlisted.push(change);
    else listed.push({ ...change, reason });
  }
  const found = new Set(breaking.map((c) => c.coordinate));
  const stale = [
    ...[...listedReasons.keys()].filter((coordinate) => !found.has(coordinate)),
    ...retypings.filter((r) => !usedRetypings.has(r)).map((r) => `${r.from} → ${r.to}`),
  ];
  return { listed, unlisted, stale, dangerous };
}
