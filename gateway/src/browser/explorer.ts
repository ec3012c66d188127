import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentSecurityPolicy, type HttpMiddleware } from '@icp/shared';

/** Where the explorer's files are served from. */
export const EXPLORER_ASSET_PATH = '/explorer/';

/**
 * The explorer page's Content-Security-Policy: its code, styles, fonts and workers come from the
 * gateway itself (the fonts are inlined in its stylesheet as data: URLs), it talks to the gateway
 * only, and no other site may frame it. Styles allow 'unsafe-inline' because the editor sets
 * element styles from script; scripts do not.
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const;

/**
 * Runs the explorer in the page: tells the editor (Monaco) where its workers are, then renders
 * GraphiQL with the options in the page's #explorer element. A file of its own rather than an
 * inline script, so the page's policy allows scripts from the gateway only.
 */
const START_SCRIPT = `'use strict';
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    var name = label === 'json' || label === 'graphql' ? label : 'editor';
    return '${EXPLORER_ASSET_PATH}' + name + '.worker.js';
  },
};
window.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('explorer');
  YogaGraphiQL.renderYogaGraphiQL(root, JSON.parse(root.getAttribute('data-options')));
});
`;

interface Asset {
  contentType: string;
  /** A file of the installed package; else `text`, of our own. */
  file?: string;
  text?: string;
}

/** The query the explorer opens with: what to do first, and a query that answers. */
const FIRST_QUERY = `# The interagency care plan API. Every operation
# needs a token from an agency; in a terminal:
#
#   npm run -s token -- --agency CDAS \\
#     --user cdas-aoife --role CASE_MANAGER
#
# Put it in Headers below:
#   {"Authorization": "Bearer <token>"}
# then re-fetch the schema (the arrows at the bottom
# left, or Shift-Ctrl-R) for completion and the Docs.
# The token stays in this page: a reload forgets it.

query Agencies {
  agencies {
    code
    name
  }
}
`;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(graphqlPath: string): string {
  const options = {
    endpoint: graphqlPath,
    title: 'Interagency care plan',
    query: FIRST_QUERY,
    headers: JSON.stringify({ Authorization: 'Bearer <token>' }, null, 2),
    // The token stays in this page: not written to the browser's storage.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Interagency care plan: GraphQL explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${EXPLORER_ASSET_PATH}graphiql.css" />
  </head>
  <body>
    <noscript>The explorer needs JavaScript.</noscript>
    <div id="explorer" data-options="${escapeAttribute(JSON.stringify(options))}"></div>
    <script src="${EXPLORER_ASSET_PATH}start.js"></script>
    <script src="${EXPLORER_ASSET_PATH}graphiql.js"></script>
  </body>
</html>
`;
}

/**
 * Where the installed explorer (`@graphql-yoga/graphiql`: GraphiQL with its editor, React and
 * fonts, built into files that need nothing from the internet) is, or undefined when it is not
 * installed: it is a development dependency, absent from a production install.
 */
export function installedExplorer(): string | undefined {
  try {
    return join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
  } catch {
    return undefined;
  }
}

function assets(dist: string): Map<string, Asset> {
  const js = 'text/javascript; charset=utf-8';
  return new Map<string, Asset>([
    ['start.js', { contentType: js, text: START_SCRIPT }],
    ['graphiql.js', { contentType: js, file: join(dist, 'yoga-graphiql.umd.js') }],
    ['graphiql.css', { contentType: 'text/css; charset=utf-8', file: join(dist, 'graphiql.css') }],
    [
      'editor.worker.js',
      { contentType: js, file: join(dist, 'monacoeditorwork/editor.worker.bundle.js') },
    ],
    [
      'graphql.worker.js',
      { contentType: js, file: join(dist, 'monacoeditorwork/graphql.worker..bundle.js') },
    ],
    [
      'json.worker.js',
      { contentType: js, file: join(dist, 'monacoeditorwork/json.worker.bundle.js') },
    ],
  ]);
}

/**
 * Whether a GET of the GraphQL endpoint is a browser opening it: HTML is the first type it
 * accepts. Its parameters do not matter (the explorer keeps the query being edited in the
 * page's URL, so a reload has one): the page runs nothing, and GraphQL clients ask for JSON.
 */
function opensInBrowser(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').split(',')[0]!.trim().startsWith('text/html');
}

/**
 * The GraphQL explorer (development only): the page at `/` and at the GraphQL endpoint when a
 * browser opens it, and its files under /explorer/, all from the installed package, so it works
 * on a network without the internet. They are served without a token, like any static file: they
 * hold no data, and every operation the explorer then sends needs the user's token (its Headers
 * editor). Any other request goes on.
 */
export function explorerMiddleware(dist: string, graphqlPath: string): HttpMiddleware {
  const files = assets(dist);
  const policy = contentSecurityPolicy(EXPLORER_CONTENT_SECURITY_POLICY);
  const page: Asset = { contentType: 'text/html; charset=utf-8', text: pageHtml(graphqlPath) };
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const asset =
      url.pathname === '/' || (url.pathname === graphqlPath && opensInBrowser(req))
        ? page
        : url.pathname.startsWith(EXPLORER_ASSET_PATH)
          ? files.get(url.pathname.slice(EXPLORER_ASSET_PATH.length))
          : undefined;
    if (!asset) return next();
    policy(req, res, (error?: unknown) => {
      if (error) next(error);
      else serve(asset, req.method === 'HEAD', res).catch(next);
    });
  };
}

async function serve(asset: Asset, head: boolean, res: ServerResponse): Promise<void> {
  if (asset.file === undefined) {
    res.writeHead(200, { 'content-type': asset.contentType });
    res.end(head ? undefined : asset.text);
    return;
  }
  const size = statSync(asset.file).size;
  res.writeHead(200, { 'content-type': asset.contentType, 'content-length': size });
  if (head) res.end();
  else await pipeline(createReadStream(asset.file), res).catch(() => res.destroy());
}
