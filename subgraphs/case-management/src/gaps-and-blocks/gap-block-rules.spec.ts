import type { Identity, Role } from '@icp/shared';
import { actingRole, escalationFloor, formText } from './gap-block-rules';

const who = (agencyCode: string, ...roles: Role[]): Identity => ({
  agencyCode,
  userId: 'u',
  roles,
  requestId: 'r',
});
const at = (level: number) => ({ level, raisedByAgencyCode: 'CDAS' });

describe('Gaps and Blocks rules', () => {
  it.each<[string, Identity, number, Role | null]>([
    ['a key worker of the raising agency at level 1', who('CDAS', 'KEY_WORKER'), 1, 'KEY_WORKER'],
    [
      'a case manager of the raising agency at level 1',
      who('CDAS', 'CASE_MANAGER'),
      1,
      'CASE_MANAGER',
    ],
    ['a key worker of another agency at level 1', who('PROB', 'KEY_WORKER'), 1, null],
    ['a supervisor of the raising agency at level 1', who('CDAS', 'SUPERVISOR'), 1, null],
    ['a supervisor of the raising agency at level 2', who('CDAS', 'SUPERVISOR'), 2, 'SUPERVISOR'],
    ['a supervisor of another agency at level 2', who('PROB', 'SUPERVISOR'), 2, null],
    ['a key worker of the raising agency at level 2', who('CDAS', 'KEY_WORKER'), 2, null],
    [
      'a rehabilitation co-ordinator of any agency at level 3',
      who('RDTF', 'REHAB_COORDINATOR'),
      3,
      'REHAB_COORDINATOR',
    ],
    ['a supervisor at level 3', who('CDAS', 'SUPERVISOR'), 3, null],
    ['the national co-ordinator at level 3', who('NDRC', 'NATIONAL_COORDINATOR'), 3, null],
    [
      'the national co-ordinator at level 4',
      who('NDRC', 'NATIONAL_COORDINATOR'),
      4,
      'NATIONAL_COORDINATOR',
    ],
    ['a rehabilitation co-ordinator at level 4', who('RDTF', 'REHAB_COORDINATOR'), 4, null],
  ])('gives %s the role it acts under, or none', (_case, identity, level, role) => {
    expect(actingRole(identity, at(level))).toBe(role);
  });

  it('raises the floor of the open-escalations list to each co-ordinator’s own levels', () => {
    expect(escalationFloor(who('RDTF', 'REHAB_COORDINATOR'), 1)).toBe(3);
    expect(escalationFloor(who('RDTF', 'REHAB_COORDINATOR'), 4)).toBe(4);
    expect(escalationFloor(who('NDRC', 'NATIONAL_COORDINATOR'), 3)).toBe(4);
    expect(() => escalationFloor(who('CDAS', 'SUPERVISOR'), 3)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    for (const bad of [0, 5, 2.5]) {
      expect(() => escalationFloor(who('RDTF', 'REHAB_COORDINATOR'), bad)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'minLevel' } }),
      );
    }
  });

  it('trims form texts and refuses empty or over-long ones naming the field', () => {
    expect(formText('  what was tried  ', 'whatTried')).toBe('what was tried');
    expect(formText('x'.repeat(4000), 'issue')).toHaveLength(4000);
    for (const bad of ['', '   ', 'x'.repeat(4001), null]) {
      expect(() => formText(bad, 'issue')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'issue' } }),
      );
    }
  });
});
