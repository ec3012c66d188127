import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

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
}
