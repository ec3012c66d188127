import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

export enum EmergencyReviewOutcome {
  /** The emergency justified reading beyond consent. */
  JUSTIFIED = 'JUSTIFIED',
  /** It did not: the lead agency follows it up as a breach under its own procedures. */
  NOT_JUSTIFIED = 'NOT_JUSTIFIED',
}
registerEnumType(EmergencyReviewOutcome, {
  name: 'EmergencyReviewOutcome',
  description: 'What the lead agency’s review of an emergency access found.',
  valuesConfig: {
    JUSTIFIED: { description: 'The emergency justified reading beyond consent.' },
    NOT_JUSTIFIED: {
      description:
        'It did not: the lead agency follows it up as a breach under its own procedures.',
    },
  },
});

/**
 * Why the glass was broken: a small controlled list after HL7 v3 purpose-of-use codes
 * (ActReason, http://terminology.hl7.org/CodeSystem/v3-ActReason) for reading beyond consent in
 * an emergency (ADR 0027). The free-text reason says what happened.
 */
export enum EmergencyReasonCode {
  /** Emergency treatment: immediately needed care for an emergent condition (an overdose, a person found unresponsive). */
  ETREAT = 'ETREAT',
  /** Threat: to prevent injury to someone (the person or another) who may be the target of violence. */
  THREAT = 'THREAT',
}
registerEnumType(EmergencyReasonCode, {
  name: 'EmergencyReasonCode',
  description:
    'Why emergency access is opened, after the HL7 v3 purpose-of-use codes (ActReason) of the same name.',
  valuesConfig: {
    ETREAT: {
      description:
        'Emergency treatment: immediately needed care for an emergent condition (an overdose, a person found unresponsive).',
    },
    THREAT: {
      description:
        'Threat: to prevent injury to someone (the person or another) who may be the target of violence.',
    },
  },
});

/** Why an emergency access was put before the rehabilitation co-ordinators. */
export enum EmergencyAccessFlag {
  /** Its user had opened emergency access to another person in the 24 hours before. */
  SECOND_PERSON_WITHIN_24_HOURS = 'SECOND_PERSON_WITHIN_24_HOURS',
}
registerEnumType(EmergencyAccessFlag, {
  name: 'EmergencyAccessFlag',
  description: 'Why an emergency access was flagged to the rehabilitation co-ordinators.',
  valuesConfig: {
    SECOND_PERSON_WITHIN_24_HOURS: {
      description: 'Its user had opened emergency access to another person in the 24 hours before.',
    },
  },
});

/**
 * Break-glass: one named user of one agency reads a service user's data beyond consent, for a
 * limited time, with a reason. Every read under it is audited as BREAK_GLASS; the case manager
 * is told, and the lead agency reviews it.
 */
@ObjectType('EmergencyAccess', {
  description:
    'A break-glass access: one named user of one agency reads a service user’s data beyond consent, for a limited time, with a reason; every read under it is audited as BREAK_GLASS and the lead agency reviews it. Readable by the agency that opened it, the agency holding the person’s record, and (when flagged or reviewed late) the rehabilitation co-ordinators; others under consent.',
})
@Entity('emergency_access')
export class EmergencyAccess {
  @Field(() => UUIDScalar, { description: 'The access’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  /** The case open when access began, whose case manager was told. */
  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: S('The named user who broke the glass (their staff id).'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'user_id' })
  userId!: string;

  @Field(() => ID, { nullable: true, description: S('The code of the user’s agency.') })
  @Directive(SUMMARY)
  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  @Field(() => String, { nullable: true, description: S('The emergency, in their words.') })
  @Directive(SUMMARY)
  @Column('text')
  reason!: string;

  @Field(() => EmergencyReasonCode, {
    nullable: true,
    description: S('The coded reason; null only on accesses opened before reasons were coded.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'reason_code', nullable: true })
  reasonCode!: EmergencyReasonCode | null;

  @Field(() => Date, { nullable: true, description: S('When access began.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: S('When access lapses unless ended sooner.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Field(() => Date, { nullable: true, description: S('Set when ended before endsAt.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Field(() => EmergencyReviewOutcome, {
    nullable: true,
    description: S('What the lead agency’s review found; null until reviewed.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'review_outcome', nullable: true })
  reviewOutcome!: EmergencyReviewOutcome | null;

  @Field(() => String, { nullable: true, description: S('The reviewer’s note.') })
  @Directive(SUMMARY)
  @Column('text', { name: 'review_note', nullable: true })
  reviewNote!: string | null;

  @Field(() => String, {
    nullable: true,
    description: S('Who reviewed it (their staff id in the lead agency).'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Column('text', { name: 'reviewed_by_agency', nullable: true })
  reviewedByAgencyCode!: string | null;

  @Field(() => Date, { nullable: true, description: S('When it was reviewed; null until then.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => EmergencyAccessFlag, {
    nullable: true,
    description: S('Set when it was flagged to the rehabilitation co-ordinators, and why.'),
  })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  flag!: EmergencyAccessFlag | null;

  @Field(() => Date, { nullable: true, description: S('When it was flagged; null if not.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'flagged_at', nullable: true })
  flaggedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When a rehabilitation co-ordinator acknowledged the flag.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'flag_acknowledged_at', nullable: true })
  flagAcknowledgedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: S('The co-ordinator who acknowledged the flag (their staff id).'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'flag_acknowledged_by', nullable: true })
  flagAcknowledgedBy!: string | null;

  @Column('text', { name: 'flag_acknowledged_by_agency', nullable: true })
  flagAcknowledgedByAgencyCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: S("The co-ordinator's note on the flag."),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'flag_note', nullable: true })
  flagNote!: string | null;

  /** Whether reads at `at` may rely on it. */
  inForceAt(at: Date): boolean {
    return this.endedAt === null && this.startedAt <= at && this.endsAt > at;
  }
}
