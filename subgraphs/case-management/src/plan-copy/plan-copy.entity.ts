import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { summary } from '../kernel/describe';

export enum CopyRecipientKind {
  SERVICE_USER = 'SERVICE_USER',
  AGENCY = 'AGENCY',
}
registerEnumType(CopyRecipientKind, {
  name: 'CopyRecipientKind',
  description: 'Who receives a copy of the care plan.',
  valuesConfig: {
    SERVICE_USER: { description: 'The service user: the whole plan.' },
    AGENCY: {
      description: 'An agency: what the service user consented to share with it (see CopyScope).',
    },
  },
});

export enum CopyScope {
  /** The whole plan: the service user, and HSE methadone provision with consent. */
  FULL = 'FULL',
  /** Only the part about the recipient agency's own involvement. */
  OWN_INVOLVEMENT = 'OWN_INVOLVEMENT',
}
registerEnumType(CopyScope, {
  name: 'CopyScope',
  description: 'How much of the plan a copy holds.',
  valuesConfig: {
    FULL: {
      description:
        'The whole plan: the service user’s copy, and HSE methadone provision’s with consent to every category.',
    },
    OWN_INVOLVEMENT: {
      description: 'Only the part about the recipient agency’s own involvement.',
    },
  },
});

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A copy of one plan version issued to the service user or an agency, under a consent. */
@ObjectType('PlanCopy', {
  description:
    'A printable copy of one plan version issued to the service user or an agency, under the service user’s consent. Readable by the issuing and receiving agencies; others read its summary fields under consent (CARE_PLAN_SUMMARY).',
})
@Entity('plan_copy')
export class PlanCopy {
  @Field(() => UUIDScalar, { description: 'The copy’s id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Field(() => Int, { nullable: true, description: summary('The plan version copied.') })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Field(() => CopyRecipientKind, {
    nullable: true,
    description: summary('Who received it.'),
  })
  @Directive(SUMMARY)
  @Column('text', { name: 'recipient_kind' })
  recipientKind!: CopyRecipientKind;

  @Column('text', { name: 'recipient_agency_code', nullable: true })
  recipientAgencyCode!: string | null;

  @Field(() => CopyScope, {
    nullable: true,
    description: summary('How much of the plan it holds.'),
  })
  @Directive(SUMMARY)
  @Column('text')
  scope!: CopyScope;

  @Column('uuid', { name: 'consent_id', nullable: true })
  consentId!: string | null;

  @Column('text', { name: 'issued_by' })
  issuedBy!: string;

  @Column('text', { name: 'issued_by_agency' })
  issuedByAgencyCode!: string;

  @Field(() => Date, { nullable: true, description: summary('When it was issued.') })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  /** The printable HTML, rendered at issue with only what the recipient may see. */
  @Column('text', { name: 'rendered_html' })
  renderedHtml!: string;
}
