import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

export enum EmergencyReviewOutcome {
  /** The emergency justified reading beyond consent. */
  JUSTIFIED = 'JUSTIFIED',
  /** It did not: the lead agency follows it up as a breach under its own procedures. */
  NOT_JUSTIFIED = 'NOT_JUSTIFIED',
}
registerEnumType(EmergencyReviewOutcome, { name: 'EmergencyReviewOutcome' });

/**
 * Break-glass: one named user of one agency reads a service user's data beyond consent, for a
 * limited time, with a reason. Every read under it is audited as BREAK_GLASS; the case manager
 * is told, and the lead agency reviews it.
 */
@ObjectType('EmergencyAccess')
@Entity('emergency_access')
export class EmergencyAccess {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  /** The case open when access began, whose case manager was told. */
  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: 'The named user who broke the glass.' })
  @Directive(SUMMARY)
  @Column('text', { name: 'user_id' })
  userId!: string;

  @Field(() => ID, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Field(() => String, { nullable: true, description: 'The emergency, in their words.' })
  @Directive(SUMMARY)
  @Column('text')
  reason!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When access lapses unless ended sooner.' })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when ended before endsAt.' })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Field(() => EmergencyReviewOutcome, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'review_outcome', nullable: true })
  reviewOutcome!: EmergencyReviewOutcome | null;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'review_note', nullable: true })
  reviewNote!: string | null;

  @Field(() => String, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Column('text', { name: 'reviewed_by_agency', nullable: true })
  reviewedByAgencyCode!: string | null;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  /** Whether reads at `at` may rely on it. */
  inForceAt(at: Date): boolean {
    return this.endedAt === null && this.startedAt <= at && this.endsAt > at;
  }
}
