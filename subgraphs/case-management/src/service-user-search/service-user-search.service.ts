import {
  BadInputError,
  ForbiddenError,
  grantsFor,
  type ConsentDecider,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import type { LikelyDuplicates, PersonToRegister } from '../case/case-ports';

/** What to look for; every criterion given must match. */
export interface ServiceUserCriteria {
  /** Matches names that start with it, as compared (name-key.ts). */
  givenName?: string | null;
  familyName?: string | null;
  /** YYYY-MM-DD, exactly. */
  dateOfBirth?: string | null;
  /** e.g. SU-1001, exactly (any case). */
  pseudonym?: string | null;
}

/** A person found: one the searching agency may see. */
export interface FoundServiceUser {
  serviceUserId: string;
  /** The agency holds the person's record (else it reads who they are by their consent). */
  heldByYourAgency: boolean;
  /** The agency that holds the person's record. */
  holderAgencyCode: string;
}

interface CandidateRow {
  id: string;
  holder: string;
}

/** How many candidates are judged at a time. */
const PAGE = 200;

/** At most this many likely duplicates are named. */
const MAX_DUPLICATES = 20;

/** The shortest name part searched for, as compared (name-key.ts). */
const MIN_NAME_KEY = 2;

/**
 * Finding service users without exposing anyone (ADR 0036): a search, and the duplicate check at
 * registration, only ever consider the people the agency may already see who they are: those
 * whose record it holds (the lead agency of their open case, else the agency that registered
 * them), and those whose consent lets it read their IDENTITY for care coordination, as the consent
 * decision service (the same decider every field read uses, deny provisions included) says for
 * the agency. A break-glass access is personal and for one person: it does not widen a search.
 *
 * Candidates are read in a fixed order and judged a page at a time until enough are seen, so what
 * a search returns never depends on the people it may not see: with or without them, the answer
 * is the same.
 */
export class ServiceUserSearch implements LikelyDuplicates {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
    private readonly decider: ConsentDecider,
  ) {}

  async search(
    identity: Identity,
    criteria: ServiceUserCriteria,
    first: number,
  ): Promise<FoundServiceUser[]> {
    if (!identity.roles.some((r) => r === 'CASE_MANAGER' || r === 'KEY_WORKER')) {
      throw new ForbiddenError(
        'Searching for service users needs the case manager or key worker role',
      );
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length + 2}`;
    };
    const givenName = criteria.givenName?.trim();
    const familyName = criteria.familyName?.trim();
    if (givenName)
      where.push(await this.namePrefix('i.given_name_key', givenName, 'givenName', param));
    if (familyName)
      where.push(await this.namePrefix('i.family_name_key', familyName, 'familyName', param));
    if (criteria.dateOfBirth) where.push(`i.date_of_birth = ${param(criteria.dateOfBirth)}::date`);
    if (criteria.pseudonym?.trim())
      where.push(`upper(su.pseudonym) = upper(${param(criteria.pseudonym.trim())})`);
    if (where.length === 0) {
      throw new BadInputError(
        'Give at least one of givenName, familyName, dateOfBirth or pseudonym',
        { field: 'input' },
      );
    }
    return this.visibleMatches(identity.agencyCode, where.join(' AND '), params, first);
  }

  /**
   * The people the agency may see who are likely the person being registered: the same names, as
   * compared, and the same date of birth (or no date of birth on either side). In the caller's
   * transaction, serialised per name (an advisory lock held to its end), so two registrations of
   * the same person at once do not both miss each other.
   */
  async likelyDuplicates(agencyCode: string, person: PersonToRegister): Promise<string[]> {
    if (this.uow.inTransaction) {
      await this.uow.manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('service_user:' || icp_name_key($1) || ':' || icp_name_key($2)))`,
        [person.familyName, person.givenName],
      );
    }
    const found = await this.visibleMatches(
      agencyCode,
      `i.family_name_key = icp_name_key($3) AND i.given_name_key = icp_name_key($4)
       AND (i.date_of_birth IS NULL OR $5::date IS NULL OR i.date_of_birth = $5::date)`,
      [person.familyName, person.givenName, person.dateOfBirth],
      MAX_DUPLICATES,
    );
    return found.map((f) => f.serviceUserId);
  }

  /** A name prefix condition; BAD_USER_INPUT when the name has under two letters as compared. */
  private async namePrefix(
    column: string,
    name: string,
    field: string,
    param: (value: unknown) => string,
  ): Promise<string> {
    const [row] = await this.uow.manager.query<{ key: string | null }[]>(
      `SELECT icp_name_key($1) AS key`,
      [name],
    );
    const key = row?.key;
    if (!key || key.length < MIN_NAME_KEY) {
      throw new BadInputError(`${field} needs at least ${MIN_NAME_KEY} letters`, { field });
    }
    return `${column} LIKE ${param(key.replace(/[%_\\]/g, ''))} || '%'`;
  }

  /**
   * The first `limit` people matching `condition` (over `su` and its identity `i`; its own
   * parameters from $3) whom the agency may see, in name order. Only people the agency holds or
   * who have a consent naming it or its kind of agency are candidates at all (no one else can be
   * seen); each candidate page is then judged by the consent decider.
   */
  private async visibleMatches(
    agencyCode: string,
    condition: string,
    params: unknown[],
    limit: number,
  ): Promise<FoundServiceUser[]> {
    const agency = this.directory.agency(agencyCode);
    if (!agency) return [];
    const found: FoundServiceUser[] = [];
    for (let offset = 0; found.length < limit; offset += PAGE) {
      const rows: CandidateRow[] = await this.uow.manager.query(
        `SELECT su.id, COALESCE(
                  (SELECT lead_agency_code FROM care_case
                    WHERE service_user_id = su.id AND status <> 'CLOSED' LIMIT 1),
                  su.registered_by_agency) AS holder
           FROM service_user su
           JOIN service_user_identity i ON i.service_user_id = su.id
          WHERE (${condition})
            AND (COALESCE(
                   (SELECT lead_agency_code FROM care_case
                     WHERE service_user_id = su.id AND status <> 'CLOSED' LIMIT 1),
                   su.registered_by_agency) = $1
                 OR EXISTS (SELECT 1 FROM consent c WHERE c.service_user_id = su.id
                             AND (c.recipient_agency_code = $1 OR c.recipient_agency_kind = $2)))
          ORDER BY i.family_name_key, i.given_name_key, i.date_of_birth NULLS LAST, su.id
          LIMIT ${PAGE} OFFSET ${offset}`,
        [agency.code, agency.kind, ...params],
      );
      const others = rows.filter((r) => r.holder !== agency.code).map((r) => r.id);
      const decisions =
        others.length > 0
          ? await this.decider.decide({ agencyCode: agency.code, userId: null }, others, new Date())
          : [];
      const mayRead = new Set(
        decisions
          .filter((d) => grantsFor(d, 'CARE_COORDINATION').has('IDENTITY'))
          .map((d) => d.serviceUserId),
      );
      for (const r of rows) {
        const held = r.holder === agency.code;
        if ((held || mayRead.has(r.id)) && found.length < limit) {
          found.push({ serviceUserId: r.id, heldByYourAgency: held, holderAgencyCode: r.holder });
        }
      }
      if (rows.length < PAGE) break;
    }
    return found;
  }
}
