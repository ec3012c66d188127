import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  CONSENT_CATEGORIES,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  VersionConflictError,
  today,
  type ConsentCategory,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import {
  Consent,
  ConsentChange,
  ConsentStatus,
  ConsentVersion,
  type ConsentExceptionTerms,
  type ConsentTerms,
} from './consent.entity';
import type { AmendConsentInput, GrantConsentInput } from './consent.inputs';
import type { ServiceUserService } from '../case/service-user.service';
import type { CaseManagementConsent } from '../case/case-ports';
import { consentInForceSql } from './consent-in-force';

/** Only an HSE methadone service receives a full copy of the plan (NDRF Protocol 3). */
const FULL_COPY_KIND = 'HSE_METHADONE';

function termsOf(c: Consent): ConsentTerms {
  return {
    recipientAgencyCode: c.recipientAgencyCode,
    recipientAgencyKind: c.recipientAgencyKind,
    categories: [...c.categories],
    purpose: c.purpose,
    fullCopy: c.fullCopy,
    validFrom: c.validFrom.toISOString(),
    validUntil: c.validUntil?.toISOString() ?? null,
    evidenceRef: c.evidenceRef,
    evidenceSignedOn: c.evidenceSignedOn,
    status: c.status,
    exceptions: c.exceptions.map((e) => ({ ...e, categories: [...e.categories] })),
  };
}

/** An exception as given, or as stored, with its own period as dates (null: the consent's). */
interface ExceptionGiven {
  categories: readonly ConsentCategory[];
  validFrom?: Date | null;
  validUntil?: Date | null;
}

const storedException = (e: ConsentExceptionTerms): ExceptionGiven => ({
  categories: e.categories,
  validFrom: e.validFrom ? new Date(e.validFrom) : null,
  validUntil: e.validUntil ? new Date(e.validUntil) : null,
});

/**
 * A consent's exceptions (deny provisions, ADR 0028) as stored, checked against its terms: none
 * on a full copy (it is the whole plan); each within the consent's period and ending after it
 * starts. A category need not be one the consent permits: the deny also overrides other
 * consents to the same agency.
 */
function exceptionTerms(
  exceptions: readonly ExceptionGiven[],
  consent: { validFrom: Date; validUntil: Date | null; fullCopy: boolean },
): ConsentExceptionTerms[] {
  if (exceptions.length > 0 && consent.fullCopy) {
    throw new BadInputError(
      'A full copy covers every category; give the categories and their exceptions instead',
      { field: 'exceptions' },
    );
  }
  return exceptions.map((e, index) => {
    const validFrom = e.validFrom ?? null;
    const validUntil = e.validUntil ?? null;
    if (validFrom && validFrom < consent.validFrom) {
      throw new BadInputError('An exception cannot start before its consent', {
        field: 'exceptions.validFrom',
        index,
      });
    }
    if (validUntil && consent.validUntil && validUntil > consent.validUntil) {
      throw new BadInputError('An exception cannot end after its consent', {
        field: 'exceptions.validUntil',
        index,
      });
    }
    const start = validFrom ?? consent.validFrom;
    const end = validUntil ?? consent.validUntil;
    if (end && end <= start) {
      throw new BadInputError('An exception must end after it starts, within its consent', {
        field: validUntil ? 'exceptions.validUntil' : 'exceptions.validFrom',
        index,
      });
    }
    return {
      categories: [...e.categories],
      validFrom: validFrom?.toISOString() ?? null,
      validUntil: validUntil?.toISOString() ?? null,
    };
  });
}

/** The date a form was signed (a calendar date, as validated by the inputs): not in the future. */
function signedOn(date: string | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  if (date > today()) {
    throw new BadInputError('evidenceSignedOn cannot be in the future', {
      field: 'evidenceSignedOn',
    });
  }
  return date;
}

/**
 * The consent register: grant, amend and withdraw, each a new version kept for ever. Decisions
 * are LocalConsentDecider's. Inputs come validated and normalised (consent.inputs).
 */
export class ConsentService implements CaseManagementConsent {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
    private readonly serviceUsers: ServiceUserService,
  ) {}

  /**
   * A lead agency holds the person's case record, so an agency becomes lead only with the service
   * user's consent to case management by it (given at intake), unless it registered them itself.
   * The consent is held FOR SHARE in the caller's transaction.
   */
  requireCaseManagement(serviceUserId: string, agencyCode: string): Promise<void> {
    return this.uow.run(async (m) => {
      const rows: unknown[] = await m.query(
        `SELECT 1 FROM consent WHERE service_user_id = $1 AND recipient_agency_code = $2
            AND purpose = 'CASE_MANAGEMENT' AND ${consentInForceSql('now()')}
          FOR SHARE`,
        [serviceUserId, agencyCode],
      );
      if (rows.length === 0) {
        throw new DomainError(
          'CONSENT_REQUIRED',
          `The service user has not consented to case management by ${agencyCode}`,
          { agencyCode, reason: 'NO_CASE_MANAGEMENT_CONSENT' },
        );
      }
    });
  }

  async grant(identity: Identity, input: GrantConsentInput): Promise<Consent> {
    const { serviceUserId } = input;
    const code = input.recipientAgencyCode ?? null;
    const kind = input.recipientAgencyKind ?? null;
    if ((code === null) === (kind === null)) {
      throw new BadInputError('Name one recipient: an agency or a kind of agency, not both', {
        field: code === null ? 'recipientAgencyCode' : 'recipientAgencyKind',
      });
    }
    const agency = code === null ? null : this.directory.agency(code);
    if (code !== null && !agency) {
      throw new BadInputError(`Agency ${code} is not in the directory`, {
        field: 'recipientAgencyCode',
      });
    }
    const fullCopy = input.fullCopy ?? false;
    if (fullCopy && (agency?.kind ?? kind) !== FULL_COPY_KIND) {
      throw new BadInputError('A full copy is given only to an HSE methadone service', {
        field: 'fullCopy',
      });
    }
    const categories = fullCopy ? [...CONSENT_CATEGORIES] : (input.categories ?? []);
    if (categories.length === 0) {
      throw new BadInputError('Name at least one category', { field: 'categories' });
    }
    const validFrom = input.validFrom ?? new Date();
    if (input.validUntil && input.validUntil <= validFrom) {
      throw new BadInputError('validUntil must be after validFrom', { field: 'validUntil' });
    }
    const exceptions = exceptionTerms(input.exceptions ?? [], {
      validFrom,
      validUntil: input.validUntil ?? null,
      fullCopy,
    });
    const evidenceSignedOn = signedOn(input.evidenceSignedOn);
    await this.assertMayRecord(identity, serviceUserId);
    const consent = this.uow.manager.getRepository(Consent).create({
      id: randomUUID(),
      serviceUserId,
      recipientAgencyCode: code,
      recipientAgencyKind: kind,
      categories,
      exceptions,
      fullCopy,
      purpose: input.purpose,
      validFrom,
      validUntil: input.validUntil ?? null,
      status: ConsentStatus.ACTIVE,
      version: 1,
      evidenceRef: input.evidenceRef ?? null,
      evidenceSignedOn,
      recordedBy: identity.userId,
      recordedByAgencyCode: identity.agencyCode,
      recordedAt: new Date(),
      withdrawnAt: null,
      withdrawnBy: null,
    });
    return this.uow.run(async (m) => {
      await m.getRepository(Consent).insert(consent);
      await this.addVersion(m, consent, ConsentChange.GRANTED, identity, null);
      return consent;
    });
  }

  /**
   * Changes the terms as a new version, guarded by the version the caller saw. A narrower
   * consent applies to every request decided after it commits, like a withdrawal.
   */
  async amend(identity: Identity, input: AmendConsentInput): Promise<Consent> {
    const { id, reason, evidenceRef } = input;
    const evidenceSignedOn = signedOn(input.evidenceSignedOn);
    // Checked before the transaction: it reads on its own connection (the embedded database has
    // one). The conditional UPDATE below still refuses a change made in between.
    const current = await this.uow.manager.getRepository(Consent).findOneBy({ id });
    if (!current) throw new NotFoundError('Consent', id);
    await this.assertMayRecord(identity, current.serviceUserId);
    return this.uow.run(async (m) => {
      const repo = m.getRepository(Consent);
      if (current.status === ConsentStatus.WITHDRAWN) {
        throw new ConflictError('A withdrawn consent cannot be changed; record a new one', {
          id,
          reason: 'WITHDRAWN',
        });
      }
      const next = Object.assign(new Consent(), current, {
        version: current.version + 1,
        evidenceRef,
        evidenceSignedOn,
      });
      if (input.categories) {
        if (current.fullCopy) {
          throw new BadInputError('A full-copy consent covers every category', {
            field: 'categories',
          });
        }
        next.categories = input.categories;
      }
      if (input.purpose) next.purpose = input.purpose;
      if (input.clearValidUntil && input.validUntil) {
        throw new BadInputError('Give validUntil or clearValidUntil, not both', {
          field: 'validUntil',
        });
      }
      if (input.clearValidUntil) next.validUntil = null;
      if (input.validUntil) {
        if (input.validUntil <= current.validFrom) {
          throw new BadInputError('validUntil must be after validFrom', { field: 'validUntil' });
        }
        next.validUntil = input.validUntil;
      }
      // The exceptions given, or those kept, must still lie within the consent's period.
      next.exceptions = exceptionTerms(
        input.exceptions ?? current.exceptions.map(storedException),
        next,
      );
      const result = await repo.update(
        { id, version: input.expectedVersion, status: ConsentStatus.ACTIVE },
        {
          version: next.version,
          categories: next.categories,
          purpose: next.purpose,
          validUntil: next.validUntil,
          exceptions: next.exceptions,
          evidenceRef,
          evidenceSignedOn,
        },
      );
      if (result.affected !== 1)
        throw new VersionConflictError('Consent', id, input.expectedVersion);
      await this.addVersion(m, next, ConsentChange.AMENDED, identity, reason);
      return next;
    });
  }

  /** Withdrawal takes effect for every request decided after it commits. */
  async withdraw(identity: Identity, id: string, reason?: string | null): Promise<Consent> {
    const why = reason || null;
    const consent = await this.uow.manager.getRepository(Consent).findOneBy({ id });
    if (!consent) throw new NotFoundError('Consent', id);
    await this.assertMayRecord(identity, consent.serviceUserId);
    return this.uow.run(async (m) => {
      const repo = m.getRepository(Consent);
      if (consent.status === ConsentStatus.WITHDRAWN) {
        throw new ConflictError('This consent is already withdrawn', { id });
      }
      const withdrawnAt = new Date();
      const result = await repo.update(
        { id, status: ConsentStatus.ACTIVE, version: consent.version },
        {
          status: ConsentStatus.WITHDRAWN,
          withdrawnAt,
          withdrawnBy: identity.userId,
          version: consent.version + 1,
        },
      );
      // Two withdrawals at once: only one changes the row; the other is told it was already done.
      if (result.affected !== 1)
        throw new ConflictError('This consent is already withdrawn', { id });
      const withdrawn = Object.assign(consent, {
        status: ConsentStatus.WITHDRAWN,
        withdrawnAt,
        withdrawnBy: identity.userId,
        version: consent.version + 1,
      });
      await this.addVersion(m, withdrawn, ConsentChange.WITHDRAWN, identity, why);
      return withdrawn;
    });
  }

  private async addVersion(
    m: EntityManager,
    c: Consent,
    change: ConsentChange,
    identity: Identity,
    reason: string | null,
  ): Promise<void> {
    await m.getRepository(ConsentVersion).insert({
      consentId: c.id,
      version: c.version,
      change,
      snapshot: termsOf(c),
      reason,
      changedBy: identity.userId,
      changedByAgencyCode: identity.agencyCode,
      changedAt: new Date(),
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
