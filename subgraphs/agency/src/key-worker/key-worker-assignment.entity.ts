import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/**
 * A key worker of this agency assigned to a service user. Ended assignments stay as history. That
 * a person is on someone's caseload is data about that person, so the fields are @consent.
 */
@ObjectType('KeyWorkerAssignment', {
  description:
    'A key worker of an agency assigned to work with a service user; ended assignments stay as history. Held by that agency, read by its own staff.',
})
@Entity('key_worker_assignment')
export class KeyWorkerAssignment {
  @Field(() => UUIDScalar, { description: "The assignment's id." })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'key_worker_id' })
  keyWorkerId!: string;

  @Column('text', { name: 'assigned_by' })
  assignedBy!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the key worker was assigned. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'assigned_at' })
  assignedAt!: Date;

  @Column('text', { name: 'ended_by', nullable: true })
  endedBy!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the assignment ended; null while it lasts. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;
}
