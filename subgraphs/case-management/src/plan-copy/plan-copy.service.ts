import { randomUUID } from 'node:crypto';
import {
  grantsFor,
  BadInputError,
  CONSENT_CATEGORIES,
  DomainError,
  NotFoundError,
  type ConsentCategory,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case } from '../case/case.entity';
import { requireCaseManager } from '../case/case-access';
import { CarePlan } from '../care-plan/care-plan.entity';
import { CarePlanVersion } from '../care-plan/plan-version.entity';
import { ServiceUser, ServiceUserIdentity } from '../case/service-user.entity';
import type { LocalConsentDecider } from '../consent/local-consent-decider';
import { CopyRecipientKind, CopyScope, PlanCopy } from './plan-copy.entity';
import { renderPlanCopy } from './plan-copy.render';

export interface IssueCopyInput {
  /** A UUID (validated by the resolver's args). */
  planId: string;
  /** default: the current version */
  version?: number | null;
  recipient: CopyRecipientKind;
  agencyCode?: string | null;
}

/**
 * Copies of the plan, as the case manager gives them: the service user gets the whole plan; an
 * agency gets the part about its own involvement, under its consent; HSE methadone provision gets
 * the full plan under a consent that covers every category. Each copy is recorded with its
 * version and consent, and rendered once, at issue, with only what the recipient may see.
 */
export class PlanCopyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
    private readonly decider: LocalConsentDecider,
  ) {}

  async issue(identity: Identity, input: IssueCopyInput): Promise<PlanCopy> {
    const { planId } = input;
    const plan = await this.uow.manager.getRepository(CarePlan).findOneBy({ id: planId });
    if (!plan) throw new NotFoundError('CarePlan', planId);
    const c = (await this.uow.manager.getRepository(Case).findOneBy({ id: plan.caseId }))!;
    requireCaseManager(identity, c, 'issue copies of its plan');
    const versionNo = input.version ?? plan.version;
    const version = await this.uow.manager
      .getRepository(CarePlanVersion)
      .findOneBy({ planId, version: versionNo });
    if (!version)
      throw new BadInputError(`Version ${versionNo} does not exist`, { field: 'version' });
    const su = (await this.uow.manager
      .getRepository(ServiceUser)
      .findOneBy({ id: c.serviceUserId }))!;
    const person = await this.uow.manager
      .getRepository(ServiceUserIdentity)
      .findOneBy({ serviceUserId: su.id });

    let scope = CopyScope.FULL;
    let categories = new Set<ConsentCategory>(CONSENT_CATEGORIES);
    let consentId: string | null = null;
    let recipientLabel = 'the service user';
    let agencyCode: string | null = null;
    if (input.recipient === CopyRecipientKind.AGENCY) {
      agencyCode = input.agencyCode ?? '';
      const agency = this.directory.agency(agencyCode);
      if (!agency)
        throw new BadInputError(`Agency ${agencyCode} is not in the directory`, {
          field: 'agencyCode',
        });
      recipientLabel = agency.name;
      // A copy is for coordinating care: a referral-only consent does not cover it, nor does a
      // user's emergency access (the recipient is the agency).
      const [decision] = await this.decider.decide(
        { agencyCode, userId: null },
        [su.id],
        new Date(),
      );
      const grants = grantsFor(decision!, 'CARE_COORDINATION');
      const full = CONSENT_CATEGORIES.every((cat) => grants.has(cat));
      if (agency.kind === 'HSE_METHADONE' && full) {
        scope = CopyScope.FULL;
      } else if (grants.has('CARE_PLAN_SUMMARY')) {
        scope = CopyScope.OWN_INVOLVEMENT;
      } else {
        throw new DomainError(
          'CONSENT_REQUIRED',
          `The service user has not consented to share the care plan with ${agency.name}`,
          {
            category: 'CARE_PLAN_SUMMARY',
            agencyCode,
          },
        );
      }
      categories = new Set(grants.keys());
      consentId = grants.get('CARE_PLAN_SUMMARY')![0]!;
    } else if (input.agencyCode) {
      throw new BadInputError('A copy for the service user names no agency', {
        field: 'agencyCode',
      });
    }
    const { html } = renderPlanCopy({
      pseudonym: su.pseudonym,
      name:
        person && categories.has('IDENTITY') ? `${person.givenName} ${person.familyName}` : null,
      version: version.version,
      versionDate: version.createdAt,
      recipientLabel,
      ownInvolvementOf: scope === CopyScope.OWN_INVOLVEMENT ? agencyCode : null,
      categories,
      consentRef: consentId,
      agencyNames: new Map(this.directory.agencies().map((a) => [a.code, a.name])),
      snapshot: version.snapshot,
    });
    const copy = this.uow.manager.getRepository(PlanCopy).create({
      id: randomUUID(),
      planId,
      version: version.version,
      recipientKind: input.recipient,
      recipientAgencyCode: agencyCode,
      scope,
      consentId,
      issuedBy: identity.userId,
      issuedByAgencyCode: identity.agencyCode,
      issuedAt: new Date(),
      renderedHtml: html,
    });
    await this.uow.manager.getRepository(PlanCopy).insert(copy);
    return copy;
  }
}
