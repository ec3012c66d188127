import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CATEGORY_DESCRIPTIONS,
  CONSENT_CATEGORIES,
  LocalDateScalar,
  UUIDScalar,
  consent,
  type AgencyKind,
  type ConsentCategory,
  type ConsentPurpose as SharedConsentPurpose,
} from '@icp/shared';
import { AgencyKindEnum } from '../agency/agency.type';
import { consentInForceAt } from './consent-in-force';
import { underConsent } from './consent-note';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

export const ConsentCategoryEnum = Object.fromEntries(CONSENT_CATEGORIES.map((c) => [c, c])) as {
  [K in ConsentCategory]: K;
};
registerEnumType(ConsentCategoryEnum, {
  name: 'ConsentCategory',
  description:
    'Categories of information a service user consents to share. Every field about a service user carries one (`@consent(category: …)`): an agency that does not hold the record reads it only under a consent in force for its category, else the field is null with CONSENT_REQUIRED.',
  valuesConfig: Object.fromEntries(
    CONSENT_CATEGORIES.map((c) => [c, { description: CATEGORY_DESCRIPTIONS[c] }]),
  ),
});

/** Why the service user lets the recipient read (shared/src/consent/consent-purpose.ts). */
export enum ConsentPurpose {
  /** Given at intake so the case manager's lead agency can hold the plan; covers coordination. */
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  /** Working together on the shared care plan; covers referrals made under it. */
  CARE_COORDINATION = 'CARE_COORDINATION',
  /** One referral only: read through that referral, nowhere else. */
  REFERRAL = 'REFERRAL',
}
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description:
    'Why the service user lets the recipient read. CASE_MANAGEMENT and CARE_COORDINATION cover ' +
    'every read; REFERRAL covers only what is read through a referral.',
  valuesConfig: {
    CASE_MANAGEMENT: {
      description:
        "Given at intake so the case manager's lead agency can hold the plan; covers coordination.",
    },
    CARE_COORDINATION: {
      description: 'Working together on the shared care plan; covers referrals made under it.',
    },
    REFERRAL: { description: 'One referral only: read through that referral, nowhere else.' },
  },
});
// The GraphQL enum and the shared list must not drift apart.
const _purposeCheck: Record<SharedConsentPurpose, ConsentPurpose> = ConsentPurpose;
void _purposeCheck;

/** What the register stores: a consent is in force or withdrawn. */
export enum ConsentStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
  /** Never stored: an ACTIVE consent whose `validUntil` has passed is shown as EXPIRED. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description:
    'ACTIVE until withdrawn or past its validUntil (then EXPIRED). An ACTIVE consent whose ' +
    'validFrom is still ahead is not yet in force (see Consent.inForce).',
  valuesConfig: {
    ACTIVE: { description: 'Not withdrawn and not past its validUntil.' },
    WITHDRAWN: { description: 'Withdrawn: nothing is disclosed under it any more.' },
    EXPIRED: { description: 'Its validUntil has passed (never withdrawn).' },
  },
});

/**
 * A service user's consent for one recipient (an agency, or every agency of a kind) to read some
 * categories of their data, for a purpose and a period. Changes make new versions
 * (`consent_version`); the row holds the latest.
 */
@ObjectType('Consent', {
  description:
    'A service user’s consent for one recipient (an agency, or every agency of a kind) to read some categories of their data, for a purpose and a period, with any exceptions. The consent register is private: only the agency holding the person’s record and the recipient the consent names read a consent; to anyone else it does not exist (absent from lists, null by id).',
})
@Entity('consent')
export class Consent {
  @Field(() => UUIDScalar, { description: 'The consent’s id; the same in every version.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  /** The one agency that may read; null when the consent names a kind of agency. */
  @Column('text', { name: 'recipient_agency_code', nullable: true })
  recipientAgencyCode!: string | null;

  @Field(() => AgencyKindEnum, {
    nullable: true,
    description: S('Every agency of this kind may read (instead of one named agency).'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'recipient_agency_kind', nullable: true })
  recipientAgencyKind!: AgencyKind | null;

  @Field(() => [ConsentCategoryEnum], {
    nullable: true,
    description: S('The categories the recipient may read (every one for a full copy).'),
  })
  @Directive(SUMMARY)
  @Column('text', { array: true })
  categories!: ConsentCategory[];

  @Field(() => Boolean, {
    nullable: true,
    description: S(
      'A full-copy consent (HSE methadone provision): every category, including any added later.',
    ),
  })
  @Directive(SUMMARY)
  @Column('boolean', { name: 'full_copy' })
  fullCopy!: boolean;

  @Field(() => ConsentPurpose, {
    nullable: true,
    description: S('Why the recipient may read: which reads the consent covers.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  purpose!: ConsentPurpose;

  @Field(() => Date, { nullable: true, description: S('When the consent starts.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'valid_from' })
  validFrom!: Date;

  @Field(() => Date, {
    nullable: true,
    description: S('When it expires; null for no expiry.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'valid_until', nullable: true })
  validUntil!: Date | null;

  /** Stored status: ACTIVE or WITHDRAWN. GraphQL's `status` adds EXPIRED. */
  @Column('text')
  status!: ConsentStatus.ACTIVE | ConsentStatus.WITHDRAWN;

  @Field(() => Int, {
    nullable: true,
    description: S('Latest version; every change adds one. Pass as expectedVersion to amend.'),
  })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: S('Reference of the signed consent form.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'evidence_ref', nullable: true })
  evidenceRef!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: S('When the form was signed.'),
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'evidence_signed_on', nullable: true })
  evidenceSignedOn!: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('text', { name: 'recorded_by_agency' })
  recordedByAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: S('When the consent was first recorded.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: S('When it was withdrawn; null if it was not.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;

  /**
   * Deny provisions (FHIR Consent `provision.provision`, type deny; ADR 0028): categories refused
   * to the recipient, each for the consent's period or a part of it. A deny wins over every
   * permit for the same agency, from this consent or any other. `[]` for a permit-only consent.
   * GraphQL: `Consent.exceptions` (consent-exception.ts).
   */
  @Column('jsonb', { default: () => "'[]'" })
  exceptions!: ConsentExceptionTerms[];

  /** ACTIVE, WITHDRAWN, or EXPIRED once `validUntil` has passed. */
  statusAt(at: Date): ConsentStatus {
    if (this.status === ConsentStatus.WITHDRAWN) return ConsentStatus.WITHDRAWN;
    if (this.validUntil && this.validUntil <= at) return ConsentStatus.EXPIRED;
    return ConsentStatus.ACTIVE;
  }

  /** Whether decisions at `at` rely on it: active, started, not expired. */
  inForceAt(at: Date): boolean {
    return consentInForceAt(this, at);
  }
}

export enum ConsentChange {
  GRANTED = 'GRANTED',
  AMENDED = 'AMENDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConsentChange, {
  name: 'ConsentChange',
  description: 'What a version of a consent recorded.',
  valuesConfig: {
    GRANTED: { description: 'The consent as first given.' },
    AMENDED: { description: 'A change of its terms.' },
    WITHDRAWN: { description: 'Its withdrawal.' },
  },
});

/**
 * One deny provision as stored (and kept in version snapshots): ISO instants, null for the
 * consent's own start or end.
 */
export interface ConsentExceptionTerms {
  categories: ConsentCategory[];
  validFrom: string | null;
  validUntil: string | null;
}

/** The terms of a consent as one version recorded them. */
export interface ConsentTerms {
  recipientAgencyCode: string | null;
  recipientAgencyKind: AgencyKind | null;
  categories: ConsentCategory[];
  purpose: ConsentPurpose;
  fullCopy: boolean;
  validFrom: string;
  validUntil: string | null;
  evidenceRef: string | null;
  evidenceSignedOn: string | null;
  status: ConsentStatus.ACTIVE | ConsentStatus.WITHDRAWN;
  /** Absent from versions recorded before deny provisions (ADR 0028): none. */
  exceptions?: ConsentExceptionTerms[];
}

/** One version of a consent: never edited, never removed (FHIR Consent's version history). */
@ObjectType('ConsentVersion', {
  description:
    'One version of a consent: granted, each amendment, the withdrawal. Never edited, never removed; read by whoever reads its consent.',
})
@Entity('consent_version')
export class ConsentVersion {
  @PrimaryColumn('uuid', { name: 'consent_id' })
  consentId!: string;

  @Field(() => Int, { nullable: true, description: S('The version number, from 1.') })
  @Directive(SUMMARY)
  @PrimaryColumn('integer')
  version!: number;

  @Field(() => ConsentChange, { nullable: true, description: S('What this version recorded.') })
  @Directive(SUMMARY)
  @Column('text')
  change!: ConsentChange;

  @Column('jsonb')
  snapshot!: ConsentTerms;

  @Field(() => String, { nullable: true, description: S('Why it changed, as recorded.') })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('text', { name: 'changed_by' })
  changedBy!: string;

  @Column('text', { name: 'changed_by_agency' })
  changedByAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: S('When the change was recorded.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'changed_at' })
  changedAt!: Date;

  /** The consent it is a version of, set when loaded: its subject decides who reads it. */
  of?: Consent;
}
