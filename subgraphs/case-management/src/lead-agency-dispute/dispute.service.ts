import { randomUUID } from 'node:crypto';
import {
  BadInputError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { ServiceUser } from '../case/service-user.entity';
import { Case, CaseStatus } from '../case/case.entity';
import { AssignmentReason } from '../case/case-history.entity';
import { DisputeStatus, LeadAgencyDispute } from '../case/lead-agency-dispute.entity';
import type { CaseService } from '../case/case.service';
import type { CaseManagementConsent } from '../case/case-ports';
import type { LeadAgencyDisputeInput, ResolveDisputeInput } from '../case/case.inputs';

/**
 * Lead agency disputes: a lead agency or case manager the agencies cannot agree on, recorded
 * between them and resolved by agreement (the case, if open, passes to the agreed case manager).
 * Inputs come validated and normalised (case.inputs).
 */
export class DisputeService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
    private readonly cases: CaseService,
    private readonly consent: CaseManagementConsent,
  ) {}

  /** A lead agency or case manager that cannot be agreed, recorded between the agencies. */
  async recordDispute(
    identity: Identity,
    input: LeadAgencyDisputeInput,
  ): Promise<LeadAgencyDispute> {
    const { serviceUserId, description } = input;
    const codes = [...new Set(input.agencyCodes)];
    if (codes.length < 2)
      throw new BadInputError('A dispute is between at least two agencies', {
        field: 'agencyCodes',
      });
    for (const code of codes) {
      if (!this.directory.agency(code))
        throw new BadInputError(`Agency ${code} is not in the directory`, { field: 'agencyCodes' });
    }
    if (!codes.includes(identity.agencyCode)) {
      throw new ForbiddenError('Only an agency party to the dispute records it');
    }
    if (input.involveServiceUser && !input.involvementReason?.trim()) {
      throw new BadInputError(
        'Say why the service user is involved: disputes are addressed between services first',
        {
          field: 'involvementReason',
        },
      );
    }
    const caseId = input.caseId || null;
    return this.uow.run(async (m) => {
      if (!(await m.getRepository(ServiceUser).existsBy({ id: serviceUserId }))) {
        throw new NotFoundError('ServiceUser', serviceUserId);
      }
      if (caseId && !(await m.getRepository(Case).existsBy({ id: caseId, serviceUserId }))) {
        throw new BadInputError('caseId is not a case of this service user', { field: 'caseId' });
      }
      const d = m.getRepository(LeadAgencyDispute).create({
        id: randomUUID(),
        serviceUserId,
        caseId,
        agencyCodes: codes,
        description,
        serviceUserInvolved: input.involveServiceUser,
        involvementReason: input.involveServiceUser ? input.involvementReason!.trim() : null,
        status: DisputeStatus.OPEN,
        raisedBy: identity.userId,
        raisedByAgencyCode: identity.agencyCode,
        raisedAt: new Date(),
      });
      await m.getRepository(LeadAgencyDispute).insert(d);
      return d;
    });
  }

  /** Records the agreement; an open case of the dispute passes to the agreed case manager. */
  async resolveDispute(identity: Identity, input: ResolveDisputeInput): Promise<LeadAgencyDispute> {
    const { resolution, caseManagerId } = input;
    return this.uow.run(async (m) => {
      const d = await m.getRepository(LeadAgencyDispute).findOne({
        where: { id: input.disputeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!d) throw new NotFoundError('LeadAgencyDispute', input.disputeId);
      if (
        !d.agencyCodes.includes(identity.agencyCode) ||
        !identity.roles.some((r) => r === 'CASE_MANAGER' || r === 'SUPERVISOR')
      ) {
        throw new ForbiddenError(
          'A case manager or supervisor of an agency party to the dispute resolves it',
        );
      }
      if (d.status !== DisputeStatus.OPEN)
        throw new InvalidTransitionError('dispute', d.status, DisputeStatus.RESOLVED);
      if (!d.agencyCodes.includes(input.leadAgencyCode)) {
        throw new BadInputError('The lead agency must be one of the agencies in the dispute', {
          field: 'leadAgencyCode',
        });
      }
      const resolvedAt = new Date();
      Object.assign(d, {
        status: DisputeStatus.RESOLVED,
        resolution,
        resolvedLeadAgencyCode: input.leadAgencyCode,
        resolvedCaseManagerId: caseManagerId,
        resolvedBy: identity.userId,
        resolvedAt,
      });
      await m.getRepository(LeadAgencyDispute).save(d);
      if (d.caseId) {
        const c = await this.cases.lockForUpdate(d.caseId);
        const changes =
          c.leadAgencyCode !== input.leadAgencyCode || c.caseManagerId !== caseManagerId;
        if (c.status !== CaseStatus.CLOSED && changes) {
          if (c.leadAgencyCode !== input.leadAgencyCode) {
            await this.consent.requireCaseManagement(c.serviceUserId, input.leadAgencyCode);
          }
          await this.cases.reassign(
            c,
            input.leadAgencyCode,
            caseManagerId,
            AssignmentReason.DISPUTE_RESOLUTION,
            null,
          );
        }
      }
      return d;
    });
  }
}
