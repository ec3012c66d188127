// Fails on an import cycle between files or between feature folders (ADR 0022).
// Files: dependency-cruiser's no-circular rule (.dependency-cruiser.cjs), type-only imports
// included. Folders: the same dependency graph collapsed to each package's top-level folders
// under src/ (a feature folder, or "(root)" for files directly in src/), searched for cycles.
import { execFileSync } from 'node:child_process';

const ROOTS = [
  'shared/src',
  'gateway/src',
  'subgraphs/case-management/src',
  'subgraphs/agency/src',
];

let json;
try {
  json = execFileSync(
    'npx',
    ['depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...ROOTS],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
} catch (error) {
  // depcruise exits non-zero when a rule is broken; its JSON is still on stdout.
  json = error.stdout;
  if (!json) throw error;
}
const result = JSON.parse(json);

const problems = [];
for (const v of result.summary.violations) {
  problems.push(`file cycle: ${[v.from, ...(v.cycle ?? []).map((c) => c.name ?? c)].join(' → ')}`);
}

/** "subgraphs/case-management/src/meeting/x.ts" → "subgraphs/case-management/src/meeting" */
const folderOf = (path) => {
  const root = ROOTS.find((r) => path.startsWith(`${r}/`));
  if (!root) return null;
  const rest = path.slice(root.length + 1).split('/');
  return rest.length > 1 ? `${root}/${rest[0]}` : `${root}/(root)`;
};

const edges = new Map();
for (const m of result.modules) {
  const from = folderOf(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    const to = folderOf(d.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}

// Tarjan's strongly connected components: any component of more than one folder is a loop.
let index = 0;
const stack = [];
const state = new Map();
const sccs = [];
const visit = (v) => {
  state.set(v, { index, low: index, onStack: true });
  index += 1;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) {
      state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
  }
  if (state.get(v).low === state.get(v).index) {
    const scc = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1) sccs.push(scc);
  }
};
for (const v of edges.keys()) if (!state.has(v)) visit(v);

for (const scc of sccs) {
  const inside = new Set(scc);
  const ties = scc.flatMap((from) =>
    [...(edges.get(from) ?? [])].filter((to) => inside.has(to)).map((to) => `${from} → ${to}`),
  );
  problems.push(`folder cycle among ${scc.join(', ')}:\n    ${ties.join('\n    ')}`);
}

if (problems.length > 0) {
  console.error(`Import cycles (docs/architecture.md, ADR 0022):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `No import cycles: ${result.summary.totalCruised} files, ${edges.size} folders with dependencies.`,
);
