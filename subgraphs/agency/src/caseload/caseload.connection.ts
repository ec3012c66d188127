import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@icp/shared';
import { ServiceUserRef } from '../federation/service-user.ref';
import { AttentionItem, CaseloadAction } from './caseload.type';

@ObjectType('CaseloadServiceUserConnection', {
  description:
    'The service users a key worker is assigned to, longest-standing assignment first, a page at a time. A node is null for a person of whom your agency may now see nothing (consent withdrawn), as for a person case-management does not know (ADR 0026).',
})
export class CaseloadServiceUserConnection extends ConnectionOf(
  ServiceUserRef,
  'CaseloadServiceUser',
  { noun: 'service user', nullableNode: true },
) {}

@ObjectType('CaseloadActionConnection', {
  description:
    'Open actions of a caseload, soonest due first (no due date last), a page at a time.',
})
export class CaseloadActionConnection extends ConnectionOf(CaseloadAction, 'CaseloadAction', {
  noun: 'open action',
}) {}

@ObjectType('AttentionItemConnection', {
  description:
    'What needs attention on a caseload: overdue actions, most overdue first, then meeting items, soonest first; a page at a time.',
})
export class AttentionItemConnection extends ConnectionOf(AttentionItem, 'AttentionItem', {
  noun: 'item',
}) {}
