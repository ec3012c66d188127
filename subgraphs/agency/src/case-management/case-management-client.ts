import {
  DomainError,
  PLAN_ACTIONS_PATH,
  UPCOMING_MEETING_INVITATIONS_PATH,
  type UpcomingInvitationDto,
  postToCaseManagement,
  type AssignedActionDto,
  type Logger,
  type OnBehalfOf,
  type ServiceCredentials,
} from '@icp/shared';

/** Most actions case-management answers for in one call (it refuses larger batches). */
const MAX_ACTIONS_PER_CALL = 1000;

/** This agency's view of case-management's internal API. */
export class CaseManagementClient {
  constructor(
    private readonly creds: ServiceCredentials,
    private readonly logger?: Logger,
  ) {}

  /**
   * The given actions that are assigned to this agency; others are simply absent. With the
   * consent epoch case-management answered at (the lowest of its answers, when asked in several
   * calls), if it states one (ADR 0047). Fails with SERVICE_UNAVAILABLE when case-management
   * cannot be asked: whether an action is this agency's is never guessed.
   */
  async assignedActions(
    behalf: OnBehalfOf,
    actionIds: readonly string[],
  ): Promise<{ actions: AssignedActionDto[]; epoch: number | undefined }> {
    const batches: string[][] = [];
    for (let i = 0; i < actionIds.length; i += MAX_ACTIONS_PER_CALL) {
      batches.push(actionIds.slice(i, i + MAX_ACTIONS_PER_CALL));
    }
    try {
      const answers = await Promise.all(
        batches.map((ids) =>
          postToCaseManagement<{ actions: AssignedActionDto[]; epoch?: unknown }>(
            this.creds,
            PLAN_ACTIONS_PATH,
            { actionIds: ids },
            behalf,
          ),
        ),
      );
      const epochs = answers.map((a) => a.epoch);
      return {
        actions: answers.flatMap((a) => a.actions),
        epoch: epochs.every((e): e is number => Number.isSafeInteger(e))
          ? Math.min(...epochs)
          : undefined,
      };
    } catch (err) {
      this.logger?.error({ err }, 'plan-actions call to case-management failed');
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Case-management could not confirm the plan actions; try again',
      );
    }
  }

  /** Coming meetings this agency was invited to (for its key workers' caseloads). */
  async upcomingInvitations(behalf: OnBehalfOf): Promise<UpcomingInvitationDto[]> {
    const json = await postToCaseManagement<{ invitations: UpcomingInvitationDto[] }>(
      this.creds,
      UPCOMING_MEETING_INVITATIONS_PATH,
      {},
      behalf,
    );
    return json.invitations;
  }
}
