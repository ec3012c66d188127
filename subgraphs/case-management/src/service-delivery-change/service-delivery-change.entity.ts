import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { LocalDateScalar, UUIDScalar, consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

/**
 * "Any changes to service delivery from what was agreed in the care plan … should be communicated
 * to the case manager": an agency's change, sent from its own server, until acknowledged.
 */
@ObjectType('ServiceDeliveryChange', {
  description:
    'A change an agency made to its service delivery from what the care plan agreed, sent from its own server to the case manager, until acknowledged. Held by the case’s lead agency.',
})
@Entity('service_delivery_change')
export class ServiceDeliveryChange {
  @Field(() => UUIDScalar, { description: 'The change’s id (given by the agency’s server).' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'action_id', nullable: true })
  actionId!: string | null;

  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Field(() => String, {
    nullable: true,
    description: S('What changes in what the agency delivers.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  what!: string;

  @Field(() => String, { nullable: true, description: S('Why it changes.') })
  @Directive(SUMMARY)
  @Column('text')
  why!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: S('The day the change applies from.'),
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Field(() => Date, { nullable: true, description: S('When the agency recorded it.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the case manager acknowledged it; null until then.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;
}
