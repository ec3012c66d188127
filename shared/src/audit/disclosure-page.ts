import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** The most entries one subgraph returns for "who saw my data" in one page, and the default. */
export const DISCLOSURE_PAGE_MAX = 100;

const PAGE_SIZE = { message: `first is 1 to ${DISCLOSURE_PAGE_MAX}` };

/**
 * The page of "who saw my data" one subgraph answers: the newest `first` entries of the period.
 * A bounded first page, so that a read never walks a person's whole history; a cursor to the
 * pages after it is for a later change of the API.
 */
@ArgsType()
export class DisclosurePageArgs {
  @Field(() => Int, {
    defaultValue: DISCLOSURE_PAGE_MAX,
    description: `The newest entries to return, newest first (at most ${DISCLOSURE_PAGE_MAX}).`,
  })
  @Min(1, PAGE_SIZE)
  @Max(DISCLOSURE_PAGE_MAX, PAGE_SIZE)
  first!: number;
}
