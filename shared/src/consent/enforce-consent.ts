import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { getDirective } from '@graphql-tools/utils';
import { ConsentRequiredError } from '../errors/domain-error';
import { isConsentCategory, type ConsentCategory } from './consent-category';
import { CONSENT_DIRECTIVE_NAME } from './consent-directive';
import type { ConsentContext, ConsentSubject, ConsentVerdict } from './consent-guard';
import { purposeOfUse } from './consent-purpose';

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
 * "No access" looks like "no data" (ADR 0017, ADR 0026):
 * - lists of protected records (any list field whose items have a subject resolver) leave out a
 *   record the reader may not see at all, rather than show a placeholder. A record shows when
 *   the reader holds it or may read its own category (a need's domain, a note's domain), else
 *   its CARE_PLAN_SUMMARY;
 * - a single record (a by-id root field, an entity reference, any other field giving one record)
 *   of which the reader may read no field is null, exactly as a record that does not exist.
 *
 * The purpose of use of each read is decided by `purposeOfUse` (consent-purpose.ts), the same
 * rule in every subgraph.
 *
 * Fails at start-up, not at request time, when a protected field is non-null (a denial could not
 * be expressed) or its type has no subject resolver (the rule could not be applied).
 */
export function enforceConsent<C extends ConsentContext>(
  schema: GraphQLSchema,
  subjects: Record<string, SubjectResolver<C>>,
): ProtectedField[] {
  const fields = protectedFields(schema);
  filterProtectedLists(schema, subjects);
  hideUnseenRecords(schema, subjects, categoriesByType(fields));
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
    const scalar = { scalar: isLeafType(getNamedType(field.type)) };
    // Synchronous whenever it can be (ADR 0025): a holder's read, or a decision this request
    // already has, costs no promise; only the first field of a service user waits for the batch.
    field.resolve = (parent, args, context: C, info) => {
      const decide = (subject: ConsentSubject): unknown => {
        // A record that does not say its category is disclosed to no one but its holder.
        const category = p.category ?? subject.category ?? null;
        const use = purposeOfUse(subject, p.typeName, scalar);
        const allowedThen = (verdict: ConsentVerdict): unknown => {
          if (!verdict.allowed) {
            // A refused read is a security event (ADR 0029), kept once per person, category, field.
            context.consent.recordDenied(subject, category, fieldId, use, verdict.reason);
            throw new ConsentRequiredError(category ?? 'UNCATEGORISED', verdict.reason);
          }
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
      /** Whether the reader may see the item at all; a promise only when it must wait. */
      const shows = (item: unknown, context: C): boolean | Promise<boolean> => {
        if (item === null || item === undefined) return true;
        const decide = (subject: ConsentSubject) => {
          const category = subject.category ?? LISTING_CATEGORY;
          const use = purposeOfUse(subject, itemType.name, { scalar: true });
          const now = context.consent.verdictNow(subject, category, use);
          return now
            ? now.allowed
            : context.consent.verdict(subject, category, use).then((v) => v.allowed);
        };
        const subject = subjectOf(item, context);
        return isPromiseLike(subject) ? Promise.resolve(subject).then(decide) : decide(subject);
      };
      // Synchronous whenever every item's verdict is already known (ADR 0025, ADR 0047): the
      // holder's lists, or service users this request already has decisions for.
      const filtered = (value: unknown, context: C): unknown => {
        if (!Array.isArray(value)) return value;
        const items: readonly unknown[] = value;
        let waits = false;
        const shown = items.map((item) => {
          const verdict = shows(item, context);
          if (typeof verdict !== 'boolean') waits = true;
          return verdict;
        });
        if (!waits) return items.filter((_, i) => shown[i] === true);
        return Promise.all(shown.map((v) => Promise.resolve(v))).then((all) =>
          items.filter((_, i) => all[i]),
        );
      };
      field.resolve = (parent, args, context: C, info) => {
        const value: unknown = resolve(parent, args, context, info);
        return isPromiseLike(value)
          ? Promise.resolve(value).then((v) => filtered(v, context))
          : filtered(value, context);
      };
    }
  }
}

/** The categories of a type's protected fields; `own`: some field takes the record's own. */
interface TypeCategories {
  fixed: ConsentCategory[];
  own: boolean;
}

function categoriesByType(fields: readonly ProtectedField[]): Map<string, TypeCategories> {
  const out = new Map<string, TypeCategories>();
  for (const f of fields) {
    const t = out.get(f.typeName) ?? { fixed: [], own: false };
    if (f.category === null) t.own = true;
    else if (!t.fixed.includes(f.category)) t.fixed.push(f.category);
    out.set(f.typeName, t);
  }
  return out;
}

/**
 * Whether the reader may read at least one protected field of a record. `undefined` when the
 * consent service could not be asked: then the record is kept, so that its fields say
 * CONSENT_SERVICE_UNAVAILABLE instead of the record silently vanishing. Synchronous whenever the
 * verdicts are already known (the holder, or a decision this request has), as field checks are.
 */
function seesAnything<C extends ConsentContext>(
  subject: ConsentSubject,
  typeName: string,
  categories: TypeCategories,
  context: C,
): boolean | undefined | Promise<boolean | undefined> {
  const use = purposeOfUse(subject, typeName, { scalar: true });
  const asked: (ConsentCategory | null)[] = [...categories.fixed];
  if (categories.own) asked.push(subject.category ?? null);
  if (asked.length === 0) asked.push(null);
  let unavailable = false;
  for (let i = 0; i < asked.length; i++) {
    const verdict = context.consent.verdictNow(subject, asked[i]!, use);
    if (!verdict) return askEach(asked.slice(i), unavailable);
    if (verdict.allowed) return true;
    if (verdict.reason === 'CONSENT_SERVICE_UNAVAILABLE') unavailable = true;
  }
  return unavailable ? undefined : false;

  async function askEach(rest: (ConsentCategory | null)[], wasUnavailable: boolean) {
    let out = wasUnavailable;
    for (const category of rest) {
      const verdict = await context.consent.verdict(subject, category, use);
      if (verdict.allowed) return true;
      if (verdict.reason === 'CONSENT_SERVICE_UNAVAILABLE') out = true;
    }
    return out ? undefined : false;
  }
}

/**
 * Makes a single record of which the reader may read nothing look like one that does not exist:
 * null, with no error. Applies to every nullable field giving one record of a type with
 * protected fields (by-id root fields included) and to entity references, not to mutations
 * (which answer to their caller, whom the service has already authorised).
 */
function hideUnseenRecords<C extends ConsentContext>(
  schema: GraphQLSchema,
  subjects: Record<string, SubjectResolver<C>>,
  categories: ReadonlyMap<string, TypeCategories>,
): void {
  /** The record, or null when the reader may see nothing of it; a promise only when it must. */
  /**
   * `asked`: what asked for the record (`Query.case`, `Referral.case`, `ServiceUser` for an
   * entity reference), kept with a refusal among the security events (ADR 0029): the agency
   * asked for a record and was refused, though the answer does not say so.
   */
  const hidden = (value: unknown, type: GraphQLObjectType, context: C, asked: string): unknown => {
    if (isPromiseLike(value)) {
      return Promise.resolve(value).then((v) => hidden(v, type, context, asked));
    }
    const subjectOf = subjects[type.name];
    const cats = categories.get(type.name);
    if (value === null || value === undefined || !subjectOf || !cats) return value;
    const decide = (subject: ConsentSubject) => {
      const verdict = (sees: boolean | undefined) => {
        if (sees !== false) return value;
        context.consent.recordDenied(
          subject,
          null,
          asked,
          purposeOfUse(subject, type.name, { scalar: true }),
          'NOTHING_READABLE',
        );
        return null;
      };
      const sees = seesAnything(subject, type.name, cats, context);
      return isPromiseLike(sees) ? Promise.resolve(sees).then(verdict) : verdict(sees);
    };
    const subject = subjectOf(value, context);
    return isPromiseLike(subject) ? Promise.resolve(subject).then(decide) : decide(subject);
  };
  const skipped = new Set(
    [schema.getMutationType(), schema.getSubscriptionType()].filter(
      (t) => t !== null && t !== undefined,
    ),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || skipped.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === '_entities' || isNonNullType(field.type)) continue;
      const target = getNullableType(field.type);
      if (!isObjectType(target) || !categories.has(target.name) || !subjects[target.name]) continue;
      const resolve: GraphQLFieldResolver<unknown, C> = field.resolve ?? defaultFieldResolver;
      const fieldId = `${type.name}.${field.name}`;
      field.resolve = (parent, args, context: C, info) =>
        hidden(resolve(parent, args, context, info), target, context, fieldId);
    }
  }
  // Entity references: an entity this subgraph resolves from a key is hidden the same way.
  const entities = schema.getType('_Entity');
  if (!isUnionType(entities)) return;
  for (const type of entities.getTypes()) {
    if (!categories.has(type.name) || !subjects[type.name]) continue;
    const extensions = type.extensions as {
      apollo?: { subgraph?: { resolveReference?: ReferenceResolver<C> } };
    };
    const subgraph = ((extensions.apollo ??= {}).subgraph ??= {});
    const resolveReference = subgraph.resolveReference;
    subgraph.resolveReference = (reference, context, info) =>
      hidden(
        resolveReference ? resolveReference(reference, context, info) : reference,
        type,
        context,
        `${type.name} (entity reference)`,
      );
  }
}

type ReferenceResolver<C> = (reference: object, context: C, info: GraphQLResolveInfo) => unknown;
