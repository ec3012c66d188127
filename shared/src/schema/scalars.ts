import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';

/**
 * The API's meaningful scalars (ADR 0045), from `graphql-scalars`, so that a malformed value is
 * refused before any resolver runs — by the gateway for the whole federation (its
 * scalar-input plugin checks every argument and variable against these) and again by the subgraph
 * that receives it.
 *
 * - `UUID`: the id of a record this federation created (a case, a plan version, a consent, …).
 *   Codes (agency codes), pseudonymous ids and staff ids issued by agencies stay `String`.
 * - `LocalDate`: a calendar date with no time zone, `YYYY-MM-DD` (a review date, a date of birth).
 * - `DateTime`: an instant, RFC 3339 with a zone (`2026-12-03T09:30:00Z`); resolvers receive a
 *   `Date`.
 */
export const UUIDScalar: GraphQLScalarType = withDescription(
  GraphQLUUID,
  'A UUID (RFC 4122), such as `7c9e6679-7425-40de-944b-e07fc1f90ae7`: the id of a record this ' +
    'federation created. A malformed one is refused with BAD_USER_INPUT naming the argument.',
);

export const LocalDateScalar: GraphQLScalarType = withDescription(
  GraphQLLocalDate,
  'A calendar date with no time zone, `YYYY-MM-DD` (ISO 8601), such as `2026-12-03`: a review ' +
    'date, a due date, a date of birth. A malformed or impossible date (2026-02-30) is refused ' +
    'with BAD_USER_INPUT naming the argument.',
);

export const DateTimeScalar: GraphQLScalarType = withDescription(
  GraphQLDateTime,
  'An instant, RFC 3339 with a time zone offset, such as `2026-12-03T09:30:00Z`; answers are in ' +
    'UTC. A malformed one is refused with BAD_USER_INPUT naming the argument.',
);

/** The API's custom scalars by name: what the gateway checks input values against. */
export const API_SCALARS: Readonly<Record<string, GraphQLScalarType>> = {
  UUID: UUIDScalar,
  LocalDate: LocalDateScalar,
  DateTime: DateTimeScalar,
};

/** type-graphql's `scalarsMap`: a `Date` property is a `DateTime`. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];

function withDescription(scalar: GraphQLScalarType, description: string): GraphQLScalarType {
  return new GraphQLScalarType({ ...scalar.toConfig(), description });
}
