import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';

export enum GapBlockStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(GapBlockStatus, {
  name: 'GapBlockStatus',
  description: 'Whether a Gaps and Blocks form is still being worked on.',
  valuesConfig: {
    OPEN: { description: 'Not resolved: acted on at its current level.' },
    RESOLVED: { description: 'Resolved, with a resolution; nothing more is recorded on it.' },
  },
});

export enum GapBlockStepAction {
  RAISED = 'RAISED',
  NOTE = 'NOTE',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(GapBlockStepAction, {
  name: 'GapBlockStepAction',
  description: 'What one step of a Gaps and Blocks form recorded.',
  valuesConfig: {
    RAISED: { description: 'The form was raised (level 1).' },
    NOTE: { description: 'What was tried or learned at the current level.' },
    ESCALATED: { description: 'It went to the next level; the outcome at the level it left.' },
    RESOLVED: { description: 'It was resolved at its current level.' },
  },
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

/**
 * Gaps and Blocks: persistent non-engagement of a service with the care plan, escalated level by
 * level (1 colleagues, 2 supervisor/manager, 3 rehabilitation co-ordinator, 4 national
 * co-ordinator) until resolved.
 */
@ObjectType('GapBlock', {
  description:
    'A Gaps and Blocks form (Protocol 5): a service persistently not engaging with the care plan, escalated level by level (1 colleagues, 2 supervisor, 3 rehabilitation co-ordinator, 4 national co-ordinator) until resolved. Held by the case’s lead agency; whoever acts at its current level reads it as their own; others under the person’s consent.',
})
@Entity('gap_block')
export class GapBlock {
  @Field(() => UUIDScalar, { description: 'The form’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  @Column('text', { name: 'concerning_agency_code' })
  concerningAgencyCode!: string;

  @Field(() => String, { nullable: true, description: S('What is not happening.') })
  @Directive(SUMMARY)
  @Column('text')
  issue!: string;

  @Field(() => String, {
    nullable: true,
    description: S('What had been tried at service level when it was raised.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'what_tried' })
  whatTried!: string;

  @Field(() => Int, {
    nullable: true,
    description: S(
      'Its current level: 1 colleagues, 2 supervisor, 3 rehabilitation co-ordinator, 4 national.',
    ),
  })
  @Directive(SUMMARY)
  @Column('integer')
  level!: number;

  @Field(() => GapBlockStatus, { nullable: true, description: S('Open or resolved.') })
  @Directive(SUMMARY)
  @Column('text')
  status!: GapBlockStatus;

  @Column('text', { name: 'raised_by' })
  raisedBy!: string;

  @Column('text', { name: 'raised_by_agency' })
  raisedByAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: S('When it was raised.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'raised_at' })
  raisedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: S('How it was resolved; null while open.'),
  })
  @Directive(SUMMARY)
  @Column('text', { nullable: true })
  resolution!: string | null;

  @Column('text', { name: 'resolved_by', nullable: true })
  resolvedBy!: string | null;

  @Field(() => Date, { nullable: true, description: S('When it was resolved; null while open.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}

/** One recorded step of an escalation: who did what, at which level, when, with what outcome. */
@ObjectType('GapBlockStep', {
  description:
    'One recorded step of a Gaps and Blocks form: who did what, at which level, when, with what outcome. Read like its form.',
})
@Entity('gap_block_step')
export class GapBlockStep {
  @Field(() => UUIDScalar, { description: 'The step’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'gap_block_id' })
  gapBlockId!: string;

  @Field(() => Int, { nullable: true, description: S('The level the step was taken at.') })
  @Directive(SUMMARY)
  @Column('integer')
  level!: number;

  @Field(() => GapBlockStepAction, { nullable: true, description: S('What the step recorded.') })
  @Directive(SUMMARY)
  @Column('text')
  action!: GapBlockStepAction;

  @Field(() => String, {
    nullable: true,
    description: S('What was tried or agreed, in the words recorded.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  outcome!: string;

  @Column('text', { name: 'by_user' })
  byUser!: string;

  @Column('text', { name: 'by_agency' })
  byAgencyCode!: string;

  @Field(() => String, {
    nullable: true,
    description: S('The role they acted in (KEY_WORKER, SUPERVISOR, REHAB_COORDINATOR, …).'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'by_role' })
  byRole!: string;

  @Field(() => Date, { nullable: true, description: S('When the step was taken.') })
  @Directive(SUMMARY)
  @Column('timestamptz')
  at!: Date;
}
