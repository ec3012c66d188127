import {
  AgencyCallError,
  BadInputError,
  DomainError,
  STAFF_STATUS_PATH,
  postToAgency,
  type CaseManagementCredentials,
  type Directory,
  type Identity,
  type Logger,
  type StaffStatusDto,
  type StaffStatusResponseDto,
} from '@icp/shared';

/** A key worker a plan names, and the input field that names them. */
export interface NamedKeyWorker {
  agencyCode: string;
  keyWorkerId: string;
  /** e.g. `actions.keyWorkerId` */
  field: string;
}

/** What an agency says of one staff id: absent from the answer means not on its staff. */
export type StaffStanding = StaffStatusDto | null;

/**
 * Each agency's staff, as the agency itself says: case-management keeps no staff list, and asks
 * the responsible agency's own server (its internal route, signed with case-management's key)
 * whether the key workers a plan names are on its staff and active.
 */
export class AgencyStaff {
  constructor(
    private readonly directory: Directory,
    /** null when case-management has no signing key: then no agency can be asked. */
    private readonly credentials: CaseManagementCredentials | null,
    private readonly logger: Logger,
  ) {}

  /**
   * The standing of each of `staffIds` in one agency. Throws AgencyCallError when the agency is
   * not in the directory, case-management has no key, or the agency does not answer in time.
   */
  async standing(
    identity: Identity,
    agencyCode: string,
    staffIds: readonly string[],
  ): Promise<Map<string, StaffStanding>> {
    const ids = [...new Set(staffIds)];
    const out = new Map<string, StaffStanding>(ids.map((id) => [id, null]));
    if (ids.length === 0) return out;
    const agency = this.directory.agency(agencyCode);
    if (!agency)
      throw new AgencyCallError(agencyCode, `agency ${agencyCode} is not in the directory`);
    if (!this.credentials) {
      throw new AgencyCallError(agencyCode, 'case-management has no key to sign calls to agencies');
    }
    const answer = await postToAgency<StaffStatusResponseDto>(
      this.credentials,
      agency,
      STAFF_STATUS_PATH,
      { staffIds: ids },
      identity,
    );
    for (const s of Array.isArray(answer?.staff) ? answer.staff : []) {
      if (out.has(s.id)) out.set(s.id, s);
    }
    return out;
  }

  /**
   * Refuses, before anything is written, a plan that names a key worker who is not an active
   * member of the responsible agency's staff: BAD_USER_INPUT naming the field, with `reason`
   * KEY_WORKER_UNKNOWN or KEY_WORKER_INACTIVE (the first such key worker; the message names
   * every one). When an agency cannot be asked, nothing is written either: AGENCY_UNAVAILABLE
   * (fail closed: an unchecked name is not accepted). Agencies not in the directory are left to
   * the plan's own check of `responsibleAgencyCode`.
   */
  async requireActiveKeyWorkers(identity: Identity, named: readonly NamedKeyWorker[]) {
    const byAgency = new Map<string, NamedKeyWorker[]>();
    for (const n of named) {
      if (!this.directory.agency(n.agencyCode)) continue;
      byAgency.set(n.agencyCode, [...(byAgency.get(n.agencyCode) ?? []), n]);
    }
    const answers = await Promise.all(
      [...byAgency].map(async ([agencyCode, list]) => {
        try {
          return {
            agencyCode,
            list,
            standing: await this.standing(
              identity,
              agencyCode,
              list.map((n) => n.keyWorkerId),
            ),
          };
        } catch (error) {
          if (!(error instanceof AgencyCallError)) throw error;
          this.logger.warn({ agency: agencyCode, reason: error.message }, 'staff check failed');
          throw new DomainError(
            'AGENCY_UNAVAILABLE',
            `Agency ${agencyCode} could not confirm its key worker ${list[0]!.keyWorkerId}; nothing was changed, try again later`,
            { agencyCode, field: list[0]!.field, reason: 'KEY_WORKER_UNCONFIRMED' },
          );
        }
      }),
    );
    const problems = answers.flatMap(({ agencyCode, list, standing }) =>
      list.flatMap((n) => {
        const s = standing.get(n.keyWorkerId);
        if (s?.active) return [];
        return [
          {
            ...n,
            reason: s ? 'KEY_WORKER_INACTIVE' : 'KEY_WORKER_UNKNOWN',
            message: s
              ? `${n.field}: ${n.keyWorkerId} has been deactivated by ${agencyCode}`
              : `${n.field}: ${n.keyWorkerId} is not on the staff of ${agencyCode}`,
          },
        ];
      }),
    );
    const first = problems[0];
    if (first) {
      throw new BadInputError(
        problems.length === 1
          ? `${first.message}; name an active key worker of the responsible agency`
          : `Key workers must be active staff of the responsible agency: ${problems.map((p) => p.message).join('; ')}`,
        {
          field: first.field,
          reason: first.reason,
          agencyCode: first.agencyCode,
          id: first.keyWorkerId,
        },
      );
    }
  }
}
