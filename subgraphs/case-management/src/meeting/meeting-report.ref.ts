import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';

const RECORDS = consent('MEETING_RECORDS');

/**
 * The written report an invited agency sent the case manager in place of attending: held in that
 * agency's own subgraph, which the gateway reaches by the agency code in the key. Here it is read
 * like the invitation it hangs from: as the case's lead agency's meeting record.
 */
@Directive('@key(fields: "agencyCode meetingId", resolvable: false)')
@ObjectType('MeetingReport', {
  description:
    'The written report an invited agency sent in place of attending a meeting, held by that agency.',
})
export class MeetingReportRef {
  @Field(() => ID, {
    nullable: true,
    description: underConsent('MEETING_RECORDS', 'The agency that wrote the report.'),
  })
  @Directive(RECORDS)
  agencyCode!: string;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: underConsent('MEETING_RECORDS', 'The meeting the report is for.'),
  })
  @Directive(RECORDS)
  meetingId!: string;

  static of(agencyCode: string, meetingId: string): MeetingReportRef {
    return Object.assign(new MeetingReportRef(), { agencyCode, meetingId });
  }
}
