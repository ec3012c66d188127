import { CATEGORY_OF_DOMAIN, REDISCLOSURE_NOTICE_TEXT, type ConsentCategory } from '@icp/shared';
import { NeedDomain } from '../care-plan/need-domain';
import type { PlanSnapshot } from '../care-plan/plan-snapshot';

export interface CopyContent {
  pseudonym: string;
  /** Shown only when the recipient may read identity. */
  name: string | null;
  version: number;
  versionDate: Date;
  recipientLabel: string;
  /** null: the whole plan; else only this agency's own involvement. */
  ownInvolvementOf: string | null;
  /** What the recipient may read; records of other categories are left out. */
  categories: ReadonlySet<ConsentCategory>;
  consentRef: string | null;
  agencyNames: ReadonlyMap<string, string>;
  snapshot: PlanSnapshot;
}

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const DOMAIN_LABEL: Record<NeedDomain, string> = {
  PHYSICAL: 'Physical',
  PSYCHOLOGICAL: 'Psychological',
  SOCIAL: 'Social',
  LEGAL: 'Legal',
  SUBSTANCE_USE: 'Substance use',
};

/**
 * Renders a printable HTML copy of one plan version containing only what the recipient may see:
 * for an agency's copy, its own actions and the goals and needs they serve; and in every case,
 * only records whose consent category the recipient holds. Pure: no database, no clock.
 */
export function renderPlanCopy(c: CopyContent): { html: string; includesSubstanceUse: boolean } {
  const allowed = (domain: NeedDomain) => c.categories.has(CATEGORY_OF_DOMAIN[domain]);
  const summary = c.categories.has('CARE_PLAN_SUMMARY');
  const actions = c.snapshot.actions.filter(
    (a) =>
      summary && (c.ownInvolvementOf === null || a.responsibleAgencyCode === c.ownInvolvementOf),
  );
  const goalIds = new Set(actions.map((a) => a.goalId).filter(Boolean));
  const goals = c.snapshot.goals.filter(
    (g) => summary && (c.ownInvolvementOf === null || goalIds.has(g.id)),
  );
  const needIds = new Set(goals.map((g) => g.needId).filter(Boolean));
  const needs = c.snapshot.needs.filter(
    (n) => allowed(n.domain) && (c.ownInvolvementOf === null || needIds.has(n.id)),
  );
  const includesSubstanceUse =
    needs.some((n) => n.domain === NeedDomain.SUBSTANCE_USE) ||
    (summary && [...goals, ...actions].some((x) => x.domain === NeedDomain.SUBSTANCE_USE));
  const rows = <T>(items: T[], cells: (i: T) => string[]) =>
    items.length === 0
      ? '<p class="none">None in this copy.</p>'
      : `<table><tbody>${items
          .map(
            (i) =>
              `<tr>${cells(i)
                .map((x) => `<td>${x}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`;
  const agency = (code: string) => esc(c.agencyNames.get(code) ?? code);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Interagency care plan ${esc(c.pseudonym)} v${c.version}</title>
<style>body{font:11pt/1.4 sans-serif;margin:2cm}table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:4px;vertical-align:top}h2{margin-top:1.5em}.notice{border:2px solid #000;padding:8px}.none{color:#555}@media print{body{margin:1cm}}</style>
</head><body>
<h1>Interagency care plan</h1>
<p>Service user: <strong>${esc(c.pseudonym)}</strong>${c.name ? ` (${esc(c.name)})` : ''}<br>
Version ${c.version} of ${esc(c.versionDate.toISOString().slice(0, 10))}; next review ${esc(c.snapshot.nextReviewOn)}<br>
Copy for: ${esc(c.recipientLabel)}${c.ownInvolvementOf ? ' \u2014 the part about its own involvement' : ' \u2014 full plan'}${c.consentRef ? `<br>Under consent: ${esc(c.consentRef)}` : ''}</p>
<h2>Needs</h2>
${rows(needs, (n) => [DOMAIN_LABEL[n.domain], esc(n.description), n.met ? 'Met' : 'Open'])}
<h2>Goals</h2>
${rows(goals, (g) => [DOMAIN_LABEL[g.domain], esc(g.statement), `Measure: ${esc(g.measure)}`, `By ${esc(g.targetDate)}`, g.status])}
<h2>Agreed actions</h2>
${rows(actions, (a) => [esc(a.description), agency(a.responsibleAgencyCode), a.dueOn ? `Due ${esc(a.dueOn)}` : '', a.reviewEveryWeeks ? `Review every ${a.reviewEveryWeeks} weeks` : ''])}
${includesSubstanceUse ? `<p class="notice">${esc(REDISCLOSURE_NOTICE_TEXT)}</p>` : ''}
</body></html>
`;
  return { html, includesSubstanceUse };
}
