import { ArrayMinSize, ArrayUnique, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { ConsentCategory } from '@icp/shared';
import { ConsentCategoryEnum, ConsentPurpose } from './consent.entity';

@InputType()
export class GrantConsentInput {
  @Field(() => ID)
  serviceUserId!: string;

  @Field(() => ID, { description: 'The agency that may read.' })
  recipientAgencyCode!: string;

  @Field(() => [ConsentCategoryEnum])
  @ArrayMinSize(1)
  @ArrayUnique()
  categories!: ConsentCategory[];

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  @IsOptional()
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Default: no expiry.' })
  @IsOptional()
  validUntil?: Date | null;

  @Field(() => String, { nullable: true, description: 'Reference of the signed consent form.' })
  @IsOptional()
  @MaxLength(200)
  evidenceRef?: string | null;
}
