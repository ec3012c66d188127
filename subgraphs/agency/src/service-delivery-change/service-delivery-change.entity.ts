import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A change to what this agency delivers compared with what the plan agreed. */
@ObjectType('AgencyServiceDeliveryChange')
@Entity('service_delivery_change')
export class AgencyServiceDeliveryChange {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, { nullable: true })
  @Directive(SUMMARY)
  @Column('uuid', { name: 'action_id' })
  actionId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Field(() => String, { nullable: true })
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
}
