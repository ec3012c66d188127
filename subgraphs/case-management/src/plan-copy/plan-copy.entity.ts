import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { consent } from '@icp/shared';

export enum CopyRecipientKind {
  SERVICE_USER = 'SERVICE_USER',
  AGENCY = 'AGENCY',
}
registerEnumType(CopyRecipientKind, { name: 'CopyRecipientKind' });

export enum CopyScope {
  /** The whole plan: the service user, and HSE methadone provision with consent. */
  FULL = 'FULL',
  /** Only the part about the recipient agency's own involvement. */
  OWN_INVOLVEMENT = 'OWN_INVOLVEMENT',
}
registerEnumType(CopyScope, { name: 'CopyScope' });

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** A copy of one plan version issued to the service user or an agency, under a consent. */
@ObjectType('PlanCopy')
@Entity('plan_copy')
export class PlanCopy {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Field(() => Int, { nullable: true })
  @Directive(SUMMARY)
  @Column('integer')
  version!: number;

  @Field(() => CopyRecipientKind, { nullable: true })
  @Directive(SUMMARY)
  @Column('text', { name: 'recipient_kind' })
  recipientKind!: CopyRecipientKind;

  @Column('text', { name: 'recipient_agency_code', nullable: true })
  recipientAgencyCode!: string | null;

  @Field(() => CopyScope, { nullable: true })
  @Directive(SUMMARY)
  @Column('text')
  scope!: CopyScope;

  @Column('uuid', { name: 'consent_id', nullable: true })
  consentId!: string | null;

  @Column('text', { name: 'issued_by' })
  issuedBy!: string;

  @Column('text', { name: 'issued_by_agency' })
  issuedByAgencyCode!: string;

  @Field(() => Date, { nullable: true })
  @Directive(SUMMARY)
  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  /** The printable HTML, rendered at issue with only what the recipient may see. */
  @Column('text', { name: 'rendered_html' })
  renderedHtml!: string;
}
