import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { UUIDScalar } from '@icp/shared';

/**
 * A person receiving care, known across agencies by a pseudonymous id. Identity details live in
 * their own table and are read only after consent is proven.
 */
@Directive('@key(fields: "id")')
@ObjectType('ServiceUser', {
  description:
    'A person receiving care, known across agencies by a pseudonym. Who they are (names, date of birth, phone) is shared only under their consent to IDENTITY; their cases under CARE_PLAN_SUMMARY. The agency holding their record (the lead agency of their open case, else the agency that registered them) reads everything.',
})
@Entity('service_user')
export class ServiceUser {
  @Field(() => UUIDScalar, { description: 'The service user’s id: safe to show without consent.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, {
    description:
      'Pseudonymous reference (such as SU-4821), safe to show without consent: it names no one.',
  })
  @Column('text')
  pseudonym!: string;

  @Column('text', { name: 'registered_by_agency' })
  registeredByAgencyCode!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

@Entity('service_user_identity')
export class ServiceUserIdentity {
  @PrimaryColumn('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'given_name' })
  givenName!: string;

  @Column('text', { name: 'family_name' })
  familyName!: string;

  @Column('date', { name: 'date_of_birth', nullable: true })
  dateOfBirth!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;
}
