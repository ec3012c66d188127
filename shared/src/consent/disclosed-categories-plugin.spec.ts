import {
  DISCLOSED_CATEGORIES_EXTENSION,
  categoriesOf,
  readDisclosedCategories,
} from './disclosed-categories-plugin';
import { REDISCLOSURE_NOTICE_TEXT, redisclosureNotice } from './redisclosure-notice';

describe('disclosed categories', () => {
  it('lists each category of the disclosures once, in the fixed order, without uncategorised ones', () => {
    expect(
      categoriesOf([
        { category: 'SUBSTANCE_USE' },
        { category: null },
        { category: 'IDENTITY' },
        { category: 'SUBSTANCE_USE' },
      ]),
    ).toEqual(['IDENTITY', 'SUBSTANCE_USE']);
    expect(categoriesOf([])).toEqual([]);
  });

  it('reads only known categories from a subgraph extension', () => {
    expect(
      readDisclosedCategories({
        [DISCLOSED_CATEGORIES_EXTENSION]: ['SUBSTANCE_USE', 'NOPE', 3, 'LEGAL_AND_JUSTICE'],
      }),
    ).toEqual(['SUBSTANCE_USE', 'LEGAL_AND_JUSTICE']);
    expect(readDisclosedCategories({ [DISCLOSED_CATEGORIES_EXTENSION]: 'SUBSTANCE_USE' })).toEqual(
      [],
    );
    expect(readDisclosedCategories(undefined)).toEqual([]);
  });
});

describe('redisclosureNotice', () => {
  it('is given when substance use was disclosed, naming only that category', () => {
    expect(redisclosureNotice(['IDENTITY', 'SUBSTANCE_USE'])).toEqual({
      code: '42_CFR_PART_2',
      categories: ['SUBSTANCE_USE'],
      text: REDISCLOSURE_NOTICE_TEXT,
    });
  });

  it('is not given for other categories, or nothing', () => {
    expect(redisclosureNotice(['IDENTITY', 'MENTAL_HEALTH', 'LEGAL_AND_JUSTICE'])).toBeNull();
    expect(redisclosureNotice([])).toBeNull();
  });
});
