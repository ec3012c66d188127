import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { getDirective } from '@graphql-tools/utils';
import { ConsentRequiredError } from '../errors/domain-error';
import { isConsentCategory, type ConsentCategory } from './consent-category';
import { CONSENT_DIRECTIVE_NAME } from './consent-directive';
import type { ConsentContext, ConsentSubject, ConsentVerdict } from './consent-guard';
import type { PurposeOfUse } from './consent-purpose';

/**
 * Tells, for a parent object of a GraphQL type, whose data it is and who holds it. Declared as a
 * method so its parameter is checked bivariantly: a resolver may name the parent type it is
 * registered for (the schema only passes it objects of that GraphQL type), while the code that
 * calls it sees the parent as `unknown`.
 */
export type SubjectResolver<C extends ConsentContext = ConsentContext> = {
  subjectOf(parent: unknown, context: C): ConsentSubject | Promise<ConsentSubject>;
}['subjectOf'];

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
          `${type.name}.${field.name} has an unknown consent category ${JSON.stringify(category)}`,
        );
      }
      out.push({ typeName: type.name, fieldName: field.name, category });
    }
  }
  return out;
}

export interface EnforceConsentOptions {
  /**
   * Types that set the purpose of use of everything read beneath them: a field reached through a
   * `Referral` is read for the referral (ADR 0016). Elsewhere the use is CARE_COORDINATION.
   */
  purposeContexts?: Record<string, PurposeOfUse>;
}

/** The purpose of use of a read, from the types on its path. */
export function purposeOfUse(
  info: Pick<GraphQLResolveInfo, 'path' | 'parentType'>,
  contexts: Record<string, PurposeOfUse>,
): PurposeOfUse {
  const fromParent = contexts[info.parentType.name];
  if (fromParent) return fromParent;
  for (let p = info.path.prev; p; p = p.prev) {
    const use = p.typename ? contexts[p.typename] : undefined;
    if (use) return use;
  }
  return 'CARE_COORDINATION';
}

const isPromiseLike = <T>(v: T | PromiseLike<T>): v is PromiseLike<T> =>
  typeof (v as { then?: unknown } | null)?.then === 'function';

/** Category deciding whether a record shows in a list at all: its own, else the plan summary. */
const LISTING_CATEGORY = 'CARE_PLAN_SUMMARY' satisfies ConsentCategory;

/**
 * Wraps the resolver of every `@consent` field so that, before it runs, the caller's right to
 * read is decided. Without it the field resolves to null with CONSENT_REQUIRED at its path, and
 * its resolver (and so its database read) never runs. Mutates the schema in place so federation
 * metadata (reference resolvers) is kept.
 *
 * Lists of protected records (any list field whose items have a subject resolver) are filtered:
 * a record the reader may not see at all is left out, not shown as a placeholder, so "no
 * consent" and "no data" look the same (Consent2Share). A record shows when the reader holds it
 * or may read its own category (a need's domain, a note's domain), else its CARE_PLAN_SUMMARY.
 *
 * Fails at start-up, not at request time, when a protected field is non-null (a denial could not
 * be expressed) or its type has no subject resolver (the rule could not be applied).
 */
export function enforceConsent<C extends ConsentContext>(
  schema: GraphQLSchema,
  subjects: Record<string, SubjectResolver<C>>,
  options: EnforceConsentOptions = {},
): ProtectedField[] {
  const contexts = options.purposeContexts ?? {};
  filterProtectedLists(schema, subjects, contexts);
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
    // Synchronous whenever it can be (ADR 0025): a holder's read, or a decision this request
    // already has, costs no promise; only the first field of a service user waits for the batch.
    field.resolve = (parent, args, context: C, info) => {
      const decide = (subject: ConsentSubject): unknown => {
        // A record that does not say its category is disclosed to no one but its holder.
        const category = p.category ?? subject.category ?? null;
        const use = purposeOfUse(info, contexts);
        const allowedThen = (verdict: ConsentVerdict): unknown => {
          if (!verdict.allowed)
            throw new ConsentRequiredError(category ?? 'UNCATEGORISED', verdict.reason);
          // Recorded once the resolver has produced the value: a resolver that refuses
          // (FORBIDDEN, NOT_FOUND) or fails disclosed nothing, and the audit lists only what was
          // read.
          const record = (value: unknown) => {
            context.consent.record({
              serviceUserId: subject.serviceUserId,
              category,
              field: fieldId,
              basis: verdict.basis,
              consentIds: verdict.consentIds,
            });
            return value;
          };
          const value: unknown = resolve(parent, args, context, info);
          return isPromiseLike(value) ? Promise.resolve(value).then(record) : record(value);
        };
        const now = context.consent.verdictNow(subject, category, use);
        return now
          ? allowedThen(now)
          : context.consent.verdict(subject, category, use).then(allowedThen);
      };
      const subject = subjectOf(parent, context);
      return isPromiseLike(subject) ? Promise.resolve(subject).then(decide) : decide(subject);
    };
  }
  return fields;
}

/** Leaves out of every list of protected records those the reader may not see at all. */
function filterProtectedLists<C extends ConsentContext>(
  schema: GraphQLSchema,
  subjects: Record<string, SubjectResolver<C>>,
  contexts: Record<string, PurposeOfUse>,
): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      // Entity answers are positional: the gateway matches them to its representations.
      if (field.name === '_entities') continue;
      const itemType = getNamedType(field.type);
      const subjectOf = subjects[itemType.name];
      if (!subjectOf || !isListType(getNullableType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, C> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, context: C, info) => {
        const value: unknown = await resolve(parent, args, context, info);
        if (!Array.isArray(value)) return value;
        const items: readonly unknown[] = value;
        const use = purposeOfUse(
          { path: { prev: info.path, key: 0, typename: itemType.name }, parentType: type },
          contexts,
        );
        const shown = await Promise.all(
          items.map(async (item) => {
            if (item === null || item === undefined) return true;
            const subject = await subjectOf(item, context);
            const verdict = await context.consent.verdict(
              subject,
              subject.category ?? LISTING_CATEGORY,
              use,
            );
            return verdict.allowed;
          }),
        );
        return items.filter((_, i) => shown[i]);
      };
    }
  }
}
