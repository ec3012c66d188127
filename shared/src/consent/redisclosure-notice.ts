import type { ConsentCategory } from './consent-category';

/** The categories whose disclosure carries the re-disclosure notice. */
export const REDISCLOSURE_CATEGORIES: readonly ConsentCategory[] = ['SUBSTANCE_USE'];

/**
 * The re-disclosure notice of 42 CFR Part 2 §2.32, adapted to Irish practice (consent under the
 * National Drug Rehabilitation Framework; health data under the GDPR and the Data Protection Act
 * 2018). One text for every place that discloses substance-use information: API responses
 * (`extensions.redisclosureNotice`) and printed plan copies.
 */
export const REDISCLOSURE_NOTICE_TEXT =
  'This information has been disclosed to you from records protected by confidentiality rules ' +
  'for substance use information (modelled on 42 CFR Part 2, \u00a72.32, and applied with the ' +
  'GDPR and the Data Protection Act 2018). You are prohibited from making any further disclosure ' +
  'of information in this record that identifies a person as having or having had a substance ' +
  'use problem, or as being treated for one, whether directly, by reference to other available ' +
  'information, or by confirming it to another person, without the written consent of the person ' +
  'it concerns, except as the law requires or permits. A general consent to the release of ' +
  'health or other information is not sufficient for this purpose. This information must not be ' +
  'used to investigate or prosecute the person it concerns for a criminal offence, except as the ' +
  'law requires.';

export interface RedisclosureNotice {
  code: '42_CFR_PART_2';
  /** The protected categories disclosed in the response. */
  categories: ConsentCategory[];
  text: string;
}

/** The notice a response must carry, given the categories it disclosed; null when none. */
export function redisclosureNotice(
  disclosed: Iterable<ConsentCategory>,
): RedisclosureNotice | null {
  const seen = new Set(disclosed);
  const categories = REDISCLOSURE_CATEGORIES.filter((c) => seen.has(c));
  return categories.length > 0
    ? { code: '42_CFR_PART_2', categories, text: REDISCLOSURE_NOTICE_TEXT }
    : null;
}
