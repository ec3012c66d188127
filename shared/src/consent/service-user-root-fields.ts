import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ForbiddenError } from '../errors/domain-error';
import type { ConsentContext } from './consent-guard';

/** Root fields every subgraph answers to the gateway whoever asks: federation's own. */
const FEDERATION_ROOT_FIELDS = new Set(['Query._service', 'Query._entities']);

export const SERVICE_USER_FORBIDDEN_MESSAGE =
  'A service user may read only their own record and acknowledge their own copy of the plan';

/**
 * Default-deny for service users (ADR 0049): a SERVICE_USER reader reaches only the root fields a
 * subgraph lists (`Query.myOwnRecord`, `Mutation.acknowledgePlanCopy`, the by-id reads whose
 * answer consent already restricts to the person's own records), and federation's own. Every
 * other root field, so every staff list and every other mutation, and any root field added
 * later, is FORBIDDEN to them before its resolver runs. Staff are not affected.
 *
 * Fails at start-up when a listed field does not exist, so a renamed field cannot leave the list
 * silently stale.
 * @param allowed `Type.field` of root fields a service user may use
 */
export function limitServiceUserRootFields<C extends ConsentContext>(
  schema: GraphQLSchema,
  allowed: readonly string[],
): void {
  const open = new Set([...FEDERATION_ROOT_FIELDS, ...allowed]);
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const known = new Set<string>();
  for (const root of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const id = `${root.name}.${field.name}`;
      known.add(id);
      if (open.has(id)) continue;
      const resolve: GraphQLFieldResolver<unknown, C> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, context: C, info) => {
        if (context.identity.roles.includes('SERVICE_USER'))
          throw new ForbiddenError(SERVICE_USER_FORBIDDEN_MESSAGE, {
            reason: 'NOT_FOR_SERVICE_USERS',
          });
        return resolve(parent, args, context, info);
      };
    }
  }
  const unknown = allowed.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new Error(
      `Service users are allowed root fields that do not exist: ${unknown.join(', ')}`,
    );
}
