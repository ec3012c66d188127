/**
 * Task: an agreed action of the plan version, owned by the responsible agency (Organization),
 * with its key worker (a product extension: R4 Task has one owner), and its delivery as that
 * agency's own server reports it: status, status note, outcome and progress notes. The notes are
 * data of the action's domain (a substance-use action's notes are SUBSTANCE_USE).
 *
 * When the delivery status is withheld or the agency cannot be reached, `status` (required) says
 * only what the plan itself knows, that the action was asked of the agency (`requested`), and
 * `businessStatus` carries a data-absent-reason saying why the agency's own status is absent.
 */
import type { Annotation, Extension, Task } from '@medplum/fhirtypes';
import { categoryOfDomain } from '@icp/shared';
import { dataAbsent, type ExportContext } from './export-context';
import { nodes, type ActionData, type ProgressNoteData } from './plan-export.data';
import { metaFor } from './security-labels';
import { ICP_EXTENSIONS, ICP_SYSTEMS, coding } from './terminology';

type TaskStatus = Task['status'];

/** FHIR Task status of each delivery status an agency records. */
const STATUS: Record<string, TaskStatus> = {
  PENDING: 'requested',
  ACCEPTED: 'accepted',
  DECLINED: 'rejected',
  IN_PROGRESS: 'in-progress',
  BLOCKED: 'on-hold',
  COMPLETED: 'completed',
  NOT_COMPLETED: 'failed',
};

function note(n: ProgressNoteData, ctx: ExportContext): Annotation | undefined {
  if (!n.body) return undefined;
  return {
    ...(n.writtenBy ? { authorReference: ctx.practitioner(n.writtenBy) } : {}),
    ...(n.writtenAt ? { time: n.writtenAt } : {}),
    text: n.body,
  };
}

export function task(
  a: ActionData,
  path: readonly (string | number)[],
  o: { patientId: string; planId: string },
  ctx: ExportContext,
): Task {
  const d = a.delivery;
  const status = d?.status ? STATUS[d.status] : undefined;
  const deliveryPath = [...path, 'delivery'];
  const absent =
    ctx.absentReason(d ? [...deliveryPath, 'status'] : deliveryPath) ??
    (d?.status ? undefined : 'unknown');
  const keyWorker = d?.keyWorker ?? a.keyWorker;
  const extension: Extension[] = [
    ...(keyWorker
      ? [{ url: ICP_EXTENSIONS.keyWorker, valueReference: ctx.practitioner(keyWorker) }]
      : []),
    ...(a.reviewEveryWeeks !== null
      ? [{ url: ICP_EXTENSIONS.reviewEveryWeeks, valueInteger: a.reviewEveryWeeks }]
      : []),
  ];
  const notes = nodes(d?.progressNotes)
    .map((n) => note(n, ctx))
    .filter((n): n is Annotation => n !== undefined);
  const reason = d?.statusNote ?? d?.declinedReason;
  return {
    resourceType: 'Task',
    id: a.id,
    meta: metaFor(['CARE_PLAN_SUMMARY', categoryOfDomain(a.domain)], {
      redacted: ctx.withheldUnder(path),
    }),
    ...(extension.length > 0 ? { extension } : {}),
    basedOn: [{ reference: `CarePlan/${o.planId}` }],
    status: status ?? 'requested',
    ...(reason ? { statusReason: { text: reason } } : {}),
    businessStatus:
      d?.status && status
        ? { coding: [coding(ICP_SYSTEMS.deliveryStatus, d.status)] }
        : { extension: [dataAbsent(absent ?? 'unknown')] },
    intent: 'plan',
    ...(a.interventionType
      ? { code: { coding: [coding(ICP_SYSTEMS.interventionType, a.interventionType)] } }
      : {}),
    ...(a.description ? { description: a.description } : {}),
    ...(a.goal ? { focus: { reference: `Goal/${a.goal.id}` } } : {}),
    for: { reference: `Patient/${o.patientId}` },
    ...(d?.acceptedAt || d?.outcomeRecordedAt
      ? {
          executionPeriod: {
            ...(d.acceptedAt ? { start: d.acceptedAt } : {}),
            ...(d.outcomeRecordedAt ? { end: d.outcomeRecordedAt } : {}),
          },
        }
      : {}),
    ...(d?.updatedAt ? { lastModified: d.updatedAt } : {}),
    ...(a.responsibleAgency ? { owner: ctx.organization(a.responsibleAgency.code) } : {}),
    ...(a.dueOn ? { restriction: { period: { end: a.dueOn } } } : {}),
    ...(notes.length > 0 ? { note: notes } : {}),
    ...(d?.outcome ? { output: [{ type: { text: 'outcome' }, valueString: d.outcome }] } : {}),
  };
}
