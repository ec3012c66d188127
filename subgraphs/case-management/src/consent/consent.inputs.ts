import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  IsCalendarDate,
  IsUuidValue,
  LocalDateScalar,
  UUIDScalar,
  OptionalText,
  RequiredText,
  type AgencyKind,
  type ConsentCategory,
} from '@icp/shared';
import { ConsentCategoryEnum, ConsentPurpose } from './consent.entity';
import { AgencyKindEnum } from '../agency/agency.type';

/** Most exceptions one consent records. */
export const MAX_CONSENT_EXCEPTIONS = 20;

/** An exception's categories are named as such in errors. */
const EXCEPTION_CATEGORIES = { context: { field: 'exceptions.categories' } };

@InputType({
  description:
    'An exception to a consent (a FHIR deny provision): categories the recipient may not read, ' +
    'for the whole consent or a part of its period. It wins over every consent that permits the ' +
    'same category to the same agency while both are in force, this one or any other.',
})
export class ConsentExceptionInput {
  @Field(() => [ConsentCategoryEnum], { description: 'At least one; no repeats.' })
  @ArrayMinSize(1, EXCEPTION_CATEGORIES)
  @ArrayUnique(EXCEPTION_CATEGORIES)
  categories!: ConsentCategory[];

  @Field(() => Date, {
    nullable: true,
    description: 'Default: from the consent’s validFrom. Not before it.',
  })
  @IsOptional()
  validFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Default: until the consent ends. Not after its validUntil.',
  })
  @IsOptional()
  validUntil?: Date | null;
}

@InputType({
  description:
    'A consent names one recipient: an agency (recipientAgencyCode) or every agency of a kind ' +
    '(recipientAgencyKind), never both.',
})
export class GrantConsentInput {
  @Field(() => UUIDScalar, { description: 'The service user giving consent.' })
  @IsUuidValue()
  serviceUserId!: string;

  @Field(() => ID, { nullable: true, description: 'The agency that may read.' })
  @IsOptional()
  recipientAgencyCode?: string | null;

  @Field(() => AgencyKindEnum, {
    nullable: true,
    description: 'Every agency of this kind may read, e.g. every GP practice in the federation.',
  })
  @IsOptional()
  recipientAgencyKind?: AgencyKind | null;

  @Field(() => [ConsentCategoryEnum], {
    nullable: true,
    description: 'At least one; omitted for a full-copy consent, which covers every category.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  categories?: ConsentCategory[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A full copy for HSE methadone provision: every category, including any added later. ' +
      'Only for an HSE methadone service (by agency or by kind).',
  })
  @IsOptional()
  fullCopy?: boolean | null;

  @Field(() => [ConsentExceptionInput], {
    nullable: true,
    description:
      'Exceptions ("everything except mental health"): categories refused to the recipient, ' +
      'named here or not. Not for a full copy. Default: none.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CONSENT_EXCEPTIONS)
  @ValidateNested()
  exceptions?: ConsentExceptionInput[] | null;

  @Field(() => ConsentPurpose, { description: 'Why the recipient may read.' })
  purpose!: ConsentPurpose;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  @IsOptional()
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Default: no expiry.' })
  @IsOptional()
  validUntil?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reference of the signed consent form (strongly advised; shown on every decision).',
  })
  @OptionalText(200)
  evidenceRef?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date the form was signed; not in the future.',
  })
  @IsCalendarDate()
  evidenceSignedOn?: string | null;
}

@InputType({
  description:
    "Changes a consent's terms as a new version. Only what is given changes; the recipient and " +
    'the service user never do (grant a new consent instead).',
})
export class AmendConsentInput {
  @Field(() => UUIDScalar, { description: 'The consent to change.' })
  @IsUuidValue()
  id!: string;

  @Field(() => Int, {
    description: 'The version the change is based on; another change since → VERSION_CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => [ConsentCategoryEnum], {
    nullable: true,
    description:
      'The categories the recipient may read from now: at least one, no repeats. Default: unchanged.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  categories?: ConsentCategory[] | null;

  @Field(() => [ConsentExceptionInput], {
    nullable: true,
    description: 'Replaces the exceptions: [] removes them all; omitted keeps them.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CONSENT_EXCEPTIONS)
  @ValidateNested()
  exceptions?: ConsentExceptionInput[] | null;

  @Field(() => ConsentPurpose, {
    nullable: true,
    description: 'A new purpose. Default: unchanged.',
  })
  @IsOptional()
  purpose?: ConsentPurpose | null;

  @Field(() => Date, { nullable: true, description: 'A new expiry; see clearValidUntil.' })
  @IsOptional()
  validUntil?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Removes the expiry.' })
  @IsOptional()
  clearValidUntil?: boolean | null;

  @Field(() => String, { description: 'Reference of the signed form recording the change.' })
  @RequiredText(200)
  evidenceRef!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The date it was signed; not in the future.',
  })
  @IsCalendarDate()
  evidenceSignedOn?: string | null;

  @Field(() => String, { description: 'Why the terms change, in the words recorded.' })
  @RequiredText(2000)
  reason!: string;
}
