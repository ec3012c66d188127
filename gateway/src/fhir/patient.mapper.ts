/**
 * Patient: the service user, by their pseudonymous id always, and by name, date of birth and
 * phone only as far as the caller may read who they are (IDENTITY).
 */
import type { Patient } from '@medplum/fhirtypes';
import type { ExportContext } from './export-context';
import type { ServiceUserData } from './plan-export.data';
import { metaFor } from './security-labels';
import { ICP_SYSTEMS } from './terminology';

export function patient(
  su: ServiceUserData,
  path: readonly (string | number)[],
  ctx: ExportContext,
): Patient {
  const identityWithheld = ['givenName', 'familyName', 'dateOfBirth', 'phone'].some(
    (f) => ctx.absentReason([...path, f]) === 'masked',
  );
  const given = su.givenName ? [su.givenName] : undefined;
  const named = given !== undefined || su.familyName !== null;
  return {
    resourceType: 'Patient',
    id: su.id,
    meta: metaFor(['IDENTITY'], { redacted: identityWithheld }),
    identifier: [
      { system: ICP_SYSTEMS.serviceUser, value: su.id },
      ...(su.pseudonym ? [{ system: ICP_SYSTEMS.pseudonym, value: su.pseudonym }] : []),
    ],
    ...(named
      ? {
          name: [
            { ...(given ? { given } : {}), ...(su.familyName ? { family: su.familyName } : {}) },
          ],
        }
      : {}),
    ...(su.dateOfBirth ? { birthDate: su.dateOfBirth } : {}),
    ...(su.phone ? { telecom: [{ system: 'phone', value: su.phone }] } : {}),
  };
}
