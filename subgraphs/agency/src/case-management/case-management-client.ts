import {
  PLAN_ACTIONS_PATH,
  postToCaseManagement,
  type AssignedActionDto,
  type OnBehalfOf,
  type ServiceCredentials,
} from '@icp/shared';

/** This agency's view of case-management's internal API. */
export class CaseManagementClient {
  constructor(private readonly creds: ServiceCredentials) {}

  /** The given actions that are assigned to this agency; others are simply absent. */
  async assignedActions(
    behalf: OnBehalfOf,
    actionIds: readonly string[],
  ): Promise<AssignedActionDto[]> {
    const json = await postToCaseManagement<{ actions: AssignedActionDto[] }>(
      this.creds,
      PLAN_ACTIONS_PATH,
      { actionIds },
      behalf,
    );
    return json.actions;
  }
}
