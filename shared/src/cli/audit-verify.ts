/**
 * `npm run audit:verify -- --service case-management | --agency CDAS
 *   [--database-url postgres://…] [--data-dir path] [--expect-head position:hash] [--json]`
 *
 * Verifies one subgraph's disclosure audit chain (ADR 0020) in its own database and exits 1 if
 * any entry was edited, deleted or cut off, naming each position; 0 if the chain is whole; 2 on a
 * usage or connection error. Prints the head (`position:hash`): keep it somewhere the database's
 * administrators cannot change, and pass it back as `--expect-head` next time, so that entries
 * cut off the end are caught too — without it a truncated tail still verifies.
 *
 * Which database: `--database-url`, else DATABASE_URL (the instance's own database, as it is run
 * with), else the embedded database's files: `--data-dir`, DATA_DIR, or where `npm start` keeps
 * them (.local/data/case-management, .local/data/agency-<code>). An embedded database is opened
 * by one process at a time: stop the instance (or `npm start`) first.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { AGENCY_CODE_PATTERN } from '../config/federation-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres';
import { readChain, type AuditRow } from '../audit/disclosure-audit-store';
import { parseHead, verifyChain } from '../audit/verify-chain';

const ROOT = resolve(__dirname, '..', '..', '..');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      service: { type: 'string' },
      agency: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      'expect-head': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  let name: string;
  if (values.agency) {
    if (!AGENCY_CODE_PATTERN.test(values.agency)) fail(`Not an agency code: ${values.agency}`);
    name = `agency-${values.agency.toLowerCase()}`;
  } else if (values.service === 'case-management') {
    name = 'case-management';
  } else {
    fail('Usage: audit:verify -- --service case-management | --agency <CODE> [--expect-head p:h]');
  }
  let expectHead;
  try {
    expectHead = values['expect-head'] ? parseHead(values['expect-head']) : undefined;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  let embedded: EmbeddedPostgres | undefined;
  let url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url) {
    const dataDir =
      values['data-dir'] ?? process.env.DATA_DIR ?? join(ROOT, '.local', 'data', name);
    if (!existsSync(dataDir)) fail(`No database at ${dataDir}; give --database-url or --data-dir`);
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const report = await verifyChain(
      readChain(async (sql, params) => (await client.query<AuditRow>(sql, params)).rows),
      expectHead,
    );
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ subgraph: name, ...report }, null, 2)}\n`);
    } else {
      const head = report.head ? `${report.head.position}:${report.head.hash}` : '(empty)';
      process.stdout.write(`${name}: ${report.entries} entries, head ${head}\n`);
      for (const p of report.problems)
        process.stdout.write(`  ${p.kind} at position ${p.position}: ${p.detail}\n`);
      process.stdout.write(report.ok ? 'chain intact\n' : 'CHAIN BROKEN\n');
    }
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await client.end().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
