/**
 * Fixed ids of the demo federation, shared by the subgraphs' demo seeds so that a plan in
 * case-management and the deliveries in each agency's own database line up. Fictional people.
 */
export const DEMO = {
  agencies: {
    CDAS: {
      code: 'CDAS',
      name: 'Northside Community Drug and Alcohol Service',
      kind: 'DRUG_AND_ALCOHOL',
    },
    PROB: { code: 'PROB', name: 'Probation Service, Dublin North', kind: 'PROBATION' },
    HSEM: { code: 'HSEM', name: 'Riverside HSE Methadone Clinic', kind: 'HSE_METHADONE' },
  },
  staff: {
    aoife: { agencyCode: 'CDAS', id: 'cdas-aoife', name: 'Aoife Byrne', role: 'CASE_MANAGER' },
    sean: { agencyCode: 'CDAS', id: 'cdas-sean', name: 'Seán Kelly', role: 'SUPERVISOR' },
    declan: { agencyCode: 'PROB', id: 'prob-declan', name: 'Declan Walsh', role: 'KEY_WORKER' },
    grainne: { agencyCode: 'PROB', id: 'prob-grainne', name: 'Gráinne Murphy', role: 'SUPERVISOR' },
    niamh: { agencyCode: 'HSEM', id: 'hsem-niamh', name: 'Niamh O’Brien', role: 'KEY_WORKER' },
    padraig: { agencyCode: 'HSEM', id: 'hsem-padraig', name: 'Pádraig Ryan', role: 'SUPERVISOR' },
  },
  serviceUsers: {
    jamie: { id: '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a01', pseudonym: 'SU-1001' },
    chloe: { id: '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a02', pseudonym: 'SU-1002' },
    alex: { id: '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a03', pseudonym: 'SU-1003' },
  },
  /**
   * The demo service users' own sign-in accounts (ADR 0049), each at the agency leading their
   * open case (CDAS leads all three): the account's id is their token's subject, and the token
   * binds it to the person's service-user id (`service_user_id`) with the SERVICE_USER role.
   */
  serviceUserAccounts: {
    jamie: { agencyCode: 'CDAS', id: 'cdas-su-1001', name: 'Jamie Doyle', serviceUser: 'jamie' },
    chloe: { agencyCode: 'CDAS', id: 'cdas-su-1002', name: 'Chloe Nolan', serviceUser: 'chloe' },
    alex: { agencyCode: 'CDAS', id: 'cdas-su-1003', name: 'Alex Byrne', serviceUser: 'alex' },
  },
  cases: {
    jamie: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b01',
    chloe: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b02',
    /** Alex's first case, closed at an exit meeting. */
    alexClosed: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b03',
    /** Alex's case after re-engaging, linked to the closed one. */
    alex: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b04',
  },
  plans: {
    jamie: 'c3a1e5b7-2f4d-4a8c-9e6b-1d3f5a7c9e01',
    chloe: 'c3a1e5b7-2f4d-4a8c-9e6b-1d3f5a7c9e02',
  },
  actions: {
    jamieRelapsePrevention: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b01',
    jamieProbationSupervision: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b02',
    jamieMethadone: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b03',
    chloeHousing: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b04',
  },
} as const;
