import { In, type DataSource } from 'typeorm';
import { isUuid, loaderByKey, loaderGroupedBy } from '@icp/shared';
import { Meeting, MeetingCirculation, MeetingInvitation } from './meeting.entity';

export function meetingByIdLoader(ds: DataSource) {
  return loaderByKey<string, Meeting>(
    (ids) => ds.getRepository(Meeting).findBy({ id: In(ids.filter(isUuid)) }),
    (m) => m.id,
  );
}

export function invitationsByMeetingIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, MeetingInvitation>(
    (ids) =>
      ds
        .getRepository(MeetingInvitation)
        .find({ where: { meetingId: In([...ids]) }, order: { agencyCode: 'ASC' } }),
    (i) => i.meetingId,
  );
}

export function circulationsByMeetingIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, MeetingCirculation>(
    (ids) =>
      ds
        .getRepository(MeetingCirculation)
        .find({ where: { meetingId: In([...ids]) }, order: { agencyCode: 'ASC' } }),
    (c) => c.meetingId,
  );
}
