import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

/** How this agency delivers one plan action assigned to it. */
@Directive('@key(fields: "agencyCode actionId")')
@ObjectType('ActionDelivery', {
  description: 'How the responsible agency is delivering a plan action.',
})
@Entity('action_delivery')
export class ActionDelivery {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => DeliveryStatus)
  @Column('text')
  status!: DeliveryStatus;

  @Column('text', { name: 'key_worker_id', nullable: true })
  keyWorkerId!: string | null;

  @Field(() => Int)
  @Column('integer')
  version!: number;

  @Field(() => Date)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** A dated note of progress on a delivery, written by a key worker of the agency. */
@ObjectType('ProgressNote')
@Entity('progress_note')
export class ProgressNote {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => String)
  @Column('text')
  body!: string;

  @Column('text', { name: 'written_by' })
  writtenBy!: string;

  @Field(() => Date)
  @Column('timestamptz', { name: 'written_at' })
  writtenAt!: Date;
}
