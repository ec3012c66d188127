import { Directive, Field, ObjectType } from 'type-graphql';
import { UUIDScalar } from '@icp/shared';

/**
 * A service user, held by case-management. The agency only points at them by id: the gateway
 * resolves the rest in case-management, where consent applies to the reader. Not resolvable
 * here, so the gateway never routes a ServiceUser fetch to an agency instance (and so its key
 * needs no agency code).
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('ServiceUser')
export class ServiceUserRef {
  @Field(() => UUIDScalar)
  id!: string;

  static of(id: string): ServiceUserRef {
    return Object.assign(new ServiceUserRef(), { id });
  }
}
