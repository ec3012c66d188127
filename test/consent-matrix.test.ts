import { CONSENT_CATEGORIES, DEMO, type ConsentCategory, type Role } from '@icp/shared';
import { buildCaseManagementSchema } from '@icp/case-management';
import { buildAgencySchema } from '@icp/agency';
import { TestFederation, type GraphQLResponse } from './support/test-federation';
import { AOIFE, inDays } from './support/plan-factory';
import {
  MatrixSchema,
  tokenCount,
  variablesIn,
  walk,
  type ReachPath,
  type Reached,
} from './support/consent-matrix';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

/**
 * The generated consent matrix (issue 7, point 8). Every `@consent` field of both subgraph schemas
 * is read through the gateway, about one person (Jamie, whose case CDAS leads), by agencies that
 * hold none of the records read, in every consent state; a value the reader may not see is a leak.
 */

const JAMIE = DEMO.serviceUsers.jamie.id;
const NIAMH = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER' as const] };

/**
 * How each type is reached about Jamie, from a root field of the gateway. The selections are
 * generated: the keys of every type on the way and every protected field of the target type.
 * ActionDelivery, ProgressNote and the agency part of MeetingReport are entity references the
 * gateway resolves in the responsible (or writing) agency's own server.
 */
const REACH: Record<string, ReachPath[]> = {
  ServiceUser: [
    { root: 'serviceUser(id: $su)' },
    { root: 'case(id: $case)', steps: ['serviceUser'] },
  ],
  Case: [{ root: 'case(id: $case)' }, { root: 'serviceUser(id: $su)', steps: ['cases'] }],
  CarePlan: [{ root: 'carePlan(id: $plan)' }, { root: 'case(id: $case)', steps: ['carePlan'] }],
  Need: [{ root: 'case(id: $case)', steps: ['carePlan', 'needs'] }],
  Goal: [{ root: 'case(id: $case)', steps: ['carePlan', 'goals'] }],
  GoalConflict: [{ root: 'carePlan(id: $plan)', steps: ['goals', 'conflicts'] }],
  PlanAction: [{ root: 'case(id: $case)', steps: ['carePlan', 'actions'] }],
  ActionDelivery: [{ root: 'case(id: $case)', steps: ['carePlan', 'actions', 'delivery'] }],
  ProgressNote: [
    {
      root: 'case(id: $case)',
      steps: ['carePlan', 'actions', 'delivery', 'progressNotes', 'edges', 'node'],
    },
  ],
  CarePlanVersion: [{ root: 'carePlan(id: $plan)', steps: ['versions', 'edges', 'node'] }],
  PlanChange: [{ root: 'carePlan(id: $plan)', steps: ['changes'] }],
  DuplicationFlag: [{ root: 'carePlan(id: $plan)', steps: ['duplicationFlags'] }],
  PlanCopy: [{ root: 'carePlan(id: $plan)', steps: ['copies'] }],
  Meeting: [
    { root: 'meeting(id: $meeting)' },
    { root: 'case(id: $case)', steps: ['meetings', 'edges', 'node'] },
  ],
  MeetingActionReview: [{ root: 'meeting(id: $meeting)', steps: ['actionReviews'] }],
  MeetingGapRaised: [
    { root: 'case(id: $case)', steps: ['meetings', 'edges', 'node', 'gapsAndBlocksRaised'] },
  ],
  MeetingInvitation: [
    { root: 'case(id: $case)', steps: ['meetings', 'edges', 'node', 'attendance'] },
  ],
  MeetingCirculation: [{ root: 'meeting(id: $meeting)', steps: ['circulations'] }],
  MeetingReport: [
    { root: 'case(id: $case)', steps: ['meetings', 'edges', 'node', 'attendance', 'report'] },
  ],
  CaseTransfer: [{ root: 'case(id: $case)', steps: ['transfers'] }],
  CaseManagerAssignment: [{ root: 'case(id: $case)', steps: ['assignments'] }],
  CaseClosure: [{ root: 'case(id: $case)', steps: ['closure'] }],
  ContactAttempt: [{ root: 'case(id: $case)', steps: ['contactAttempts'] }],
  Referral: [
    { root: 'referral(id: $referral)' },
    { root: 'case(id: $case)', steps: ['referrals'] },
  ],
  ReferralEvent: [{ root: 'referral(id: $referral)', steps: ['events'] }],
  ServiceDeliveryChange: [{ root: 'case(id: $case)', steps: ['serviceDeliveryChanges'] }],
  GapBlock: [
    { root: 'gapBlock(id: $gapBlock)' },
    { root: 'case(id: $case)', steps: ['gapsAndBlocks'] },
  ],
  GapBlockStep: [{ root: 'gapBlock(id: $gapBlock)', steps: ['steps'] }],
  LeadAgencyDispute: [{ root: 'serviceUser(id: $su)', steps: ['leadAgencyDisputes'] }],
};

/**
 * Types with protected fields that a reader holding none of the person's records cannot reach
 * through the gateway at all. Nothing else may be left out.
 */
/**
 * Protected fields that, consent or not, answer only the holder of the record (FORBIDDEN to
 * anyone else once consent is checked), with the reason.
 */
const HOLDER_ONLY: Record<string, string> = {
  'ServiceUser.disclosureLog':
    "who saw a person's data is for the agency holding their record (the case manager), who exports it for them",
};

/**
 * Protected fields answered null, with no error, to everyone but the parties named, whatever
 * their consents (ADR 0026), with the reason.
 */
const PARTIES_ONLY: Record<string, string> = {
  'Referral.consentId':
    'the consent a referral is made under is known to the lead agency and the agency referred to alone: the register is private',
};

const UNREACHABLE: Record<string, string> = {
  DisclosureLog: 'reached only through ServiceUser.disclosureLog, which answers the holder alone',
  AgencyDisclosureLog:
    'reached only through DisclosureLog (above); covered by disclosure-audit.test.ts',
  ConsentVersion:
    'a version is read by whoever reads its consent, and each state makes the reader the recipient (so a holder) of the consents it grants; covered by consent-model.test.ts',
  ConsentPreview:
    'consentPreview answers only the agency holding the record (FORBIDDEN to every reader here); covered by consent-model.test.ts',
  CategoryPreview: 'reached only through ConsentPreview (above)',
  EmergencyAccess:
    'no emergency access exists in the matrix data; break-glass reads are covered by consent-model.test.ts',
  Consent:
    'the register is private (ADR 0026): a consent answers only the agency holding the record and its recipient, and no consent opens it; covered by no-access-no-data.test.ts',
  ConsentException:
    "reached only through Consent (above); a deny's effect on every other field is in the deny states below",
  Notification:
    "only myNotifications returns them, and it lists the caller's own, addressed to the case's lead agency staff",
  Caseload:
    "myCaseload is routed to the caller's own agency server, which holds no record of the person",
  CaseloadAction: 'inside Caseload only',
  AttentionItem: 'inside Caseload only',
  KeyWorkerAssignment:
    "returned only by the caller's own agency's assignment mutations, never by an entity reference",
  MeetingWork: "myMeetingWork is routed to the caller's own agency server: its own work only",
  MeetingAttendanceRequest:
    "inside MeetingWork, or returned by the caller's own agency's mutations",
  MeetingSubstitute: "inside MeetingWork, or returned by the caller's own agency's mutations",
  AttendanceRequestToDecide:
    "attendanceRequestsToDecide is routed to the caller's own agency server and lists only its own key workers' requests, to their supervisor; covered by meeting-attendance.test.ts",
  ServiceUserSearchResult:
    'searchServiceUsers finds only people the reader holds or may identify (IDENTITY), and the matrix reads by id; covered by service-user-search.test.ts (ADR 0036)',
  AgencyServiceDeliveryChange:
    "returned only by the caller's own agency's recordServiceDeliveryChange; case-management's copy (ServiceDeliveryChange) is in the matrix",
};

const ALL = [...CONSENT_CATEGORIES];
/** The mapping the brief gives (ADR 0009, 0012), written out again as the test's own oracle. */
const CATEGORY_OF_DOMAIN: Record<string, ConsentCategory> = {
  PHYSICAL: 'PHYSICAL_HEALTH',
  PSYCHOLOGICAL: 'MENTAL_HEALTH',
  SOCIAL: 'HOUSING_AND_SOCIAL',
  LEGAL: 'LEGAL_AND_JUSTICE',
  SUBSTANCE_USE: 'SUBSTANCE_USE',
};

/** Readers: none holds Jamie's records except PROB, its own delivery, notes and invitation. */
const READERS = ['GPX', 'HOMX', 'PROB'] as const;
type Reader = (typeof READERS)[number];
const READER_USER: Record<Reader, string> = {
  GPX: 'gpx-reader',
  HOMX: 'homx-reader',
  PROB: DEMO.staff.declan.id,
};
/** An agency that is no reader: the recipient of the wrong-agency consents. */
const OTHER_AGENCY = 'SOCX';

interface ConsentGrant {
  categories: ConsentCategory[];
  validFrom?: string;
  validUntil?: string;
  /** default: the reader itself */
  recipient?: 'OTHER';
  withdraw?: boolean;
  /** Deny provisions (ADR 0028): categories refused, for the consent's period or a part of it. */
  exceptions?: { categories: ConsentCategory[]; validFrom?: string; validUntil?: string }[];
}

interface State {
  name: string;
  grant: ConsentGrant | null;
  /** More consents recorded with it, for the same reader unless they say otherwise. */
  also?: ConsentGrant[];
  /** What the reader may read under it (besides what it holds). */
  allowed: ConsentCategory[];
}

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
const STATES: State[] = [
  { name: 'none', grant: null, allowed: [] },
  { name: 'active', grant: { categories: ALL }, allowed: ALL },
  {
    name: 'expired',
    grant: { categories: ALL, validFrom: daysFromNow(-30), validUntil: daysFromNow(-1) },
    allowed: [],
  },
  { name: 'withdrawn', grant: { categories: ALL, withdraw: true }, allowed: [] },
  { name: 'wrong agency', grant: { categories: ALL, recipient: 'OTHER' }, allowed: [] },
  {
    name: 'not yet started',
    grant: { categories: ALL, validFrom: daysFromNow(1), validUntil: daysFromNow(30) },
    allowed: [],
  },
  ...CONSENT_CATEGORIES.map((c) => {
    const others = ALL.filter((x) => x !== c);
    return { name: `all but ${c}`, grant: { categories: others }, allowed: others };
  }),
  // Deny provisions (ADR 0028): a deny wins over every permit for the same agency while both are
  // in force, in the same consent or another; a deny to another agency, in another period or
  // withdrawn changes nothing.
  ...CONSENT_CATEGORIES.map((c) => ({
    name: `all except ${c} (deny)`,
    grant: { categories: ALL, exceptions: [{ categories: [c] }] },
    allowed: ALL.filter((x) => x !== c),
  })),
  {
    name: 'all, every category denied by another consent',
    grant: { categories: ALL },
    also: [{ categories: ['IDENTITY'], exceptions: [{ categories: ALL }] }],
    allowed: [],
  },
  {
    name: 'all, SUBSTANCE_USE denied by another consent',
    grant: { categories: ALL },
    also: [{ categories: ['PHYSICAL_HEALTH'], exceptions: [{ categories: ['SUBSTANCE_USE'] }] }],
    allowed: ALL.filter((x) => x !== 'SUBSTANCE_USE'),
  },
  {
    name: 'all, denied to another agency',
    grant: { categories: ALL },
    also: [{ categories: ['IDENTITY'], recipient: 'OTHER', exceptions: [{ categories: ALL }] }],
    allowed: ALL,
  },
  {
    name: 'all, denied in another period',
    grant: { categories: ALL },
    also: [
      {
        categories: ['IDENTITY'],
        validFrom: daysFromNow(-30),
        exceptions: [{ categories: ALL, validFrom: daysFromNow(-20), validUntil: daysFromNow(-1) }],
      },
      {
        categories: ['IDENTITY'],
        validFrom: daysFromNow(1),
        validUntil: daysFromNow(30),
        exceptions: [{ categories: ALL }],
      },
    ],
    allowed: ALL,
  },
  {
    name: 'all, denial withdrawn',
    grant: { categories: ALL },
    also: [{ categories: ['IDENTITY'], exceptions: [{ categories: ALL }], withdraw: true }],
    allowed: ALL,
  },
];

interface Finding {
  state: string;
  reader: string;
  field: string;
  path: string;
  value?: unknown;
}

const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const WITHDRAW = `mutation($id: UUID!) { withdrawConsent(id: $id) { id status } }`;

function ok<T>(r: GraphQLResponse<T>, what: string): T {
  if (r.status !== 200 || r.body.errors) {
    throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body.errors ?? r.text)}`);
  }
  return r.body.data as T;
}

describe('the generated consent matrix, through the gateway', () => {
  let f: TestFederation;
  let schema: MatrixSchema;
  const vars: Record<string, string> = {
    su: JAMIE,
    case: DEMO.cases.jamie,
    plan: DEMO.plans.jamie,
  };
  /** Every reach path with its alias and target type. */
  const paths: { alias: string; path: ReachPath; target: string; text: string }[] = [];
  /** The holder's (CDAS, the lead agency) view of every path: what there is to leak. */
  let holder: Map<string, Reached[]>;
  const needDomain = new Map<string, string>();
  const actionDomain = new Map<string, string>();
  const invitationAgency = new Map<string, string>();
  const circulationAgency = new Map<string, string>();

  const query = (as: { agency: string; user?: string; roles?: Role[] }, q: string, v = {}) =>
    f.query(as, q, v);

  beforeAll(async () => {
    const cm = await buildCaseManagementSchema();
    const ag = await buildAgencySchema();
    schema = new MatrixSchema(
      [cm.schema, ag.schema],
      [...cm.protectedFields, ...ag.protectedFields],
    );
    f = await TestFederation.start({
      agencies: [
        { code: 'CDAS' },
        { code: 'PROB' },
        { code: 'HSEM' },
        { code: 'GPX', name: 'Matrix GP practice', kind: 'GP' },
        { code: 'HOMX', name: 'Matrix homeless service', kind: 'HOMELESS' },
        { code: OTHER_AGENCY, name: 'Matrix social work team', kind: 'SOCIAL_WORK' },
      ],
    });
    await seedEverything();
    for (const [target, list] of Object.entries(REACH)) {
      for (const path of list) {
        const alias = `p${paths.length}`;
        paths.push({ alias, path, target, text: schema.queryOf(alias, path, target) });
      }
    }
    holder = await readAll(AOIFE);
    for (const r of holder.get('p' + indexOf('Need'))!)
      needDomain.set(r.record.id, r.record.domain);
    for (const r of holder.get('p' + indexOf('PlanAction'))!)
      actionDomain.set(r.record.id, r.record.domain);
    for (const r of holder.get('p' + indexOf('MeetingInvitation'))!)
      invitationAgency.set(r.record.id, r.record.agency?.code);
    for (const r of holder.get('p' + indexOf('MeetingCirculation'))!)
      circulationAgency.set(r.record.id, r.record.agency?.code);
  }, 180_000);
  afterAll(() => f?.close());

  /** Gateway requests made for the matrix reads. */
  let requests = 0;
  const indexOf = (target: string) => paths.findIndex((p) => p.target === target);

  /** Records of Jamie's that the matrix reads, written as the lead agency and the agencies would. */
  async function seedEverything() {
    // PROB's demo consent for Jamie, and his consent to any GP practice (GPX is one), are
    // withdrawn: every reader starts from no consent.
    const demo: { id: string }[] = await f.cm.db.dataSource.query(
      `SELECT id FROM consent WHERE service_user_id = $1 AND status = 'ACTIVE'
          AND (recipient_agency_code = 'PROB' OR recipient_agency_kind IN ('GP', 'HOMELESS'))`,
      [JAMIE],
    );
    for (const c of demo) ok(await query(AOIFE, WITHDRAW, { id: c.id }), 'withdraw demo consent');

    const plan = ok(
      await query(
        AOIFE,
        `query($p: UUID!) { carePlan(id: $p) { version needs { id domain } goals { id domain } } }`,
        { p: DEMO.plans.jamie },
      ),
      'plan',
    ).carePlan;
    const need = (d: string) => plan.needs.find((n: Json) => n.domain === d).id;
    const goal = (d: string) => plan.goals.find((g: Json) => g.domain === d).id;
    // A need's text changed (a PlanChange of the psychological domain); two actions of one
    // intervention type (a duplication flag).
    ok(
      await query(
        AOIFE,
        `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { version } }`,
        {
          input: {
            planId: DEMO.plans.jamie,
            expectedVersion: plan.version,
            changeSummary: 'Matrix: need reworded, interventions typed',
            updateNeeds: [
              { id: need('PSYCHOLOGICAL'), description: 'Low mood, anxiety and poor sleep' },
              { id: need('SUBSTANCE_USE'), description: 'Opioid dependence; methadone 60 mg' },
            ],
            updateActions: [
              { id: DEMO.actions.jamieRelapsePrevention, interventionType: 'COUNSELLING' },
              { id: DEMO.actions.jamieProbationSupervision, interventionType: 'COUNSELLING' },
            ],
          },
        },
      ),
      'revise',
    );
    ok(
      await query(
        AOIFE,
        `mutation($a: UUID!, $b: UUID!) { flagGoalConflict(goalId: $a, conflictingGoalId: $b, note: "Clinic times clash with community service") { id } }`,
        { a: goal('SUBSTANCE_USE'), b: goal('LEGAL') },
      ),
      'goal conflict',
    );
    ok(
      await query(
        AOIFE,
        `mutation($p: UUID!) { issuePlanCopy(planId: $p, recipient: SERVICE_USER) { id } }`,
        { p: DEMO.plans.jamie },
      ),
      'plan copy',
    );
    ok(
      await query(
        AOIFE,
        `mutation($input: ContactAttemptInput!) { recordContactAttempt(input: $input) { id } }`,
        {
          input: {
            caseId: DEMO.cases.jamie,
            method: 'PHONE',
            successful: false,
            note: 'No answer; left a message',
          },
        },
      ),
      'contact attempt',
    );
    const referralConsent = ok(
      await query(AOIFE, GRANT, {
        input: {
          serviceUserId: JAMIE,
          recipientAgencyCode: 'HSEM',
          categories: ['CARE_PLAN_SUMMARY'],
          purpose: 'REFERRAL',
        },
      }),
      'referral consent',
    ).grantConsent.id;
    vars.referral = ok(
      await query(
        AOIFE,
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
        {
          input: {
            caseId: DEMO.cases.jamie,
            toAgencyCode: 'HSEM',
            reason: 'Dose review after the lapse',
            consentId: referralConsent,
            followUpOn: inDays(7),
            interimPlan: 'Weekly check-ins at CDAS',
          },
        },
      ),
      'referral',
    ).createReferral.id;
    ok(
      await query(
        AOIFE,
        `mutation($input: UpdateReferralStatusInput!) { updateReferralStatus(input: $input) { id } }`,
        { input: { referralId: vars.referral, status: 'SENT', note: 'Sent by secure email' } },
      ),
      'referral sent',
    );
    vars.gapBlock = ok(
      await query(
        AOIFE,
        `mutation($input: RaiseGapBlockInput!) { raiseGapBlock(input: $input) { id } }`,
        {
          input: {
            caseId: DEMO.cases.jamie,
            concerningAgencyCode: 'HSEM',
            issue: 'No dose review date in three weeks',
            whatTried: 'Two calls to the clinic nurse',
          },
        },
      ),
      'gap block',
    ).raiseGapBlock.id;
    ok(
      await query(
        AOIFE,
        `mutation($input: LeadAgencyDisputeInput!) { recordLeadAgencyDispute(input: $input) { id } }`,
        {
          input: {
            serviceUserId: JAMIE,
            caseId: DEMO.cases.jamie,
            agencyCodes: ['CDAS', 'HSEM'],
            description: 'Both services want to lead while the dose is reviewed',
          },
        },
      ),
      'dispute',
    );
    const transfer = ok(
      await query(
        AOIFE,
        `mutation($c: UUID!) { requestCaseTransfer(input: { caseId: $c, toAgencyCode: "HSEM", toCaseManagerId: "${DEMO.staff.niamh.id}", reason: "Daily contact is at the clinic" }) { id } }`,
        { c: DEMO.cases.jamie },
      ),
      'transfer',
    ).requestCaseTransfer.id;
    ok(
      await query(AOIFE, `mutation($t: UUID!) { cancelCaseTransfer(transferId: $t) { id } }`, {
        t: transfer,
      }),
      'transfer cancelled',
    );
    // The methadone clinic reports a change to its delivery and blocks it, with a note; CDAS too.
    ok(
      await query(
        NIAMH,
        `mutation($input: ServiceDeliveryChangeInput!) { recordServiceDeliveryChange(input: $input) { id } }`,
        {
          input: {
            actionId: DEMO.actions.jamieMethadone,
            what: 'Dispensing moves to a community pharmacy',
            why: 'Clinic refurbishment',
            effectiveFrom: inDays(3),
          },
        },
      ),
      'service delivery change',
    );
    const block = `mutation($a: UUID!, $n: String) { updateDeliveryStatus(actionId: $a, status: BLOCKED, note: $n) { status } }`;
    ok(
      await query(NIAMH, block, {
        a: DEMO.actions.jamieMethadone,
        n: 'Dose on hold: missed pickups',
      }),
      'HSEM blocked',
    );
    ok(
      await query(AOIFE, block, { a: DEMO.actions.jamieRelapsePrevention, n: 'Group paused' }),
      'CDAS blocked',
    );
    // A second meeting: the clinic sends apologies with a written report; gaps raised in minutes.
    const meetingId = ok(
      await query(
        AOIFE,
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            caseId: DEMO.cases.jamie,
            reason: 'REVIEW',
            // Held an hour ago: minutes are recorded once a meeting has started.
            scheduledFor: daysFromNow(-1 / 24),
            place: 'CDAS, Room 3',
            invitedAgencyCodes: ['CDAS', 'PROB', 'HSEM'],
            purpose: 'Review after the lapse',
            aims: 'Agree the dose review',
          },
        },
      ),
      'meeting',
    ).scheduleMeeting.id;
    ok(
      await query(AOIFE, `mutation($id: UUID!) { sendMeetingInvitations(meetingId: $id) { id } }`, {
        id: meetingId,
      }),
      'invitations',
    );
    ok(
      await query(
        NIAMH,
        `mutation($m: UUID!) { submitWrittenReport(meetingId: $m, contribution: "Dose stable apart from missed pickups", issues: "Pharmacy move") { meetingId } }`,
        { m: meetingId },
      ),
      'written report',
    );
    ok(
      await query(
        { agency: 'PROB', user: DEMO.staff.declan.id },
        `mutation($input: RespondToMeetingInvitationInput!) { respondToMeetingInvitation(input: $input) { id } }`,
        {
          input: { meetingId, response: 'ATTENDING', note: 'Declan attends; court list allowing' },
        },
      ),
      'PROB answers',
    );
    ok(
      await query(
        AOIFE,
        `mutation($input: RecordMeetingMinutesInput!) { recordMeetingMinutes(input: $input) { id } }`,
        {
          input: {
            meetingId,
            expectedRecordVersion: 0,
            summary: 'Dose review agreed',
            decisions: ['Clinic to set a review date'],
            gapsAndBlocks: [
              {
                concerningAgencyCode: 'HSEM',
                issue: 'Review date still not set',
                whatTried: 'Raised at the meeting',
              },
            ],
          },
        },
      ),
      'minutes',
    );
    // The seeded quarterly review: finalised, minuted action by action, circulated.
    const meetings = ok(
      await query(
        AOIFE,
        `query($c: UUID!) { case(id: $c) { meetings { edges { node { id status } } } } }`,
        {
          c: DEMO.cases.jamie,
        },
      ),
      'meetings',
    ).case.meetings;
    vars.meeting = nodesOf<{ id: string; status: string }>(meetings).find(
      (m) => m.id !== meetingId,
    )!.id;
    // Last, the case is closed at an exit meeting's outcome: its closure is read too.
    ok(
      await query(
        AOIFE,
        `mutation($input: CloseCaseInput!) { closeCase(input: $input) { status } }`,
        {
          input: {
            caseId: DEMO.cases.jamie,
            goalsAchieved: 'Stable on methadone; order completed',
            futureSupports: 'Aftercare group monthly',
            reEngagementExplained: true,
          },
        },
      ),
      'close case',
    );
  }

  /** Reads every reach path as one user, in as few gateway requests as the limits allow. */
  async function readAll(as: {
    agency: string;
    user?: string;
    roles?: Role[];
  }): Promise<Map<string, Reached[]>> {
    const out = new Map<string, Reached[]>();
    const chunks: (typeof paths)[] = [];
    let chunk: typeof paths = [];
    for (const p of paths) {
      const size = tokenCount(chunk.map((c) => c.text).join(' ') + p.text) + 40;
      if (chunk.length > 0 && (size > 2600 || chunk.length >= 12)) {
        chunks.push(chunk);
        chunk = [];
      }
      chunk.push(p);
    }
    if (chunk.length > 0) chunks.push(chunk);
    for (const c of chunks) {
      const r = await readChunk(as, c);
      for (const p of c) {
        const reached = walk(schema, p.alias, r.data?.[p.alias], p.path);
        for (const x of reached) x.errors = r.errorsAt;
        out.set(p.alias, reached);
      }
    }
    return out;
  }

  async function readChunk(
    as: { agency: string; user?: string; roles?: Role[] },
    c: typeof paths,
  ): Promise<{ data: Json; errorsAt: Map<string, string> }> {
    const body = c.map((p) => p.text).join('\n');
    const used = variablesIn(body);
    const text = `query Matrix(${used.map((v) => `$${v}: UUID!`).join(', ')}) {\n${body}\n}`;
    requests += 1;
    const r = await query(as, text, Object.fromEntries(used.map((v) => [v, vars[v]])));
    const validation = (r.body.errors ?? []).some((e) =>
      ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(e.extensions?.code),
    );
    if ((r.status !== 200 || validation) && c.length > 1) {
      // Over a gateway limit: halve the batch.
      const half = Math.ceil(c.length / 2);
      const a = await readChunk(as, c.slice(0, half));
      const b = await readChunk(as, c.slice(half));
      return {
        data: { ...a.data, ...b.data },
        errorsAt: new Map([...a.errorsAt, ...b.errorsAt]),
      };
    }
    if (r.status !== 200 || validation || !r.body.data) {
      throw new Error(`matrix query refused: ${r.status} ${r.text.slice(0, 500)}`);
    }
    const errorsAt = new Map<string, string>();
    for (const e of r.body.errors ?? []) {
      if (e.path) errorsAt.set(e.path.join('.'), String(e.extensions?.code));
    }
    return { data: r.body.data, errorsAt };
  }

  /**
   * The category a reader needs to read one field of one record, or NEVER (a record without
   * category: its holder alone reads it). A field of several categories (MeetingReport.meetingId
   * in case-management and in the agency subgraph) needs all of them.
   */
  function needed(type: string, field: string, r: Reached): ConsentCategory[] | 'NEVER' {
    if (HOLDER_ONLY[`${type}.${field}`] || PARTIES_ONLY[`${type}.${field}`]) return 'NEVER';
    const cats = schema.categories.get(`${type}.${field}`);
    // A connection's `edges` and an edge's `node` carry no @consent: the field above them decided.
    if (!cats) return [];
    const out: ConsentCategory[] = [];
    for (const c of cats) {
      if (c !== null) {
        out.push(c);
        continue;
      }
      const own = recordCategory(type, field, r);
      if (own === 'NEVER') return 'NEVER';
      out.push(own);
    }
    return out;
  }

  function recordCategory(type: string, field: string, r: Reached): ConsentCategory | 'NEVER' {
    const byDomain = (d: string | undefined | null) =>
      (d && CATEGORY_OF_DOMAIN[d]) || ('NEVER' as const);
    const delivery = () =>
      type === 'ActionDelivery'
        ? r.record
        : r.ancestors.find((a) => a.type === 'ActionDelivery')?.record;
    switch (`${type}.${field}`) {
      case 'Need.description':
        return byDomain(needDomain.get(r.record.id) ?? r.record.domain);
      case 'ActionDelivery.statusNote':
      case 'ActionDelivery.progressNotes':
      case 'ProgressNote.body':
      case 'ProgressNote.writtenAt':
      case 'ProgressNote.writtenBy':
        return byDomain(actionDomain.get(delivery()?.actionId));
      case 'PlanChange.before':
      case 'PlanChange.after':
        if (r.record.part == null) return 'NEVER';
        return r.record.part === 'NEED' ? byDomain(r.record.domain) : 'CARE_PLAN_SUMMARY';
      case 'PlanCopy.html':
        // Its subject gives no category: the issuing and receiving agencies alone read it.
        return 'NEVER';
      default:
        throw new Error(`${type}.${field} takes each record's category: add its rule here`);
    }
  }

  /** Records the reader holds itself (PROB: its own delivery, notes and invitation). */
  function holds(reader: string, r: Reached): boolean {
    const within = (t: string) =>
      r.type === t ? r.record : r.ancestors.find((a) => a.type === t)?.record;
    switch (r.type) {
      case 'ActionDelivery':
      case 'ProgressNote':
        return within('ActionDelivery')?.agencyCode === reader;
      case 'MeetingInvitation':
        return invitationAgency.get(r.record.id) === reader;
      case 'MeetingReport':
        return invitationAgency.get(within('MeetingInvitation')?.id) === reader;
      case 'MeetingCirculation':
        return circulationAgency.get(r.record.id) === reader;
      default:
        return false;
    }
  }

  function visible(
    reader: string,
    allowed: Set<ConsentCategory>,
    type: string,
    field: string,
    r: Reached,
  ) {
    if (holds(reader, { ...r, type })) return true;
    const need = needed(type, field, r);
    return need !== 'NEVER' && need.every((c) => allowed.has(c));
  }

  /** Whether every field followed from the root down to this record may be read. */
  /**
   * Whether a record shows to the reader in its list at all (ADR 0017): it holds it, or may read
   * the record's own category (a need's or a change's domain), else CARE_PLAN_SUMMARY.
   */
  function listed(reader: string, allowed: Set<ConsentCategory>, r: Reached): boolean {
    if (holds(reader, r)) return true;
    const own =
      r.type === 'Need'
        ? recordCategory('Need', 'description', r)
        : r.type === 'PlanChange'
          ? recordCategory('PlanChange', 'before', r)
          : r.type === 'ProgressNote'
            ? recordCategory('ProgressNote', 'body', r)
            : 'CARE_PLAN_SUMMARY';
    return own !== 'NEVER' && allowed.has(own);
  }

  function reachable(reader: string, allowed: Set<ConsentCategory>, r: Reached): boolean {
    if (!listed(reader, allowed, r)) return false;
    return r.ancestors.every((a, i) => {
      const up: Reached = {
        type: a.type,
        record: a.record,
        ancestors: r.ancestors.slice(0, i),
        path: [],
        key: '',
      };
      return visible(reader, allowed, a.type, a.via, up);
    });
  }

  async function grant(reader: Reader, g: ConsentGrant): Promise<string> {
    return ok(
      await query(AOIFE, GRANT, {
        input: {
          serviceUserId: JAMIE,
          recipientAgencyCode: g.recipient === 'OTHER' ? OTHER_AGENCY : reader,
          categories: g.categories,
          purpose: 'CARE_COORDINATION',
          ...(g.validFrom ? { validFrom: g.validFrom } : {}),
          ...(g.validUntil ? { validUntil: g.validUntil } : {}),
          ...(g.exceptions ? { exceptions: g.exceptions } : {}),
          evidenceRef: `MATRIX-${reader}`,
        },
      }),
      'grant',
    ).grantConsent.id;
  }

  it('has a reach path for every type with protected fields, or a stated reason why none exists', () => {
    const missing = schema.protectedTypes().filter((t) => !REACH[t] && !UNREACHABLE[t]);
    expect(missing).toEqual([]);
    // Nothing listed twice, and no stale entries.
    expect(Object.keys(REACH).filter((t) => UNREACHABLE[t])).toEqual([]);
    const known = new Set(schema.protectedTypes());
    expect(
      [...Object.keys(REACH), ...Object.keys(UNREACHABLE)].filter((t) => !known.has(t)),
    ).toEqual([]);
    // Each path ends at the type it is listed for.
    for (const p of paths)
      expect({ path: p.alias, type: schema.typeAt(p.path) }).toEqual({
        path: p.alias,
        type: p.target,
      });
  });

  it("the holder's view has data for the matrix to withhold", () => {
    const empty: string[] = [];
    for (const p of paths) {
      const records = holder.get(p.alias)!;
      if (records.length === 0) {
        empty.push(`${p.target} via ${p.path.root} ${(p.path.steps ?? []).join('.')}`);
        continue;
      }
    }
    expect(empty).toEqual([]);
    // Every protected field of a reached type has a value somewhere, but for a few that stay empty
    // in this data (a case's next case, a resolved conflict...).
    const withData = new Set<string>();
    for (const p of paths)
      for (const r of holder.get(p.alias)!)
        for (const fld of schema.protectedFieldsOf(p.target))
          if (r.record[fld] != null) withData.add(`${p.target}.${fld}`);
    const covered = [...schema.categories.keys()].filter((k) => REACH[k.split('.')[0]!]);
    const ratio = withData.size / covered.length;
    process.stdout.write(
      `consent matrix: ${covered.length} protected fields reached, ${withData.size} with data in the holder's view; without: ${covered
        .filter((k) => !withData.has(k))
        .join(', ')}\n`,
    );
    expect(ratio).toBeGreaterThan(0.8);
  });

  it('leaks nothing to GPX, HOMX or PROB in any consent state, and shows what is consented', async () => {
    const leaks: Finding[] = [];
    const hidden: Finding[] = [];
    const silent: Finding[] = [];
    let checks = 0;
    /** Values the reader was shown because it may see them (so the matrix is not vacuous). */
    const shown = new Map<string, number>();
    const started = Date.now();
    const requestsBefore = requests;
    for (const state of STATES) {
      const allowed = new Set(state.allowed);
      const granted: string[] = [];
      for (const g of state.grant ? [state.grant, ...(state.also ?? [])] : []) {
        for (const reader of READERS) {
          const id = await grant(reader, g);
          if (g.withdraw) ok(await query(AOIFE, WITHDRAW, { id }), 'withdraw');
          else granted.push(id);
        }
      }
      for (const reader of READERS) {
        const seen = await readAll({ agency: reader, user: READER_USER[reader] });
        for (const p of paths) {
          const mine = seen.get(p.alias)!;
          const byKey = new Map(mine.map((r) => [r.key, r]));
          // Leaks: anything non-null the reader may not see.
          for (const r of mine) {
            const errorsAt = r.errors ?? new Map<string, string>();
            for (const fld of schema.protectedFieldsOf(p.target)) {
              checks += 1;
              const may = visible(reader, allowed, p.target, fld, r);
              const at = [...r.path, fld].join('.');
              if (!may && r.record[fld] != null) {
                leaks.push({
                  state: state.name,
                  reader,
                  field: `${p.target}.${fld}`,
                  path: at,
                  value: r.record[fld],
                });
              }
              if (may && r.record[fld] != null && !holds(reader, r)) {
                shown.set(state.name, (shown.get(state.name) ?? 0) + 1);
              }
              const code = errorsAt.get(at);
              const refused =
                code === 'CONSENT_REQUIRED' ||
                (code === 'FORBIDDEN' && HOLDER_ONLY[`${p.target}.${fld}`] !== undefined) ||
                (code === undefined && PARTIES_ONLY[`${p.target}.${fld}`] !== undefined);
              if (!may && r.record[fld] == null && !refused) {
                silent.push({ state: state.name, reader, field: `${p.target}.${fld}`, path: at });
              }
            }
          }
          // Not vacuous: what the holder sees and the reader may see, the reader sees.
          for (const h of holder.get(p.alias)!) {
            if (!reachable(reader, allowed, h)) continue;
            const r = byKey.get(h.key);
            for (const fld of schema.protectedFieldsOf(p.target)) {
              if (h.record[fld] == null || !visible(reader, allowed, p.target, fld, h)) continue;
              if (r?.record[fld] == null) {
                hidden.push({
                  state: state.name,
                  reader,
                  field: `${p.target}.${fld}`,
                  path: r ? [...r.path, fld].join('.') : `${h.key} (record absent)`,
                });
              }
            }
          }
        }
      }
      for (const id of granted) ok(await query(AOIFE, WITHDRAW, { id }), 'reset');
    }
    const fields = [...schema.categories.keys()].filter((k) => REACH[k.split('.')[0]!]).length;
    process.stdout.write(
      `consent matrix: ${fields} fields x ${READERS.length} readers x ${STATES.length} states, ${checks} values checked in ${Date.now() - started} ms; ${requests - requestsBefore} gateway reads; ${leaks.length} leaks, ${hidden.length} over-denied, ${silent.length} denied without CONSENT_REQUIRED\n`,
    );
    process.stdout.write(
      `consent matrix: values shown under consent per state: ${JSON.stringify(Object.fromEntries(shown))}\n`,
    );
    if (leaks.length > 0) process.stdout.write(`LEAKS:\n${JSON.stringify(leaks, null, 1)}\n`);
    if (hidden.length > 0)
      process.stdout.write(`OVER-DENIED:\n${JSON.stringify(hidden.slice(0, 50), null, 1)}\n`);
    if (silent.length > 0)
      process.stdout.write(`SILENT:\n${JSON.stringify(silent.slice(0, 50), null, 1)}\n`);
    expect(leaks).toEqual([]);
    // Every reader is shown what it is consented to: the whole record under an active consent,
    // the identity alone without the plan summary, and nothing otherwise.
    expect(shown.get('active') ?? 0).toBeGreaterThan(READERS.length * 200);
    expect(shown.get('all but CARE_PLAN_SUMMARY') ?? 0).toBeGreaterThan(0);
    // A deny in the consent shows what leaving the category out shows; a deny to another agency,
    // in another period or withdrawn shows what the permit alone shows.
    for (const c of CONSENT_CATEGORIES)
      expect({
        state: `all except ${c} (deny)`,
        shown: shown.get(`all except ${c} (deny)`),
      }).toEqual({
        state: `all except ${c} (deny)`,
        shown: shown.get(`all but ${c}`),
      });
    for (const x of STATES.filter((y) => y.also && y.allowed.length === ALL.length))
      expect({ state: x.name, shown: shown.get(x.name) }).toEqual({
        state: x.name,
        shown: shown.get('active'),
      });
    for (const x of STATES.filter((y) => y.allowed.length === 0))
      expect({ state: x.name, shown: shown.get(x.name) ?? 0 }).toEqual({ state: x.name, shown: 0 });
    expect(hidden).toEqual([]);
    expect(silent).toEqual([]);
  }, 240_000);
});
