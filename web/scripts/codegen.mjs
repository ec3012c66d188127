// Generates the web app's typed documents (codegen.ts) and formats them with prettier, or with
// --check compares a fresh generation with the committed files: it fails when they are stale
// (the schema or an operation changed without `npm run codegen`), when a file is missing or left
// over, and when an operation does not validate against the API schema.
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import * as prettier from 'prettier';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const say = (text) => process.stdout.write(`${text}\n`);

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  say(`Usage: npm run codegen | npm run check:codegen

Generates the web app's typed documents and trusted-documents manifest (web/codegen.ts) from
web/src/graphql/operations/*.graphql and gateway/api-schema.graphql (npm run compose writes it)
into web/src/graphql/generated/, formatted with prettier. check:codegen writes nothing: it fails
when the committed files are stale, missing or left over, or an operation does not validate.`);
  process.exit(0);
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat();
}

async function main() {
  process.chdir(webDir);
  const { config } = await loadCodegenConfig({ configFilePath: join(webDir, 'codegen.ts') });
  let outputs;
  try {
    outputs = await generate({ ...config, cwd: webDir, silent: true, errorsOnly: true }, false);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const details = (error?.errors ?? [])
      .map((e) => e?.message ?? String(e))
      .filter((m) => !message.includes(m));
    process.stderr.write(
      `codegen failed (does an operation not validate against gateway/api-schema.graphql?):\n${[
        message,
        ...details,
      ].join('\n')}\n`,
    );
    return 1;
  }
  const generated = new Map();
  for (const { filename, content } of outputs) {
    const path = resolve(webDir, filename);
    const options = (await prettier.resolveConfig(path)) ?? {};
    generated.set(path, await prettier.format(content, { ...options, filepath: path }));
  }
  const outDirs = Object.keys(config.generates).map((d) => resolve(webDir, d));
  const existing = (await Promise.all(outDirs.map(filesUnder))).flat();
  const extra = existing.filter((path) => !generated.has(path));
  const rel = (path) => relative(process.cwd(), path);

  if (check) {
    const stale = [];
    for (const [path, text] of generated) {
      const committed = await readFile(path, 'utf8').catch(() => null);
      if (committed !== text) stale.push(committed === null ? `${rel(path)} (missing)` : rel(path));
    }
    stale.push(...extra.map((path) => `${rel(path)} (not generated any more)`));
    if (stale.length > 0) {
      process.stderr.write(
        `The generated GraphQL code is stale; run npm run codegen and commit:\n${stale
          .map((s) => `  - ${s}`)
          .join('\n')}\n`,
      );
      return 1;
    }
    say(`Generated GraphQL code is up to date (${generated.size} files).`);
    return 0;
  }
  for (const [path, text] of generated) {
    await mkdir(resolve(path, '..'), { recursive: true });
    await writeFile(path, text);
  }
  for (const path of extra) await rm(path);
  say(`Wrote ${[...generated.keys()].map(rel).join(', ')}`);
  return 0;
}

process.exitCode = await main();
