import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UUIDScalar } from '@icp/shared';

/** A key worker, held in their agency's own subgraph; case-management only points at them. */
@Directive('@key(fields: "agencyCode id", resolvable: false)')
@ObjectType('KeyWorker', { description: "A member of an agency's staff." })
export class KeyWorkerRef {
  @Field(() => ID, { description: 'The code of their agency.' })
  agencyCode!: string;

  @Field(() => ID, { description: 'Their staff id in that agency (issued by the agency).' })
  id!: string;

  static of(agencyCode: string, id: string): KeyWorkerRef {
    return Object.assign(new KeyWorkerRef(), { agencyCode, id });
  }
}

/**
 * How the responsible agency is delivering a plan action: held in that agency's subgraph, which
 * the gateway reaches by the agency code in the key.
 */
@Directive('@key(fields: "agencyCode actionId", resolvable: false)')
@ObjectType('ActionDelivery')
export class ActionDeliveryRef {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => UUIDScalar)
  actionId!: string;

  static of(agencyCode: string, actionId: string): ActionDeliveryRef {
    return Object.assign(new ActionDeliveryRef(), { agencyCode, actionId });
  }
}
