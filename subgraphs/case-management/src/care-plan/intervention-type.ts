import { registerEnumType } from 'type-graphql';

/**
 * A small controlled list of kinds of intervention, so that two agencies delivering the same kind
 * to one service user can be seen ("avoid replication of services"). OTHER is never flagged.
 */
export enum InterventionType {
  KEY_WORKING = 'KEY_WORKING',
  COUNSELLING = 'COUNSELLING',
  GROUP_THERAPY = 'GROUP_THERAPY',
  OPIOID_SUBSTITUTION = 'OPIOID_SUBSTITUTION',
  DETOXIFICATION = 'DETOXIFICATION',
  HARM_REDUCTION = 'HARM_REDUCTION',
  HOUSING_SUPPORT = 'HOUSING_SUPPORT',
  PROBATION_SUPERVISION = 'PROBATION_SUPERVISION',
  GP_CARE = 'GP_CARE',
  MENTAL_HEALTH_TREATMENT = 'MENTAL_HEALTH_TREATMENT',
  EDUCATION_TRAINING_EMPLOYMENT = 'EDUCATION_TRAINING_EMPLOYMENT',
  FAMILY_SUPPORT = 'FAMILY_SUPPORT',
  OTHER = 'OTHER',
}
registerEnumType(InterventionType, {
  name: 'InterventionType',
  description:
    'The kind of intervention an action is; the same kind from two agencies is flagged as possible duplication.',
  valuesConfig: {
    KEY_WORKING: { description: 'Key working: regular one-to-one support by a key worker.' },
    COUNSELLING: { description: 'Counselling.' },
    GROUP_THERAPY: { description: 'Group therapy or group work.' },
    OPIOID_SUBSTITUTION: { description: 'Opioid substitution treatment (such as methadone).' },
    DETOXIFICATION: { description: 'Detoxification.' },
    HARM_REDUCTION: { description: 'Harm reduction (needle exchange, naloxone, advice).' },
    HOUSING_SUPPORT: { description: 'Housing support or tenancy sustainment.' },
    PROBATION_SUPERVISION: { description: 'Supervision by the probation service.' },
    GP_CARE: { description: 'Care by a general practitioner.' },
    MENTAL_HEALTH_TREATMENT: { description: 'Treatment by a mental health service.' },
    EDUCATION_TRAINING_EMPLOYMENT: { description: 'Education, training or employment support.' },
    FAMILY_SUPPORT: { description: 'Support for the family.' },
    OTHER: { description: 'Anything else; never flagged as duplication (the default).' },
  },
});
