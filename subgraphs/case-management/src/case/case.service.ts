import { randomBytes, randomUUID } from 'node:crypto';
import { Not } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  isUniqueViolation,
  type Identity,
  type Page,
  type UnitOfWork,
} from '@icp/shared';
import { pageByInstant } from '../kernel/keyset';
import { ServiceUser, ServiceUserIdentity } from './service-user.entity';
import { Case, CaseStatus, Engagement } from './case.entity';
import { AssignmentReason } from './case-history.entity';
import { assign, hasOpenTransfer, lockCase, reassign } from './case-records';
import type { CaseManagementConsent, LikelyDuplicates } from './case-ports';
import type { OpenCaseInput, RegisterServiceUserInput } from './case.inputs';

/**
 * Service users and their cases: registration and opening. Transfers, disputes and closure are
 * their own services; a feature above the case changes one through the methods at the end, which
 * join the caller's transaction. Inputs come validated and normalised (case.inputs).
 */
export class CaseService {
  constructor(
    private readonly uow: UnitOfWork,
    /** A lead agency holds the person's case record only with their consent (given at intake). */
    private readonly consent: CaseManagementConsent,
    /** Registering checks first for the same person among those the agency may already see. */
    private readonly duplicates: LikelyDuplicates,
  ) {}

  async registerServiceUser(
    identity: Identity,
    input: RegisterServiceUserInput,
  ): Promise<ServiceUser> {
    if (!identity.roles.some((r) => r === 'CASE_MANAGER' || r === 'KEY_WORKER')) {
      throw new ForbiddenError(
        'Registering a service user needs the case manager or key worker role',
      );
    }
    const { givenName, familyName } = input;
    const dateOfBirth = input.dateOfBirth || null;
    for (let attempt = 0; ; attempt += 1) {
      const id = randomUUID();
      // Pseudonyms are short and random: they identify a record across agencies without naming anyone.
      const pseudonym = `SU-${randomBytes(4).toString('hex').toUpperCase()}`;
      try {
        return await this.uow.run(async (m) => {
          if (!input.confirmNotDuplicate) {
            const candidates = await this.duplicates.likelyDuplicates(identity.agencyCode, {
              givenName,
              familyName,
              dateOfBirth,
            });
            if (candidates.length > 0) {
              throw new ConflictError(
                'This person may already be registered: check the candidates, or register again with confirmNotDuplicate: true',
                { reason: 'DUPLICATE_SUSPECTED', candidates },
              );
            }
          }
          const su = m.getRepository(ServiceUser).create({
            id,
            pseudonym,
            registeredByAgencyCode: identity.agencyCode,
            createdAt: new Date(),
          });
          await m.getRepository(ServiceUser).insert(su);
          await m.query(`UPDATE service_user SET created_by = $2 WHERE id = $1`, [
            id,
            identity.userId,
          ]);
          await m.getRepository(ServiceUserIdentity).insert({
            serviceUserId: id,
            givenName,
            familyName,
            dateOfBirth,
            phone: input.phone?.trim() || null,
          });
          return su;
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  /** The caller's open cases as their case manager, oldest first, a keyset page at a time. */
  myOpenCases(
    identity: Identity,
    page: { first: number; after?: string | null },
  ): Promise<Page<Case>> {
    return pageByInstant(
      this.uow.manager,
      Case,
      {
        table: 'care_case',
        column: 'opened_at',
        order: 'ASC',
        where: `lead_agency_code = $1 AND case_manager_id = $2 AND status <> 'CLOSED'`,
        params: [identity.agencyCode, identity.userId],
      },
      page,
    );
  }

  /** Opens a case with the caller as case manager in their agency; one open case per person. */
  async open(identity: Identity, input: OpenCaseInput): Promise<Case> {
    if (!identity.roles.includes('CASE_MANAGER'))
      throw new ForbiddenError('Opening a case needs the case manager role');
    const { serviceUserId } = input;
    const previousCaseId = input.previousCaseId || null;
    try {
      return await this.uow.run(async (m) => {
        const su = await m.getRepository(ServiceUser).findOneBy({ id: serviceUserId });
        if (!su) throw new NotFoundError('ServiceUser', serviceUserId);
        // Leading a case makes the agency the holder of the person's record: only with their say-so.
        if (su.registeredByAgencyCode !== identity.agencyCode) {
          await this.consent.requireCaseManagement(serviceUserId, identity.agencyCode);
        }
        if (previousCaseId) {
          const previous = await m.getRepository(Case).findOneBy({ id: previousCaseId });
          if (
            !previous ||
            previous.serviceUserId !== serviceUserId ||
            previous.status !== CaseStatus.CLOSED
          ) {
            throw new BadInputError(
              'previousCaseId must be a closed case of the same service user',
              {
                field: 'previousCaseId',
              },
            );
          }
        }
        if (
          await m.getRepository(Case).existsBy({ serviceUserId, status: Not(CaseStatus.CLOSED) })
        ) {
          throw new ConflictError('This service user already has an open case', {
            reason: 'CASE_ALREADY_OPEN',
          });
        }
        const c = m.getRepository(Case).create({
          id: randomUUID(),
          serviceUserId,
          leadAgencyCode: identity.agencyCode,
          caseManagerId: identity.userId,
          status: CaseStatus.ACTIVE,
          openedAt: new Date(),
          closedAt: null,
          previousCaseId,
          engagement: Engagement.ENGAGED,
          disengagedSince: null,
        });
        await m.getRepository(Case).insert(c);
        await assign(m, c, AssignmentReason.OPENED, null);
        return c;
      });
    } catch (error) {
      // Two openings at once: the database's one-open-case index lets only one through.
      if (isUniqueViolation(error)) {
        throw new ConflictError('This service user already has an open case', {
          reason: 'CASE_ALREADY_OPEN',
        });
      }
      throw error;
    }
  }

  /** The case, locked FOR UPDATE in the caller's transaction (or a new one); NOT_FOUND if none. */
  lockForUpdate(caseId: string): Promise<Case> {
    return this.uow.run((m) => lockCase(m, caseId));
  }

  /** Whether a transfer of the case is under way. */
  hasOpenTransfer(caseId: string): Promise<boolean> {
    return hasOpenTransfer(this.uow.manager, caseId);
  }

  /** Hands the case to another case manager, recording why in its assignment history. */
  reassign(
    c: Case,
    agencyCode: string,
    caseManagerId: string,
    reason: AssignmentReason,
    transferId: string | null,
  ): Promise<void> {
    return this.uow.run((m) => reassign(m, c, agencyCode, caseManagerId, reason, transferId));
  }
}
