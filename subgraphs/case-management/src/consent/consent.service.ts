import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  requireUuid,
  type Directory,
  type Identity,
} from '@icp/shared';
import { Consent, ConsentStatus } from './consent.entity';
import type { GrantConsentInput } from './consent.inputs';
import type { ServiceUserService } from '../service-user/service-user.service';

/** The consent register: grant and withdraw. Decisions are LocalConsentDecider's. */
export class ConsentService {
  constructor(
    private readonly ds: DataSource,
    private readonly directory: Directory,
    private readonly serviceUsers: ServiceUserService,
  ) {}

  async grant(identity: Identity, input: GrantConsentInput): Promise<Consent> {
    const serviceUserId = requireUuid(input.serviceUserId, 'serviceUserId');
    if (!this.directory.agency(input.recipientAgencyCode)) {
      throw new BadInputError(`Agency ${input.recipientAgencyCode} is not in the directory`, {
        field: 'recipientAgencyCode',
      });
    }
    const validFrom = input.validFrom ?? new Date();
    if (input.validUntil && input.validUntil <= validFrom) {
      throw new BadInputError('validUntil must be after validFrom', { field: 'validUntil' });
    }
    await this.assertMayRecord(identity, serviceUserId);
    const consent = this.ds.getRepository(Consent).create({
      id: randomUUID(),
      serviceUserId,
      recipientAgencyCode: input.recipientAgencyCode,
      categories: input.categories,
      purpose: input.purpose,
      validFrom,
      validUntil: input.validUntil ?? null,
      status: ConsentStatus.ACTIVE,
      evidenceRef: input.evidenceRef ?? null,
      recordedBy: identity.userId,
      recordedByAgencyCode: identity.agencyCode,
      recordedAt: new Date(),
      withdrawnAt: null,
      withdrawnBy: null,
    });
    return this.ds.getRepository(Consent).save(consent);
  }

  /** Withdrawal takes effect for every request decided after it commits. */
  async withdraw(identity: Identity, consentId: string): Promise<Consent> {
    const id = requireUuid(consentId, 'id');
    const repo = this.ds.getRepository(Consent);
    const consent = await repo.findOneBy({ id });
    if (!consent) throw new NotFoundError('Consent', id);
    await this.assertMayRecord(identity, consent.serviceUserId);
    if (consent.status === ConsentStatus.WITHDRAWN) {
      throw new ConflictError('This consent is already withdrawn', { id });
    }
    const withdrawnAt = new Date();
    const result = await repo.update(
      { id, status: ConsentStatus.ACTIVE },
      { status: ConsentStatus.WITHDRAWN, withdrawnAt, withdrawnBy: identity.userId },
    );
    // Two withdrawals at once: only one changes the row; the other is told it was already done.
    if (result.affected !== 1) throw new ConflictError('This consent is already withdrawn', { id });
    return Object.assign(consent, {
      status: ConsentStatus.WITHDRAWN,
      withdrawnAt,
      withdrawnBy: identity.userId,
    });
  }

  /** Only staff of the agency holding the service user's record (the lead agency) record consent. */
  private async assertMayRecord(identity: Identity, serviceUserId: string): Promise<void> {
    const holder = await this.serviceUsers.holderAgencyCode(serviceUserId);
    if (!holder) throw new NotFoundError('ServiceUser', serviceUserId);
    if (holder !== identity.agencyCode) {
      throw new ForbiddenError('Only the lead agency records consent for this service user');
    }
    if (!identity.roles.some((r) => r === 'CASE_MANAGER' || r === 'KEY_WORKER')) {
      throw new ForbiddenError('Recording consent needs the case manager or key worker role');
    }
  }
}
