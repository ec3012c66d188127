/**
 * Goal: a SMART goal of the plan version. Specific (description), measurable and time-bound
 * (target: measure and due date), achievable and realistic (a product extension: R4 has no
 * element for it), its status as lifecycle and achievement status, the need it addresses, and
 * the goal it builds on (the core goal-relationship extension, predecessor).
 */
import type { CodeableConcept, Extension, Goal } from '@medplum/fhirtypes';
import { categoryOfDomain } from '@icp/shared';
import { dataAbsent, type ExportContext } from './export-context';
import type { GoalData } from './plan-export.data';
import { metaFor } from './security-labels';
import { HL7, ICP_EXTENSIONS, ICP_SYSTEMS, coding } from './terminology';

type Lifecycle = Goal['lifecycleStatus'];

/** Lifecycle and achievement status of each product goal status. */
const STATUS: Record<string, { lifecycle: Lifecycle; achievement?: string }> = {
  PROPOSED: { lifecycle: 'proposed' },
  ACTIVE: { lifecycle: 'active', achievement: 'in-progress' },
  ACHIEVED: { lifecycle: 'completed', achievement: 'achieved' },
  NOT_ACHIEVED: { lifecycle: 'completed', achievement: 'not-achieved' },
  CANCELLED: { lifecycle: 'cancelled' },
};

function predecessor(goalId: string): Extension {
  return {
    url: 'http://hl7.org/fhir/StructureDefinition/goal-relationship',
    extension: [
      {
        url: 'type',
        valueCodeableConcept: {
          coding: [coding('http://hl7.org/fhir/goal-relationship-type', 'predecessor')],
        },
      },
      { url: 'target', valueReference: { reference: `Goal/${goalId}` } },
    ],
  };
}

export function goal(
  g: GoalData,
  path: readonly (string | number)[],
  patientId: string,
  ctx: ExportContext,
): Goal | undefined {
  const status = g.status ? STATUS[g.status] : undefined;
  // R4 requires a lifecycle status; a goal whose status was not given is left out, not guessed.
  if (!status) return undefined;
  const extension: Extension[] = [
    ...(g.achievability
      ? [{ url: ICP_EXTENSIONS.achievability, valueString: g.achievability }]
      : []),
    ...(g.buildsOn ? [predecessor(g.buildsOn.id)] : []),
  ];
  const productStatus: CodeableConcept[] = g.status
    ? [{ coding: [coding(ICP_SYSTEMS.goalStatus, g.status)] }]
    : [];
  return {
    resourceType: 'Goal',
    id: g.id,
    meta: metaFor(['CARE_PLAN_SUMMARY', categoryOfDomain(g.domain)], {
      redacted: ctx.withheldUnder(path),
    }),
    ...(extension.length > 0 ? { extension } : {}),
    lifecycleStatus: status.lifecycle,
    ...(status.achievement
      ? { achievementStatus: { coding: [coding(HL7.goalAchievement, status.achievement)] } }
      : {}),
    ...(g.domain || productStatus.length > 0
      ? {
          category: [
            ...(g.domain ? [{ coding: [coding(ICP_SYSTEMS.needDomain, g.domain)] }] : []),
            ...productStatus,
          ],
        }
      : {}),
    description: g.statement
      ? { text: g.statement }
      : { extension: [dataAbsent(ctx.absentReason([...path, 'statement']) ?? 'unknown')] },
    subject: { reference: `Patient/${patientId}` },
    ...(g.measure || g.targetDate
      ? {
          target: [
            {
              ...(g.measure ? { measure: { text: g.measure } } : {}),
              ...(g.targetDate ? { dueDate: g.targetDate } : {}),
            },
          ],
        }
      : {}),
    ...(g.need ? { addresses: [{ reference: `Condition/${g.need.id}` }] } : {}),
    // R4 Goal.expressedBy names no organization; the agency that proposed it writes a note.
    ...(g.proposedBy
      ? {
          note: [
            { authorReference: ctx.organization(g.proposedBy.code), text: 'Proposed this goal.' },
          ],
        }
      : {}),
  };
}
