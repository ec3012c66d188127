import { ServiceUserBindingError, serviceUserBinding } from './service-user-binding';
import type { Role } from './roles';

const ID = '7B0C6A2E-1D4F-4C1A-9A57-3F0E2C8D1A01';
const all = new Set<Role>(['KEY_WORKER', 'CASE_MANAGER', 'SERVICE_USER']);

describe('serviceUserBinding (ADR 0049)', () => {
  it('binds a SERVICE_USER token to its lower-cased service-user id; staff tokens to no one', () => {
    expect(serviceUserBinding(['SERVICE_USER'], ID, all)).toBe(ID.toLowerCase());
    expect(serviceUserBinding(['CASE_MANAGER'], undefined, all)).toBeUndefined();
  });

  it.each([
    ['the role without the claim', ['SERVICE_USER'], undefined, all],
    ['the claim without the role', ['KEY_WORKER'], ID, all],
    ['a claim that is not an id', ['SERVICE_USER'], 'SU-1001', all],
    ['a staff role as well', ['SERVICE_USER', 'CASE_MANAGER'], ID, all],
    ['an agency that may not grant it', ['SERVICE_USER'], ID, new Set<Role>(['KEY_WORKER'])],
  ] as [string, Role[], unknown, Set<Role>][])('refuses %s', (_why, roles, claim, grantable) => {
    expect(() => serviceUserBinding(roles, claim, grantable)).toThrow(ServiceUserBindingError);
  });
});
