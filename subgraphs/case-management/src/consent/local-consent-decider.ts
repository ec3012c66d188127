import type { DataSource } from 'typeorm';
import {
  isConsentCategory,
  isUuid,
  type ConsentCategory,
  type ConsentDecider,
  type ConsentDecision,
} from '@icp/shared';

/**
 * The consent decision service: for a reading agency and a moment, which categories of each
 * service user's data it may read, and under which consents. One query for the whole batch.
 */
export class LocalConsentDecider implements ConsentDecider {
  constructor(private readonly ds: DataSource) {}

  async decide(
    reader: string,
    serviceUserIds: readonly string[],
    at: Date,
  ): Promise<ConsentDecision[]> {
    const ids = [...new Set(serviceUserIds.filter(isUuid))];
    const grants = new Map<string, Map<ConsentCategory, string[]>>(
      ids.map((id) => [id, new Map()]),
    );
    if (ids.length > 0) {
      const rows: { id: string; service_user_id: string; categories: string[] }[] =
        await this.ds.query(
          `SELECT id, service_user_id, categories FROM consent
          WHERE service_user_id = ANY($1::uuid[]) AND recipient_agency_code = $2
            AND status = 'ACTIVE' AND valid_from <= $3 AND (valid_until IS NULL OR valid_until > $3)
          ORDER BY recorded_at`,
          [ids, reader, at],
        );
      for (const row of rows) {
        const byCategory = grants.get(row.service_user_id)!;
        for (const c of row.categories) {
          if (!isConsentCategory(c)) continue;
          byCategory.set(c, [...(byCategory.get(c) ?? []), row.id]);
        }
      }
    }
    return serviceUserIds.map((id) => ({ serviceUserId: id, grants: grants.get(id) ?? new Map() }));
  }
}
