import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@icp/shared';
import { Case } from './case.entity';
import { CaseTransfer } from './case-history.entity';

/** Pages of cases (myCases). */
@ObjectType('CaseConnection', { description: 'A page of cases, with the cursor to the next page.' })
export class CaseConnection extends ConnectionOf(Case, 'Case', { noun: 'case' }) {}

/** Pages of case transfers (the worklist's transfers awaiting acceptance). */
@ObjectType('CaseTransferConnection', {
  description: 'A page of case transfers, with the cursor to the next page.',
})
export class CaseTransferConnection extends ConnectionOf(CaseTransfer, 'CaseTransfer', {
  noun: 'case transfer',
}) {}
