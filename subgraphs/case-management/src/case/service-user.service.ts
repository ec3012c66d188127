import { isUuid, type UnitOfWork } from '@icp/shared';

export class ServiceUserService {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * The agency that holds a service user's case-management record: the lead agency of the open
   * case, or the registering agency when no case is open. null when there is no such person.
   */
  async holderAgencyCode(serviceUserId: string): Promise<string | null> {
    if (!isUuid(serviceUserId)) return null;
    const rows: { holder: string }[] = await this.uow.manager.query(
      `SELECT COALESCE(
          (SELECT lead_agency_code FROM care_case WHERE service_user_id = su.id AND status <> 'CLOSED'),
          su.registered_by_agency) AS holder
         FROM service_user su WHERE su.id = $1`,
      [serviceUserId],
    );
    return rows[0]?.holder ?? null;
  }
}
