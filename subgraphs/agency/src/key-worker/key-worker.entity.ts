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
  valuesConfig: {
    SEED: { description: 'Written with the demo data, or before staff were managed.' },
    ADMIN: { description: "Added by the agency's administrator (addStaffMember)." },
    SIGN_IN: { description: "Made from the user's token at their first sign-in." },
  },
});

/** A member of this agency's staff. Staff data, not service-user data: no consent category. */
@Directive('@key(fields: "agencyCode id")')
@ObjectType('KeyWorker', {
  description:
    "A member of an agency's staff (a key worker, case manager or supervisor), from that agency's own staff list. Staff data, not a service user's: no consent category.",
})
@Entity('key_worker')
export class KeyWorker {
  /** Filled from the instance's own code; every agency entity key carries it. */
  @Field(() => ID, { description: 'The code of the agency whose staff they are.' })
  agencyCode!: string;

  @Field(() => ID, {
    description:
      "Their user id in their agency's identity provider (the `sub` of their tokens): issued by the agency, not a UUID.",
  })
  @PrimaryColumn('text')
  id!: string;

  @Field(() => String, { description: 'Their name, as the agency records it.' })
  @Column('text')
  name!: string;

  @Field(() => String, {
    description:
      'Their role in the agency: a StaffRole name (KEY_WORKER, CASE_MANAGER, SUPERVISOR) or another the agency gave.',
  })
  @Column('text')
  role!: string;

  @Column('text', { name: 'supervisor_id', nullable: true })
  supervisorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Their work email; null when not recorded.' })
  @Column('text', { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Their work phone; null when not recorded.' })
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

  @Field(() => StaffRecordOrigin, { description: 'How the record came to be.' })
  @Column('text', { name: 'provisioned_by' })
  provisionedBy!: StaffRecordOrigin;
}
