import type { CmFeature } from '../feature';
import {
  ConsentResolver,
  ConsentVersionResolver,
  ServiceUserConsentsResolver,
  consentRecordSubject,
  consentVersionSubject,
} from './consent.resolver';
import { CategoryPreviewResolver, ConsentPreviewResolver, previewSubject } from './consent-preview';
import {
  EmergencyAccessResolver,
  ServiceUserEmergencyAccessResolver,
  emergencyAccessSubject,
} from '../emergency-access/emergency-access.resolver';

/** The consent register, its versions, previews, and emergency (break-glass) access. */
export const consentFeature: CmFeature = {
  resolvers: [
    ConsentResolver,
    ConsentVersionResolver,
    ServiceUserConsentsResolver,
    ConsentPreviewResolver,
    CategoryPreviewResolver,
    EmergencyAccessResolver,
    ServiceUserEmergencyAccessResolver,
  ],
  consentSubjects: {
    Consent: consentRecordSubject,
    ConsentVersion: consentVersionSubject,
    ConsentPreview: previewSubject,
    CategoryPreview: previewSubject,
    EmergencyAccess: emergencyAccessSubject,
  },
};
