import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/**
 * "Any changes to service delivery from what was agreed in the care plan … should be communicated
 * to the case manager": an agency's change, sent from its own server, until acknowledged.
 */
@ObjectType('ServiceDeliveryChange')
@Entity('service_delivery_change')
export class ServiceDeliveryChange {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'action_id', nullable: true })
  actionId!: string | null;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Field(() => String, { nullable: true, description: 'What changes in what the agency delivers.' })
  @Directive(SUMMARY)
  @Column('text')
  what!: string;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  why!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Directive(SUMMARY)
  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;
}
