/**
 * `npm run audit:verify -- --service case-management | --agency CDAS
 *   [--database-url postgres://…] [--data-dir path] [--expect-head position:hash] [--json]
 *   [--security-events]`
 *
 * Verifies one subgraph's disclosure audit chain (ADR 0020) in its own database — or, with
 * `--security-events`, its chain of security events (refused reads, ADR 0029) — and exits 1 if
 * any entry was edited, deleted or cut off, naming each position; 0 if the chain is whole; 2 on a
 * usage or connection error. Prints the head (`position:hash`): keep it somewhere the database's
 * administrators cannot change, and pass it back as `--expect-head` next time, so that entries
 * cut off the end are caught too — without it a truncated tail still verifies.
 *
 * Which database: `--database-url`, else DATABASE_URL (the instance's own database, as it is run
 * with), else the embedded database's files: `--data-dir`, DATA_DIR, or where `npm start` keeps
 * them (.local/data/case-management, .local/data/agency-<code>). An embedded database is opened
 * by one process at a time: while a running instance (or `npm start`) holds it, this refuses
 * (exit 2) and says so; stop the instance first.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { AGENCY_CODE_PATTERN } from '../config/federation-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres';
import { dataDirHolder } from '../db/data-dir-lock';
import { answerHelp, usageError } from './help';
import { readChain, type AuditRow } from '../audit/disclosure-audit-store';
import { hashSecurityEvent } from '../audit/security-event';
import { readSecurityEvents, type SecurityEventRow } from '../audit/security-event-store';
import { parseHead, verifyChain, verifyLinks } from '../audit/verify-chain';

const ROOT = resolve(__dirname, '..', '..', '..');

const USAGE = `Usage: npm run audit:verify -- (--service case-management | --agency CODE)
         [--database-url URL] [--data-dir DIR] [--expect-head POSITION:HASH] [--json]
         [--security-events]

Verifies one subgraph's disclosure audit chain (or its security events) in its own database:
exit 0 when whole, 1 when an entry was edited, deleted or cut off (each position named), 2 on a
usage or connection error. Prints the head (position:hash): keep it where the database's
administrators cannot change it and pass it back as --expect-head next time, so that entries
cut off the end are caught too.

Options:
  --service case-management   verify case-management's chain
  --agency CODE               verify agency CODE's chain (e.g. HSEM)
  --database-url URL          its PostgreSQL database (default DATABASE_URL)
  --data-dir DIR              its embedded database (default DATA_DIR, else where npm start keeps
                              it: .local/data/case-management, .local/data/agency-<code>); stop
                              the instance first: a database a running instance holds is refused
  --expect-head P:H           the head printed last time
  --json                      the report as JSON
  --security-events           the chain of security events (refused reads) instead
  -h, --help                  this help
`;

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
      'security-events': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  answerHelp(USAGE, values.help ? ['--help'] : []);
  let name: string;
  if (values.agency) {
    if (!AGENCY_CODE_PATTERN.test(values.agency)) fail(`Not an agency code: ${values.agency}`);
    name = `agency-${values.agency.toLowerCase()}`;
  } else if (values.service === 'case-management') {
    name = 'case-management';
  } else {
    fail(USAGE);
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
    const holder = dataDirHolder(dataDir);
    if (holder) {
      fail(
        `The embedded database at ${dataDir} is in use by a running instance (process ${holder.pid}, ` +
          `since ${holder.startedAt}); it cannot be opened twice. Stop it first (Ctrl-C in npm ` +
          'start), or verify through its server with --database-url.',
      );
    }
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const report = values['security-events']
      ? await verifyLinks(
          readSecurityEvents(
            async (sql, params) => (await client.query<SecurityEventRow>(sql, params)).rows,
          ),
          hashSecurityEvent,
          expectHead,
        )
      : await verifyChain(
          readChain(async (sql, params) => (await client.query<AuditRow>(sql, params)).rows),
          expectHead,
        );
    const chain = values['security-events'] ? 'security-events' : 'disclosures';
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ subgraph: name, chain, ...report }, null, 2)}\n`);
    } else {
      const head = report.head ? `${report.head.position}:${report.head.hash}` : '(empty)';
      const label = values['security-events'] ? `${name} security events` : name;
      process.stdout.write(`${label}: ${report.entries} entries, head ${head}\n`);
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

main().catch((error: unknown) => fail(usageError(error, 'npm run audit:verify')));
