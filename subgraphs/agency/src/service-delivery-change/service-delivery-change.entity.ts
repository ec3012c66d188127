import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { LocalDateScalar, UUIDScalar, consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A change to what this agency delivers compared with what the plan agreed. */
@ObjectType('AgencyServiceDeliveryChange', {
  description:
    "A change to what an agency delivers on a plan action compared with what the plan agreed, as that agency recorded it (case-management was told: see ServiceDeliveryChange there). Read by the agency's own staff.",
})
@Entity('service_delivery_change')
export class AgencyServiceDeliveryChange {
  @Field(() => UUIDScalar, {
    description: "The change's id: the same in case-management's ServiceDeliveryChange.",
  })
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'The plan action (PlanAction.id). Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What changes in what the agency delivers. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('text')
  what!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it changes. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('text')
  why!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day the change takes effect. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the change was recorded. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
