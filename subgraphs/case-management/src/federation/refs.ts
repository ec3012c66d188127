import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A key worker, held in their agency's own subgraph; case-management only points at them. */
@Directive('@key(fields: "agencyCode id", resolvable: false)')
@ObjectType('KeyWorker')
export class KeyWorkerRef {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
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

  @Field(() => ID)
  actionId!: string;

  static of(agencyCode: string, actionId: string): ActionDeliveryRef {
    return Object.assign(new ActionDeliveryRef(), { agencyCode, actionId });
  }
}
