import { purposeOfUse, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';

/*
 * Paging lists of protected records (ADR 0045 over ADR 0017). Consent enforcement leaves out of
 * a plain list every record the reader may not see at all; a connection's `edges` are not records,
 * so a resolver of a connection filters first and pages what is left (../kernel/keyset's
 * keysetPage, whose `shown` this is): no edge, no cursor and no `hasNextPage` ever stands for a
 * hidden record.
 */

/** Whose a record is, as its type's consent subject resolver says. */
export type SubjectOf<T> = (item: T, ctx: CmContext) => ConsentSubject | Promise<ConsentSubject>;

/** Category deciding whether a record shows in a list at all: its own, else the plan summary. */
const LISTING_CATEGORY = 'CARE_PLAN_SUMMARY';

/**
 * The records the reader may see at all, in their order: the rule consent enforcement applies to
 * plain lists of protected records (shared/src/consent/enforce-consent.ts, filterProtectedLists).
 */
export async function shownRecords<T>(
  items: readonly T[],
  typeName: string,
  subjectOf: SubjectOf<T>,
  ctx: CmContext,
): Promise<T[]> {
  const shown = await Promise.all(
    items.map(async (item) => {
      const subject = await subjectOf(item, ctx);
      const verdict = await ctx.consent.verdict(
        subject,
        subject.category ?? LISTING_CATEGORY,
        purposeOfUse(subject, typeName, { scalar: true }),
      );
      return verdict.allowed;
    }),
  );
  return items.filter((_, i) => shown[i]);
}
