// Validates rendered Kubernetes manifests (a multi-document YAML file, as `kubectl kustomize`
// prints it) offline, against the Kubernetes API's own schemas as the kubernetes-models package
// ships them, and fails on the first file with any problem:
//   1. every document is an object of a known apiVersion and kind, valid against its schema
//      (types, formats, required fields: kubernetes-models' validate());
//   2. no document has a field its schema does not know (a misspelt `livenesProbe` would otherwise
//      be dropped without a word by the API server): the documents are type-checked as object
//      literals of kubernetes-models' TypeScript types, whose excess-property check finds them;
//   3. this project's rules: every container of a workload has readiness and liveness probes,
//      and CPU and memory requests and limits.
//
//   node .ci/validate-manifests.mjs rendered.yaml [more.yaml ...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job']);

/** The kubernetes-models module of an apiVersion: `apps/v1` → `kubernetes-models/apps/v1`. */
const modelModule = (apiVersion) => `kubernetes-models/${apiVersion}`;

async function modelOf(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  try {
    const module = await import(modelModule(apiVersion));
    return typeof module[kind] === 'function' ? module[kind] : undefined;
  } catch {
    return undefined;
  }
}

function schemaErrors(Model, doc) {
  try {
    new Model(doc).validate();
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

function ruleErrors(doc) {
  if (!WORKLOADS.has(doc.kind)) return [];
  const pod = doc.spec?.template?.spec;
  const errors = [];
  for (const c of pod?.containers ?? []) {
    const where = `container ${c.name}`;
    if (doc.kind !== 'Job') {
      if (!c.readinessProbe) errors.push(`${where} has no readinessProbe`);
      if (!c.livenessProbe) errors.push(`${where} has no livenessProbe`);
    }
    for (const bound of ['requests', 'limits'])
      for (const resource of ['cpu', 'memory'])
        if (!c.resources?.[bound]?.[resource])
          errors.push(`${where} has no resources.${bound}.${resource}`);
  }
  return errors;
}

/**
 * Type-checks every document as an object literal of its kind's TypeScript type; the
 * diagnostics per document index. The source is virtual (nothing is written), placed in .ci so
 * that `kubernetes-models` resolves from the repository's node_modules.
 */
function unknownFieldErrors(docs) {
  const file = join(ROOT, '.ci', '__manifests__.ts');
  const source = docs
    .map(
      ({ doc }, i) =>
        `import type { I${doc.kind} as T${i} } from '${modelModule(doc.apiVersion)}/${doc.kind}';\n` +
        `export const r${i}: T${i} = ${JSON.stringify(doc, null, 1)};\n`,
    )
    .join('');
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === file
      ? ts.createSourceFile(name, source, language, true)
      : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const byDoc = new Map();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file?.fileName !== file || d.start === undefined) {
      byDoc.set(-1, [...(byDoc.get(-1) ?? []), message]);
      continue;
    }
    const { index, path } = locate(d.file, d.start);
    const found = message.match(/'"?([^'"]+)"?' does not exist in type/);
    byDoc.set(index, [
      ...(byDoc.get(index) ?? []),
      found ? `unknown field ${path}` : `${path}: ${message}`,
    ]);
  }
  return byDoc;
}

/** The document (its `rN` constant) and the field path (`.spec.containers[0].x`) at a position. */
function locate(sourceFile, position) {
  let node = sourceFile;
  for (;;) {
    const child = node.getChildren().find((c) => c.getStart() <= position && position < c.end);
    if (!child) break;
    node = child;
  }
  const path = [];
  let index = -1;
  for (let n = node; n; n = n.parent) {
    const parent = n.parent;
    if (ts.isPropertyAssignment(n)) path.unshift(`.${n.name.text}`);
    else if (parent && ts.isArrayLiteralExpression(parent))
      path.unshift(`[${parent.elements.indexOf(n)}]`);
    else if (ts.isVariableDeclaration(n)) index = Number(n.name.getText().slice(1));
  }
  return { index, path: path.join('') || '(document)' };
}

async function validateFile(path) {
  const problems = [];
  const docs = [];
  for (const [i, parsed] of parseAllDocuments(readFileSync(path, 'utf8')).entries()) {
    if (parsed.errors.length > 0) {
      problems.push(`document ${i + 1}: ${parsed.errors.map((e) => e.message).join('; ')}`);
      continue;
    }
    const doc = parsed.toJS();
    if (doc === null || doc === undefined) continue;
    // kustomize wraps a Secret's base64 values over several lines; the API server's decoder
    // ignores the line breaks (Go's base64), the schema's "byte" format does not.
    if (doc.kind === 'Secret' && doc.data && typeof doc.data === 'object')
      for (const [k, v] of Object.entries(doc.data))
        if (typeof v === 'string') doc.data[k] = v.replace(/[\r\n]/g, '');
    const name = `${doc.kind ?? '?'}/${doc.metadata?.name ?? '?'}`;
    const Model = await modelOf(doc.apiVersion, doc.kind);
    if (!Model) {
      problems.push(
        `${name}: no Kubernetes schema for apiVersion ${doc.apiVersion}, kind ${doc.kind}`,
      );
      continue;
    }
    for (const e of [...schemaErrors(Model, doc), ...ruleErrors(doc)])
      problems.push(`${name}: ${e}`);
    docs.push({ doc, name });
  }
  if (docs.length === 0) problems.push('no Kubernetes object in the file');
  for (const [index, errors] of unknownFieldErrors(docs)) {
    for (const e of errors) problems.push(`${docs[index]?.name ?? '(type check)'}: ${e}`);
  }
  return { problems, count: docs.length };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: node .ci/validate-manifests.mjs rendered.yaml [more.yaml ...]\n');
  process.exit(2);
}
let failed = false;
for (const path of files) {
  const { problems, count } = await validateFile(path);
  if (problems.length > 0) {
    failed = true;
    process.stderr.write(`${path}: ${problems.length} problem(s)\n`);
    for (const p of problems) process.stderr.write(`  - ${p}\n`);
  } else {
    process.stdout.write(`${path}: ${count} objects valid\n`);
  }
}
process.exit(failed ? 1 : 0);
