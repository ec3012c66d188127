import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';

export enum CaseStatus {
  REFERRED = 'REFERRED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands.',
  valuesConfig: {
    REFERRED: { description: 'Referred, not yet active (openCase opens cases ACTIVE).' },
    ACTIVE: { description: 'Open: held by a case manager.' },
    CLOSED: { description: 'Closed at its exit meeting (closeCase); the door stays open.' },
  },
});

/** Disengagement is not closure: case management stays on offer while contact is attempted. */
export enum Engagement {
  ENGAGED = 'ENGAGED',
  DISENGAGED = 'DISENGAGED',
}
registerEnumType(Engagement, {
  name: 'Engagement',
  description:
    'Whether the service user is engaging. Disengagement is not closure: the case stays open while contact is attempted.',
  valuesConfig: {
    ENGAGED: { description: 'In contact with the services.' },
    DISENGAGED: {
      description: 'Out of contact since disengagedSince; contact is being attempted.',
    },
  },
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** An episode of care: one open case per service user, held by a case manager in a lead agency. */
@Directive('@key(fields: "id")')
@ObjectType('Case', {
  description:
    'An episode of care of one service user (one open case at a time), held by a case manager in the lead agency. The lead agency reads it all; other agencies read it under the service user’s consent (CARE_PLAN_SUMMARY).',
})
@Entity('care_case')
export class Case {
  @Field(() => UUIDScalar, { description: 'The case’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'lead_agency_code' })
  leadAgencyCode!: string;

  @Column('text', { name: 'case_manager_id' })
  caseManagerId!: string;

  @Field(() => CaseStatus, { nullable: true, description: summary('Where the case stands.') })
  @Directive(SUMMARY)
  @Column('text')
  status!: CaseStatus;

  @Field(() => Date, { nullable: true, description: summary('When the case was opened.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: summary('When the case was closed; null while it is open.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('uuid', { name: 'previous_case_id', nullable: true })
  previousCaseId!: string | null;

  @Field(() => Engagement, {
    nullable: true,
    description: summary('Whether the service user is engaging.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  engagement!: Engagement;

  @Field(() => Date, {
    nullable: true,
    description: summary('Since when the service user has been disengaged; null while engaged.'),
  })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'disengaged_since', nullable: true })
  disengagedSince!: Date | null;
}
