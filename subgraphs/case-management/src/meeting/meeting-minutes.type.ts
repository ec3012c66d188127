import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UUIDScalar, consent } from '@icp/shared';
import { underConsent } from '../consent/consent-note';
import type { PlanChanges } from '../care-plan/plan-content';

/** The review of one plan action at a meeting, as stored in the minutes. */
export interface ActionReviewRecord {
  actionId: string;
  whatWorkedWell: string | null;
  challenges: string | null;
  gapsAndBlocks: string | null;
  newIssues: string | null;
  nextSteps: string | null;
}

/** A persistent non-engagement raised at the meeting: becomes a Gaps and Blocks form on finalising. */
export interface GapRaisedRecord {
  concerningAgencyCode: string;
  issue: string;
  whatTried: string;
}

/** The case manager's record of a meeting (jsonb on care_meeting), saved repeatedly while a draft. */
export interface MeetingMinutes {
  summary: string;
  actionReviews: ActionReviewRecord[];
  decisions: string[];
  planChanges: PlanChanges;
  gapsAndBlocks: GapRaisedRecord[];
}

const RECORDS = consent('MEETING_RECORDS');
const R = (d: string) => underConsent('MEETING_RECORDS', d);

/** Parts of the minutes carry their meeting, whose case decides who reads them. */
interface OfMeeting {
  meetingId: string;
}

@ObjectType('MeetingActionReview', {
  description:
    'The review of one plan action in a meeting’s minutes: what worked well, what was challenging, gaps and blocks, new issues, next steps. Read like its meeting.',
})
export class MeetingActionReview implements OfMeeting {
  meetingId!: string;

  @Field(() => UUIDScalar, { nullable: true, description: R('The plan action reviewed.') })
  @Directive(RECORDS)
  actionId!: string;

  @Field(() => String, { nullable: true, description: R('What worked well.') })
  @Directive(RECORDS)
  whatWorkedWell!: string | null;

  @Field(() => String, { nullable: true, description: R('What was difficult.') })
  @Directive(RECORDS)
  challenges!: string | null;

  @Field(() => String, { nullable: true, description: R('Gaps and blocks met, in words.') })
  @Directive(RECORDS)
  gapsAndBlocks!: string | null;

  @Field(() => String, { nullable: true, description: R('New issues that arose.') })
  @Directive(RECORDS)
  newIssues!: string | null;

  @Field(() => String, { nullable: true, description: R('What happens next.') })
  @Directive(RECORDS)
  nextSteps!: string | null;

  static of(meetingId: string, r: ActionReviewRecord): MeetingActionReview {
    return Object.assign(new MeetingActionReview(), { meetingId, ...r });
  }
}

@ObjectType('MeetingGapRaised', {
  description:
    'A gap or block raised in a meeting’s minutes; a Gaps and Blocks form once the meeting is finalised. Read like its meeting.',
})
export class MeetingGapRaised implements OfMeeting {
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: R('The code of the agency not engaging.') })
  @Directive(RECORDS)
  concerningAgencyCode!: string;

  @Field(() => String, { nullable: true, description: R('What is not happening.') })
  @Directive(RECORDS)
  issue!: string;

  @Field(() => String, {
    nullable: true,
    description: R('What has been tried at service level already.'),
  })
  @Directive(RECORDS)
  whatTried!: string;

  static of(meetingId: string, r: GapRaisedRecord): MeetingGapRaised {
    return Object.assign(new MeetingGapRaised(), { meetingId, ...r });
  }
}
