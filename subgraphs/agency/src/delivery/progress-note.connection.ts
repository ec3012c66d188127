import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@icp/shared';
import { ProgressNote } from './action-delivery.entity';

@ObjectType('ProgressNoteConnection', {
  description: "A delivery's progress notes, newest first, a page at a time.",
})
export class ProgressNoteConnection extends ConnectionOf(ProgressNote, 'ProgressNote', {
  noun: 'progress note',
}) {}
