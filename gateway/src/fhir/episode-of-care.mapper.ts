/**
 * EpisodeOfCare: the case, managed by the lead agency, held by its case manager (careManager),
 * from when it opened until it closed; CareTeam: the agencies involved in the plan and their key
 * workers, led by the case manager in the lead agency.
 */
import type { CareTeam, CareTeamParticipant, EpisodeOfCare } from '@medplum/fhirtypes';
import type { ExportContext } from './export-context';
import type { ActionData, CaseData, ReferralData } from './plan-export.data';
import { metaFor } from './security-labels';
import { ICP_SYSTEMS, coding } from './terminology';

type EpisodeStatus = EpisodeOfCare['status'];

const STATUS: Record<string, EpisodeStatus> = {
  REFERRED: 'planned',
  ACTIVE: 'active',
  CLOSED: 'finished',
};

const period = (start: string | null, end: string | null) =>
  start || end ? { period: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } : {};

export function episodeOfCare(
  c: CaseData,
  path: readonly (string | number)[],
  patientId: string,
  ctx: ExportContext,
): EpisodeOfCare | undefined {
  const status = c.status ? STATUS[c.status] : undefined;
  // R4 requires a status; a case whose status was not given is left out, not guessed.
  if (!status) return undefined;
  return {
    resourceType: 'EpisodeOfCare',
    id: c.id,
    meta: metaFor(['CARE_PLAN_SUMMARY'], {
      redacted: ['status', 'openedAt', 'closedAt', 'leadAgency', 'caseManager'].some(
        (f) => ctx.absentReason([...path, f]) === 'masked',
      ),
    }),
    status,
    type: [{ coding: [coding(ICP_SYSTEMS.caseStatus, c.status!)] }],
    patient: { reference: `Patient/${patientId}` },
    ...(c.leadAgency ? { managingOrganization: ctx.organization(c.leadAgency.code) } : {}),
    ...period(c.openedAt, c.closedAt),
    ...(c.caseManager ? { careManager: ctx.practitioner(c.caseManager) } : {}),
    team: [{ reference: `CareTeam/${c.id}` }],
  };
}

const role = (code: string, display: string) => [
  { coding: [coding(ICP_SYSTEMS.careTeamRole, code, display)] },
];

/** The care team of the case: its agencies, and their staff who hold the plan's actions. */
export function careTeam(
  c: CaseData,
  actions: readonly ActionData[],
  referrals: readonly ReferralData[],
  patientId: string,
  ctx: ExportContext,
): CareTeam {
  const participant: CareTeamParticipant[] = [];
  const agencies = new Set<string>();
  const staff = new Set<string>();
  const agency = (code: string, r: ReturnType<typeof role>) => {
    if (agencies.has(code)) return;
    agencies.add(code);
    participant.push({ role: r, member: ctx.organization(code) });
  };
  if (c.leadAgency) agency(c.leadAgency.code, role('lead-agency', 'Lead agency'));
  if (c.caseManager) {
    staff.add(`${c.caseManager.agencyCode}/${c.caseManager.id}`);
    participant.push({
      role: role('case-manager', 'Case manager'),
      member: ctx.practitioner(c.caseManager),
      onBehalfOf: ctx.organization(c.caseManager.agencyCode),
    });
  }
  for (const a of actions) {
    if (a.responsibleAgency) agency(a.responsibleAgency.code, role('agency', 'Agency on the plan'));
    const kw = a.delivery?.keyWorker ?? a.keyWorker;
    if (!kw || staff.has(`${kw.agencyCode}/${kw.id}`)) continue;
    staff.add(`${kw.agencyCode}/${kw.id}`);
    participant.push({
      role: role('key-worker', 'Key worker'),
      member: ctx.practitioner(kw),
      onBehalfOf: ctx.organization(kw.agencyCode),
    });
  }
  for (const r of referrals) {
    if (r.toAgency && (r.status === 'ACCEPTED' || r.status === 'COMPLETED'))
      agency(r.toAgency.code, role('referred-agency', 'Agency referred to'));
  }
  return {
    resourceType: 'CareTeam',
    id: c.id,
    meta: metaFor(['CARE_PLAN_SUMMARY']),
    ...(c.status ? { status: c.status === 'CLOSED' ? 'inactive' : 'active' } : {}),
    name: 'Interagency care team',
    subject: { reference: `Patient/${patientId}` },
    ...period(c.openedAt, c.closedAt),
    ...(participant.length > 0 ? { participant } : {}),
    ...(c.leadAgency ? { managingOrganization: [ctx.organization(c.leadAgency.code)] } : {}),
  };
}
