/**
 * The demo identity provider's own pages (sign-in form, errors) and form reading: plain HTML with
 * a strict CSP (dev-identity-provider.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The password of every demo account (this provider is for development only). */
export const DEV_IDP_PASSWORD = 'demo';

/** What the sign-in page lists of an account. */
interface ListedAccount {
  login: string;
  name: string;
  agency: string;
  groups: readonly string[];
}

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * `formTargets`: origins a form may end up at. A browser applies form-action to the redirects
 * after a submission too, and the sign-in form's answer redirects to the client's callback.
 */
export function page(
  res: ServerResponse,
  status: number,
  title: string,
  body: string,
  formTargets: readonly string[] = [],
): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${["'self'", ...formTargets].join(' ')}`,
  });
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin:.75rem 0 .25rem}input{font-size:1rem;padding:.4rem;width:100%}
button{margin-top:1rem;font-size:1rem;padding:.5rem 1rem}.error{color:#a00}
table{border-collapse:collapse;margin-top:1.5rem}td{padding:.15rem .75rem .15rem 0}</style>
</head><body>${body}</body></html>`);
}

export function loginPage(
  res: ServerResponse,
  uid: string,
  accounts: readonly ListedAccount[],
  error?: string,
  /** The username to fill in: the client's `login_hint` (the web app's demo-user list sends it). */
  login = '',
  /** The origins of the client's redirect URIs, where the signed-in form ends up. */
  formTargets: readonly string[] = [],
): void {
  const rows = accounts
    .map(
      (a) =>
        `<tr><td><code>${escapeHtml(a.login)}</code></td><td>${escapeHtml(a.name)}</td><td>${escapeHtml(a.agency)}</td><td>${escapeHtml(a.groups.join(', '))}</td></tr>`,
    )
    .join('');
  page(
    res,
    error ? 401 : 200,
    'Sign in (demo agencies)',
    `<h1>Sign in</h1>
<p>The demo agencies' identity provider, for development only.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
<label for="login">Username</label><input id="login" name="login" required value="${escapeHtml(login)}"${login ? '' : ' autofocus'}>
<label for="password">Password</label><input id="password" name="password" type="password" required${login ? ' autofocus' : ''}>
<button type="submit">Sign in</button>
</form>
<table><caption>Demo accounts (password <code>${escapeHtml(DEV_IDP_PASSWORD)}</code>)</caption>${rows}</table>`,
    formTargets,
  );
}

/** Reads a small url-encoded form body. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}
