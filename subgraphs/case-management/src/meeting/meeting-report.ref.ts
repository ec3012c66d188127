import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { consent } from '@icp/shared';

const RECORDS = consent('MEETING_RECORDS');

/**
 * The written report an invited agency sent the case manager in place of attending: held in that
 * agency's own subgraph, which the gateway reaches by the agency code in the key. Here it is read
 * like the invitation it hangs from: as the case's lead agency's meeting record.
 */
@Directive('@key(fields: "agencyCode meetingId", resolvable: false)')
@ObjectType('MeetingReport')
export class MeetingReportRef {
  @Field(() => ID, { nullable: true })
  @Directive(RECORDS)
  agencyCode!: string;

  @Field(() => ID, { nullable: true })
  @Directive(RECORDS)
  meetingId!: string;

  static of(agencyCode: string, meetingId: string): MeetingReportRef {
    return Object.assign(new MeetingReportRef(), { agencyCode, meetingId });
  }
}
