import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { CONSENT_CATEGORIES, isConsentCategory, type ConsentCategory } from './consent-category';
import type { Disclosure } from './consent-guard';

/**
 * Key of the response extension in which a subgraph lists the consent categories it disclosed
 * in answering one request. For the gateway only: Apollo Gateway does not pass subgraph
 * response extensions on to clients.
 */
export const DISCLOSED_CATEGORIES_EXTENSION = 'disclosedCategories';

/** The categories of these disclosures, each once, in the order of CONSENT_CATEGORIES. */
export function categoriesOf(
  disclosures: readonly Pick<Disclosure, 'category'>[],
): ConsentCategory[] {
  const seen = new Set(disclosures.map((d) => d.category));
  return CONSENT_CATEGORIES.filter((c) => seen.has(c));
}

/**
 * The categories a subgraph response says it disclosed. Anything that is not a list of known
 * categories is ignored.
 */
export function readDisclosedCategories(
  extensions: Record<string, unknown> | undefined | null,
): ConsentCategory[] {
  const value = extensions?.[DISCLOSED_CATEGORIES_EXTENSION];
  return Array.isArray(value) ? value.filter(isConsentCategory) : [];
}

const disclosuresOf = (context: unknown): readonly Disclosure[] => {
  const disclosures = (context as { consent?: { disclosures?: unknown } } | null)?.consent
    ?.disclosures;
  return Array.isArray(disclosures) ? (disclosures as Disclosure[]) : [];
};

/**
 * Adds `extensions.disclosedCategories` to a subgraph's response: the categories of every
 * protected field it disclosed for the request (`context.consent.disclosures`), to a holder or
 * under consent. Only categories: no service users, fields or consent ids. Nothing is added
 * when nothing categorised was disclosed. The gateway reads it to add the re-disclosure notice.
 */
export function disclosedCategoriesPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const categories = categoriesOf(disclosuresOf(contextValue));
          if (categories.length === 0) return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            [DISCLOSED_CATEGORIES_EXTENSION]: categories,
          };
        },
      };
    },
  };
}
