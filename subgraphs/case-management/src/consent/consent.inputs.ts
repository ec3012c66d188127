import { ArrayMinSize, ArrayUnique, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  IsCalendarDate,
  IsUuidValue,
  OptionalText,
  RequiredText,
  type AgencyKind,
  type ConsentCategory,
} from '@icp/shared';
import { ConsentCategoryEnum, ConsentPurpose } from './consent.entity';
import { AgencyKindEnum } from '../agency/agency.type';

@InputType({
  description:
    'A consent names one recipient: an agency (recipientAgencyCode) or every agency of a kind ' +
    '(recipientAgencyKind), never both.',
})
export class GrantConsentInput {
  @Field(() => ID)
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

  @Field(() => ConsentPurpose)
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

  @Field(() => String, {
    nullable: true,
    description: 'The date the form was signed, YYYY-MM-DD; not in the future.',
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
  @Field(() => ID)
  @IsUuidValue()
  id!: string;

  @Field(() => Int, {
    description: 'The version the change is based on; another change since → VERSION_CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => [ConsentCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  categories?: ConsentCategory[] | null;

  @Field(() => ConsentPurpose, { nullable: true })
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

  @Field(() => String, { nullable: true, description: 'The date it was signed, YYYY-MM-DD.' })
  @IsCalendarDate()
  evidenceSignedOn?: string | null;

  @Field(() => String, { description: 'Why the terms change, in the words recorded.' })
  @RequiredText(2000)
  reason!: string;
}
