import {
  defaultFieldResolver,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { getDirective } from '@graphql-tools/utils';
import { ConsentRequiredError } from '../errors/domain-error';
import { isConsentCategory, type ConsentCategory } from './consent-category';
import { CONSENT_DIRECTIVE_NAME } from './consent-directive';
import type { ConsentContext, ConsentSubject } from './consent-guard';

/** Tells, for a parent object of a GraphQL type, whose data it is and who holds it. */
export type SubjectResolver<C extends ConsentContext = ConsentContext> = (
  parent: any,
  context: C,
) => ConsentSubject | Promise<ConsentSubject>;

export interface ProtectedField {
  typeName: string;
  fieldName: string;
  /** null: the category of each record, given by the type's subject resolver. */
  category: ConsentCategory | null;
}

/** Lists every field carrying `@consent`, with its category. */
export function protectedFields(schema: GraphQLSchema): ProtectedField[] {
  const out: ProtectedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const args = getDirective(schema, field, CONSENT_DIRECTIVE_NAME)?.[0];
      if (!args) continue;
      const category: unknown = args.category ?? null;
      if (category !== null && !isConsentCategory(category)) {
        throw new Error(
          `${type.name}.${field.name} has an unknown consent category ${String(category)}`,
        );
      }
      out.push({ typeName: type.name, fieldName: field.name, category });
    }
  }
  return out;
}

/**
 * Wraps the resolver of every `@consent` field so that, before it runs, the caller's right to
 * read is decided. Without it the field resolves to null with CONSENT_REQUIRED at its path, and
 * its resolver (and so its database read) never runs. Mutates the schema in place so federation
 * metadata (reference resolvers) is kept.
 *
 * Fails at start-up, not at request time, when a protected field is non-null (a denial could not
 * be expressed) or its type has no subject resolver (the rule could not be applied).
 */
export function enforceConsent<C extends ConsentContext>(
  schema: GraphQLSchema,
  subjects: Record<string, SubjectResolver<C>>,
): ProtectedField[] {
  const fields = protectedFields(schema);
  for (const p of fields) {
    const type = schema.getType(p.typeName);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[p.fieldName]!;
    if (isNonNullType(field.type)) {
      throw new Error(`${p.typeName}.${p.fieldName} carries @consent and must be nullable`);
    }
    const subjectOf = subjects[p.typeName];
    if (!subjectOf) {
      throw new Error(`${p.typeName} has @consent fields but no consent subject resolver`);
    }
    const resolve: GraphQLFieldResolver<unknown, C> = field.resolve ?? defaultFieldResolver;
    const fieldId = `${p.typeName}.${p.fieldName}`;
    field.resolve = async (parent, args, context: C, info) => {
      const subject = await subjectOf(parent, context);
      // A record that does not say its category is disclosed to no one but its holder.
      const category = p.category ?? subject.category ?? null;
      const verdict = await context.consent.verdict(subject, category);
      if (!verdict.allowed)
        throw new ConsentRequiredError(category ?? 'UNCATEGORISED', verdict.reason);
      // Recorded once the resolver has produced the value: a resolver that refuses (FORBIDDEN,
      // NOT_FOUND) or fails disclosed nothing, and the audit trail lists only what was read.
      const value: unknown = await resolve(parent, args, context, info);
      context.consent.record({
        serviceUserId: subject.serviceUserId,
        category,
        field: fieldId,
        basis: verdict.basis,
        consentIds: verdict.consentIds,
      });
      return value;
    };
  }
  return fields;
}
