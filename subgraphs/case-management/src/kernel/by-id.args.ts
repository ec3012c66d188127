import { ArgsType, Field, ID } from 'type-graphql';
import { IsUuidValue } from '@icp/shared';

/** The `id` of a record, a UUID: `record(id: ID!)`. */
@ArgsType()
export class ByIdArgs {
  @Field(() => ID)
  @IsUuidValue()
  id!: string;
}
