/** Path where an agency instance tells case-management of a change to its service delivery. */
export const SERVICE_DELIVERY_CHANGES_PATH = '/internal/service-delivery-changes';

/** A change to what an agency delivers compared with what the plan agreed. */
export interface ServiceDeliveryChangeDto {
  /** Made by the agency, so that a retried call records the change once. */
  id: string;
  actionId: string;
  what: string;
  why: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
}
