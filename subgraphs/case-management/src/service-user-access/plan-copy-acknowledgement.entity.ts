import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The service user's acknowledgement that they received their copy of the plan (ADR 0049): one
 * per copy, the first kept. Written only by the service user the copy was issued to.
 */
@Entity('plan_copy_acknowledgement')
export class PlanCopyAcknowledgement {
  @PrimaryColumn('uuid', { name: 'copy_id' })
  copyId!: string;

  @Column('uuid', { name: 'service_user_id' })
  serviceUserId!: string;

  /** The agency that signed the service user in (the lead agency of their open case then). */
  @Column('text', { name: 'agency_code' })
  agencyCode!: string;

  /** The service user's account at that agency's identity provider (their token's subject). */
  @Column('text', { name: 'acknowledged_by' })
  acknowledgedBy!: string;

  @Column('timestamptz', { name: 'acknowledged_at' })
  acknowledgedAt!: Date;
}
