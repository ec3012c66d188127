/**
 * CarePlan: one version of the interagency care plan. Its id is the plan's and `meta.versionId`
 * the version's number (a FHIR version of the one resource); its period runs from when the
 * version was agreed until the next version replaced it (or the case closed); it addresses the
 * needs (Condition), aims at the goals (Goal), and its activities are the actions (Task) and
 * the referrals (ServiceRequest).
 */
import type {
  CarePlan,
  Condition,
  Extension,
  Goal,
  Reference,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import type { ExportContext } from './export-context';
import type { CaseData, PlanExportData, PlanVersionData } from './plan-export.data';
import { metaFor } from './security-labels';
import { ICP_EXTENSIONS, ICP_SYSTEMS } from './terminology';

type Plan = NonNullable<PlanExportData['carePlan']>;

/** When the version stopped being the plan: the next version's agreement, else the case's close. */
function endOf(plan: Plan, c: CaseData | null): string | undefined {
  return plan.nextVersion?.createdAt ?? c?.closedAt ?? undefined;
}

export function carePlan(
  plan: Plan,
  v: PlanVersionData,
  o: {
    patientId: string;
    case: CaseData | null;
    conditions: readonly string[];
    goals: readonly string[];
    tasks: readonly string[];
    serviceRequests: readonly string[];
    redacted: boolean;
  },
  ctx: ExportContext,
): CarePlan {
  const extension: Extension[] = [
    ...(v.nextReviewOn ? [{ url: ICP_EXTENSIONS.nextReviewOn, valueDate: v.nextReviewOn }] : []),
    ...(plan.lastReviewedOn && plan.version === v.version
      ? [{ url: ICP_EXTENSIONS.lastReviewedOn, valueDate: plan.lastReviewedOn }]
      : []),
  ];
  const end = endOf(plan, o.case);
  const refs = <R extends Resource>(
    type: R['resourceType'],
    ids: readonly string[],
  ): Reference<R>[] => ids.map((id) => ({ reference: `${type}/${id}` }));
  const activity: Reference<Task | ServiceRequest>[] = [
    ...refs<Task>('Task', o.tasks),
    ...refs<ServiceRequest>('ServiceRequest', o.serviceRequests),
  ];
  return {
    resourceType: 'CarePlan',
    id: plan.id,
    meta: metaFor(['CARE_PLAN_SUMMARY'], {
      redacted: o.redacted,
      ...(v.version !== null ? { versionId: String(v.version) } : {}),
    }),
    ...(extension.length > 0 ? { extension } : {}),
    identifier: [{ system: ICP_SYSTEMS.planVersion, value: v.id }],
    // A version is a snapshot: it was the active plan while it was current.
    status: o.case?.status === 'CLOSED' && end === o.case.closedAt ? 'completed' : 'active',
    intent: 'plan',
    title: 'Interagency care plan',
    subject: { reference: `Patient/${o.patientId}` },
    ...(v.createdAt
      ? { period: { start: v.createdAt, ...(end ? { end } : {}) }, created: v.createdAt }
      : {}),
    ...(v.author ? { author: ctx.practitioner(v.author) } : {}),
    ...(o.case ? { careTeam: [{ reference: `CareTeam/${o.case.id}` }] } : {}),
    ...(o.case ? { supportingInfo: [{ reference: `EpisodeOfCare/${o.case.id}` }] } : {}),
    ...(o.conditions.length > 0 ? { addresses: refs<Condition>('Condition', o.conditions) } : {}),
    ...(o.goals.length > 0 ? { goal: refs<Goal>('Goal', o.goals) } : {}),
    ...(activity.length > 0 ? { activity: activity.map((reference) => ({ reference })) } : {}),
    ...(v.changeSummary ? { note: [{ text: v.changeSummary }] } : {}),
  };
}
