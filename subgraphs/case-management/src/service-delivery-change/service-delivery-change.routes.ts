import {
  IsCalendarDate,
  IsUuidValue,
  RequiredText,
  SERVICE_DELIVERY_CHANGES_PATH,
  checkInput,
  type RouteHandler,
  type ServiceDeliveryChangeDto,
} from '@icp/shared';
import type { CmServices } from '../kernel/context';
import { parseJson, verifyServiceCaller } from '../kernel/service-auth';

const isDto = (v: unknown): v is ServiceDeliveryChangeDto =>
  typeof v === 'object' &&
  v !== null &&
  ['id', 'actionId', 'what', 'why', 'effectiveFrom'].every(
    (k) => typeof (v as Record<string, unknown>)[k] === 'string',
  );

const UUIDS = { message: 'id and actionId must be UUIDs', field: 'id' };

/** The body, as the input rules check and normalise it (ids lower-cased, texts trimmed). */
class ServiceDeliveryChangeBody implements ServiceDeliveryChangeDto {
  @IsUuidValue(UUIDS)
  id!: string;

  @IsUuidValue(UUIDS)
  actionId!: string;

  @RequiredText(4000)
  what!: string;

  @RequiredText(4000)
  why!: string;

  @IsCalendarDate()
  effectiveFrom!: string;
}

/** An agency's server reports a change to its service delivery, on behalf of the user who made it. */
export function serviceDeliveryChangeRoutes(services: CmServices): Record<string, RouteHandler> {
  return {
    [SERVICE_DELIVERY_CHANGES_PATH]: async (req, body) => {
      const caller = await verifyServiceCaller(req, body, services);
      const dto = checkInput(ServiceDeliveryChangeBody, parseJson(body, isDto));
      const change = await services.deliveryChanges.receive(
        caller.callerAgencyCode,
        caller.identity.userId,
        dto,
      );
      return { id: change.id, caseId: change.caseId };
    },
  };
}
