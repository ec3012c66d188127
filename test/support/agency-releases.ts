import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { AgencyModule } from '../../subgraphs/agency/src/kernel/context';
import { AGENCY_MODULES } from '../../subgraphs/agency/src/modules';

/**
 * Agency subgraph releases other than this one (ADR 0040), built the way a release is: from a
 * list of feature modules (ADR 0022).
 */

@ObjectType({ description: 'The release an agency instance runs.' })
class AgencyRelease {
  @Field(() => String, { description: 'Its version.' })
  version!: string;
}

@Resolver()
class AgencyReleaseResolver {
  @Query(() => AgencyRelease, {
    nullable: true,
    description: 'The release this instance runs (added by the next release).',
  })
  agencyRelease(): AgencyRelease {
    return { version: 'next' };
  }
}

/** A feature the next release adds: a new type and a new optional root field. */
const agencyReleaseModule: AgencyModule = {
  name: 'agency-release',
  resolvers: [AgencyReleaseResolver],
};

/** The next release: everything this one has, and a new feature. Only additions. */
export const NEXT_RELEASE: readonly AgencyModule[] = [...AGENCY_MODULES, agencyReleaseModule];

/**
 * The previous release: before the agency's part of "who saw my data" (the disclosure-log
 * module). The supergraph may route `AgencyDisclosureLog` entities to it, which it lacks.
 */
export const PREVIOUS_RELEASE: readonly AgencyModule[] = AGENCY_MODULES.filter(
  (m) => m.name !== 'disclosure-log',
);
