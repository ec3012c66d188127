/**
 * "Who saw my data" as CSV (RFC 4180), for a subject access request: the disclosures, and the
 * denied attempts in a file of their own with their own columns (see ./disclosure-export for
 * the FHIR form).
 */
import type { SourcedDeniedAttempt, SourcedEntry } from './disclosure-export';

const CSV_COLUMNS = [
  'at',
  'recordedBy',
  'position',
  'readerAgency',
  'readerUser',
  'categories',
  'fields',
  'consentIds',
  'bases',
  'operationName',
  'requestId',
  'hash',
] as const;

const DENIED_CSV_COLUMNS = [
  'at',
  'recordedBy',
  'position',
  'readerAgency',
  'readerUser',
  'category',
  'field',
  'purposeOfUse',
  'reason',
  'operationName',
  'requestId',
  'hash',
] as const;

/** RFC 4180: quote every field that needs it; a leading = + - @ is defused for spreadsheets. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Cell = string | number | null | readonly string[];

function table<C extends string>(columns: readonly C[], rows: readonly Record<C, Cell>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((c) => {
          const v = row[c];
          return csvField(typeof v === 'object' && v !== null ? v.join(' ') : String(v ?? ''));
        })
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function csv(entries: SourcedEntry[]): string {
  return table(CSV_COLUMNS, entries);
}

/** The denied attempts as CSV: their own columns, for a file of their own. */
export function deniedCsv(attempts: SourcedDeniedAttempt[]): string {
  return table(DENIED_CSV_COLUMNS, attempts);
}
