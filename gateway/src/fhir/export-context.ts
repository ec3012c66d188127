/**
 * What every mapper of the FHIR export shares: where the GraphQL answer withheld something (the
 * errors beside a null field), and the agencies and staff the exported resources refer to, so
 * that the bundle carries one Organization and one Practitioner for each.
 */
import { createHash } from 'node:crypto';
import type { Extension, Organization, Practitioner, Reference } from '@medplum/fhirtypes';
import type { AgencyData, StaffData } from './plan-export.data';
import { DATA_ABSENT_REASON_URL } from './terminology';

/** A GraphQL error at a field, as the export sees it. */
export interface FieldError {
  path: readonly (string | number)[];
  code: string;
  /** The consent category refused (CONSENT_REQUIRED). */
  category?: string;
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** A FHIR id for a product id that may not be one (staff ids are any identity provider's `sub`). */
export function fhirId(value: string): string {
  return FHIR_ID.test(value)
    ? value
    : createHash('sha256').update(value).digest('hex').slice(0, 40);
}

/** Staff ids are unique within their agency only. */
const staffKey = (s: Pick<StaffData, 'agencyCode' | 'id'>) => `${s.agencyCode}\u0000${s.id}`;

export class ExportContext {
  private readonly errors: { key: string; error: FieldError }[];
  /** Agencies the resources refer to, by code. */
  readonly agencies = new Set<string>();
  /** Staff the resources refer to, by agency and id. */
  readonly staff = new Map<string, StaffData>();

  constructor(
    errors: readonly FieldError[],
    readonly directory: ReadonlyMap<string, AgencyData>,
  ) {
    this.errors = errors.map((error) => ({ key: error.path.join('.'), error }));
  }

  /** The errors at `path` or anywhere under it. */
  errorsUnder(path: readonly (string | number)[]): FieldError[] {
    const p = path.join('.');
    return this.errors
      .filter(({ key }) => key === p || key.startsWith(`${p}.`))
      .map(({ error }) => error);
  }

  /** Whether the caller's consents withheld anything at or under `path`. */
  withheldUnder(path: readonly (string | number)[]): boolean {
    return this.errorsUnder(path).some((e) => e.code === 'CONSENT_REQUIRED');
  }

  /**
   * Why a field at exactly `path` has no value, as a data-absent-reason code: `masked` when the
   * caller's consents withheld it, `unknown` when its source could not answer, none when the
   * answer simply had no value there.
   */
  absentReason(path: readonly (string | number)[]): 'masked' | 'unknown' | undefined {
    const p = path.join('.');
    const at = this.errors.filter(({ key }) => key === p).map(({ error }) => error);
    if (at.some((e) => e.code === 'CONSENT_REQUIRED')) return 'masked';
    return at.length > 0 ? 'unknown' : undefined;
  }

  organization(code: string): Reference<Organization> {
    this.agencies.add(code);
    const name = this.directory.get(code)?.name;
    return { reference: `Organization/${fhirId(code)}`, ...(name ? { display: name } : {}) };
  }

  practitioner(s: StaffData): Reference<Practitioner> {
    this.staff.set(staffKey(s), s);
    this.agencies.add(s.agencyCode);
    return {
      reference: `Practitioner/${practitionerId(s)}`,
      ...(s.name ? { display: s.name } : {}),
    };
  }
}

/** A practitioner's id: their agency and staff id together, which are unique only so. */
export function practitionerId(s: Pick<StaffData, 'agencyCode' | 'id'>): string {
  return createHash('sha256').update(staffKey(s)).digest('hex').slice(0, 40);
}

/** The data-absent-reason extension (FHIR core) with one code. */
export function dataAbsent(code: 'masked' | 'unknown'): Extension {
  return { url: DATA_ABSENT_REASON_URL, valueCode: code };
}
