import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** How a staff record came to be. */
export enum StaffRecordOrigin {
  /** Written with the demo data, or before staff were managed. */
  SEED = 'SEED',
  /** Added by the agency's administrator. */
  ADMIN = 'ADMIN',
  /** Provisioned from the user's token at their first sign-in. */
  SIGN_IN = 'SIGN_IN',
}
registerEnumType(StaffRecordOrigin, {
  name: 'StaffRecordOrigin',
  description: 'How a staff record came to be: seeded, added by an administrator, or at sign-in.',
});

/** A member of this agency's staff. Staff data, not service-user data: no consent category. */
@Directive('@key(fields: "agencyCode id")')
@ObjectType('KeyWorker', { description: "A member of an agency's staff." })
@Entity('key_worker')
export class KeyWorker {
  /** Filled from the instance's own code; every agency entity key carries it. */
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  @PrimaryColumn('text')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { description: 'KEY_WORKER, CASE_MANAGER, SUPERVISOR, ...' })
  @Column('text')
  role!: string;

  @Column('text', { name: 'supervisor_id', nullable: true })
  supervisorId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  phone!: string | null;

  @Field(() => Boolean, {
    description:
      'false once deactivated by the agency administrator: kept for the record, given no new work.',
  })
  @Column('boolean')
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the record was deactivated, if it is.' })
  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  @Column('text', { name: 'deactivated_by', nullable: true })
  deactivatedBy!: string | null;

  @Field(() => StaffRecordOrigin)
  @Column('text', { name: 'provisioned_by' })
  provisionedBy!: StaffRecordOrigin;
}
