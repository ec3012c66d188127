/**
 * Assembles the FHIR R4 Bundle (type `collection`: a set of resources, no `total`, which R4
 * allows only for searches and histories) of one care plan version from the GraphQL answer the
 * caller was given: every resource the answer lets it make, each with its security labels, and
 * the Organizations and Practitioners they refer to. What the answer withheld is absent.
 */
import { randomUUID } from 'node:crypto';
import type { Bundle, BundleEntry, Coding, Resource } from '@medplum/fhirtypes';
import { ExportContext, type FieldError } from './export-context';
import { nodes, type AgencyData, type PlanExportData } from './plan-export.data';
import { carePlan } from './care-plan.mapper';
import { condition } from './condition.mapper';
import { consent } from './consent.mapper';
import { organization, practitioner } from './directory.mapper';
import { careTeam, episodeOfCare } from './episode-of-care.mapper';
import { goal } from './goal.mapper';
import { patient } from './patient.mapper';
import { serviceRequest } from './service-request.mapper';
import { task } from './task.mapper';
import { REDACTED, categoriesOf, securityLabels } from './security-labels';
import { ICP_SYSTEMS } from './terminology';

/** How the export labels itself, as the disclosure export does. */
export const PLAN_EXPORT_TAG: Coding = {
  system: ICP_SYSTEMS.export,
  code: 'care-plan',
  display: 'Interagency care plan version, as the requesting agency may read it',
};

/** Why an export cannot be made from an answer: nothing the caller may read to make it from. */
export class PlanNotExportable extends Error {}

const present = <T>(x: T | undefined): x is T => x !== undefined;

export function planBundle(
  data: PlanExportData,
  errors: readonly FieldError[],
  o: { baseUrl: string; now?: Date },
): Bundle {
  const plan = data.carePlan;
  const v = plan?.versionAt;
  if (!plan || !v) throw new PlanNotExportable('No such care plan version that you may read');
  const c = plan.case;
  const su = c?.serviceUser;
  // Every resource about the person names them; without them there is nothing to export.
  if (!c || !su) throw new PlanNotExportable('The case of this care plan is not one you may read');
  const directory = new Map<string, AgencyData>((data.agencies ?? []).map((a) => [a.code, a]));
  const ctx = new ExportContext(errors, directory);
  const p = ['carePlan', 'versionAt'];
  const cp = ['carePlan', 'case'];
  const needs = (v.needs ?? []).map((n, i) => condition(n, [...p, 'needs', i], su.id, ctx));
  const goals = (v.goals ?? [])
    .map((g, i) => goal(g, [...p, 'goals', i], su.id, ctx))
    .filter(present);
  const actions = v.actions ?? [];
  const tasks = actions.map((a, i) =>
    task(a, [...p, 'actions', i], { patientId: su.id, planId: plan.id }, ctx),
  );
  const referrals = c.referrals ?? [];
  const leadAgencyCode = c.leadAgency?.code;
  const requests = referrals.map((r, i) =>
    serviceRequest(r, [...cp, 'referrals', i], { patientId: su.id, leadAgencyCode }, ctx),
  );
  const consents = nodes(su.consents)
    .map((x, i) => consent(x, [...cp, 'serviceUser', 'consents', 'edges', i, 'node'], su.id, ctx))
    .filter(present);
  const episode = episodeOfCare(c, cp, su.id, ctx);
  const team = careTeam(c, actions, referrals, su.id, ctx);
  const ids = (rs: readonly { id?: string }[]) => rs.map((r) => r.id!);
  const plannedGoals = (v.goals ?? []).length;
  const main = carePlan(
    plan,
    v,
    {
      patientId: su.id,
      case: c,
      conditions: ids(needs),
      goals: ids(goals),
      tasks: ids(tasks),
      serviceRequests: ids(requests),
      redacted:
        ctx.withheldUnder(p) ||
        goals.length < plannedGoals ||
        ctx.withheldUnder([...cp, 'referrals']),
    },
    ctx,
  );
  const person = patient(su, [...cp, 'serviceUser'], ctx);
  const resources: Resource[] = [
    main,
    ...(episode ? [episode] : []),
    person,
    team,
    ...needs,
    ...goals,
    ...tasks,
    ...requests,
    ...consents,
    ...[...ctx.agencies].sort().map((code) => organization(code, directory.get(code))),
    ...[...ctx.staff.values()].map(practitioner),
  ];
  const labels = resources.map((r) => r.meta?.security ?? []);
  const redacted = labels.some((l) =>
    l.some((x) => x.code === REDACTED.code && x.system === REDACTED.system),
  );
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: {
      tag: [PLAN_EXPORT_TAG],
      security: securityLabels(
        labels.flatMap((l) => categoriesOf(l)),
        { redacted },
      ),
    },
    identifier: { system: ICP_SYSTEMS.export, value: randomUUID() },
    type: 'collection',
    timestamp: (o.now ?? new Date()).toISOString(),
    entry: resources.map((resource): BundleEntry => ({
      fullUrl: `${o.baseUrl}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
