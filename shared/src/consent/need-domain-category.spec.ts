import { CATEGORY_OF_DOMAIN, NEED_DOMAINS, categoryOfDomain } from './need-domain-category';

describe('the consent category of a domain of need', () => {
  it('maps every domain to its category', () => {
    expect(Object.keys(CATEGORY_OF_DOMAIN).sort()).toEqual([...NEED_DOMAINS].sort());
    expect(categoryOfDomain('SUBSTANCE_USE')).toBe('SUBSTANCE_USE');
    expect(categoryOfDomain('PSYCHOLOGICAL')).toBe('MENTAL_HEALTH');
  });

  it('leaves no domain, or one it does not know, uncategorised', () => {
    expect(categoryOfDomain(null)).toBeUndefined();
    expect(categoryOfDomain(undefined)).toBeUndefined();
    expect(categoryOfDomain('')).toBeUndefined();
    expect(categoryOfDomain('SPIRITUAL')).toBeUndefined();
    expect(categoryOfDomain('toString')).toBeUndefined();
  });
});
