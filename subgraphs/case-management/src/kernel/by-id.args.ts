import { ArgsType, Field } from 'type-graphql';
import { IsUuidValue, UUIDScalar } from '@icp/shared';

/** The `id` of a record, a UUID: `record(id: UUID!)`. */
@ArgsType()
export class ByIdArgs {
  @Field(() => UUIDScalar, {
    description: 'The id of the record (a UUID; BAD_USER_INPUT when malformed).',
  })
  @IsUuidValue()
  id!: string;
}
