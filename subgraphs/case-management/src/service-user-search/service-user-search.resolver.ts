import { Max, Min } from 'class-validator';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import {
  IsCalendarDate,
  LocalDateScalar,
  OptionalText,
  SkipIfEmpty,
  consent,
  type ConsentSubject,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ServiceUser } from '../case/service-user.entity';
import { underConsent } from '../consent/consent-note';

const MAX_NAME = 200;
const IDENTITY = consent('IDENTITY');
const I = (d: string) => underConsent('IDENTITY', d);
const FIRST = { message: 'first is 1 to 50' };

@InputType({
  description:
    'What to look for: at least one criterion; every criterion given must match. Names match from their start, ignoring case, accents, spaces and apostrophes (Ó/O’, Mac/Mc).',
})
export class ServiceUserSearchInput {
  @Field(() => String, {
    nullable: true,
    description: 'The start of a given name (at least 2 letters).',
  })
  @OptionalText(MAX_NAME)
  givenName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The start of a family name (at least 2 letters).',
  })
  @OptionalText(MAX_NAME)
  familyName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of birth, exactly.' })
  @SkipIfEmpty()
  @IsCalendarDate()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'The pseudonymous id (e.g. SU-1001).' })
  @OptionalText(MAX_NAME)
  pseudonym?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most this many (1-50).' })
  @Min(1, FIRST)
  @Max(50, FIRST)
  first!: number;
}

/**
 * One person a search found: always one your agency may already see. That a search found them is
 * their IDENTITY (their names matched): read, and audited, under that category, like their name.
 */
@ObjectType('ServiceUserSearchResult', {
  description: 'A person a search found: always one your agency may already see who they are.',
})
export class ServiceUserSearchResult {
  @Field(() => ServiceUser, { nullable: true, description: I('The person found.') })
  @Directive(IDENTITY)
  serviceUser!: ServiceUser;

  @Field(() => Boolean, {
    nullable: true,
    description: I(
      "Your agency holds the person's record (else it reads who they are by their consent).",
    ),
  })
  @Directive(IDENTITY)
  heldByYourAgency!: boolean;

  /** Who holds the person's record. */
  holderAgencyCode!: string;
}

/** Whose a search result is: the person's, held where their record is, read as IDENTITY. */
export function searchResultSubject(r: ServiceUserSearchResult): ConsentSubject {
  return {
    serviceUserId: r.serviceUser.id,
    holderAgencyCode: r.holderAgencyCode,
    category: 'IDENTITY',
  };
}

@Resolver(() => ServiceUserSearchResult)
export class ServiceUserSearchResolver {
  @Query(() => [ServiceUserSearchResult], {
    description:
      'Finds service users your agency may already see (it holds their record, or they consented to it reading who they are), by name, date of birth or pseudonym, in name order. Never anyone else: with or without people you may not see, the answer is the same. Case manager or key worker. Errors: FORBIDDEN without the case manager or key worker role; BAD_USER_INPUT with no criterion, a name under 2 letters or first outside 1 to 50.',
  })
  async searchServiceUsers(
    @Arg('input', () => ServiceUserSearchInput, { description: 'What to look for.' })
    input: ServiceUserSearchInput,
    @Ctx() ctx: CmContext,
  ): Promise<ServiceUserSearchResult[]> {
    const found = await ctx.services.serviceUserSearch.search(ctx.identity, input, input.first);
    const people = await Promise.all(
      found.map((f) => ctx.loaders.serviceUserById.load(f.serviceUserId)),
    );
    return found.flatMap((f, i) => {
      const serviceUser = people[i];
      return serviceUser
        ? [
            Object.assign(new ServiceUserSearchResult(), {
              serviceUser,
              heldByYourAgency: f.heldByYourAgency,
              holderAgencyCode: f.holderAgencyCode,
            }),
          ]
        : [];
    });
  }
}
