import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@icp/shared';
import { ServiceDeliveryChange } from './service-delivery-change.entity';

/** Pages of service-delivery changes (the worklist's changes to acknowledge). */
@ObjectType('ServiceDeliveryChangeConnection', {
  description: 'A page of changes agencies made to their service delivery, with the next cursor.',
})
export class ServiceDeliveryChangeConnection extends ConnectionOf(
  ServiceDeliveryChange,
  'ServiceDeliveryChange',
  { noun: 'service delivery change' },
) {}
