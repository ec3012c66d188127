import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answerHelp, usageError } from '@icp/shared';
import { apiSchemaSdl } from '../api-schema';
import {
  API_CHANGES_PATH,
  RELEASED_SCHEMA_PATH,
  UNRELEASED_HEADING,
  checkApiChanges,
  type ApiChange,
} from '../api-changes/api-changes';
import { SUPERGRAPH_PATH } from '../supergraph-files';

answerHelp(`Usage: npm run check:api-changes [-- --release]

Compares the API schema of the committed supergraph (gateway/supergraph.graphql) with the last
released one (docs/api/released-schema.graphql) using graphql-inspector, and fails (exit 1) on
a breaking change that docs/api-changes.md does not list under "## ${UNRELEASED_HEADING}", one
line per change naming its schema coordinate:

  - \`Type.field\`: why it changed and what a client does about it

Dangerous changes (a new enum value, an argument with a default) are printed, not refused.

  --release   make the current API schema the released one (after the release is cut): writes
              docs/api/released-schema.graphql; then move the listed changes under a heading
              of the release in docs/api-changes.md.
`);

const line = (c: ApiChange) => `  - ${c.coordinate} (${c.type}): ${c.message}`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { release: { type: 'boolean', default: false } } });
  const current = apiSchemaSdl(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  if (values.release) {
    writeFileSync(RELEASED_SCHEMA_PATH, current);
    process.stdout.write(`Wrote ${RELEASED_SCHEMA_PATH}\n`);
    return 0;
  }
  const report = await checkApiChanges(
    readFileSync(RELEASED_SCHEMA_PATH, 'utf8'),
    current,
    readFileSync(API_CHANGES_PATH, 'utf8'),
  );
  const out: string[] = [];
  if (report.listed.length > 0) {
    out.push('Breaking changes since the last release, listed in docs/api-changes.md:');
    out.push(...report.listed.map(line));
  }
  if (report.dangerous.length > 0) {
    out.push('Dangerous changes (not refused; clients should expect them):');
    out.push(...report.dangerous.map(line));
  }
  if (report.stale.length > 0) {
    out.push('Listed in docs/api-changes.md but no breaking change there now (remove them?):');
    out.push(...report.stale.map((c) => `  - ${c}`));
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  if (report.unlisted.length > 0) {
    process.stderr.write(
      `Breaking API changes that docs/api-changes.md does not list under "## ${UNRELEASED_HEADING}":\n${report.unlisted
        .map(line)
        .join(
          '\n',
        )}\nList each as "- \`Coordinate\`: reason", or make the change without breaking clients.\n`,
    );
    return 1;
  }
  process.stdout.write('No unlisted breaking API change.\n');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${usageError(error, 'npm run check:api-changes')}\n`);
    process.exitCode = 1;
  },
);
