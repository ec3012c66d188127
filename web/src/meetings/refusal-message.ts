import type { Refusal } from '../graphql/problems';

/**
 * The words under a form for the API's refusal: when every field it names is one the form marks
 * (`shown`), a pointer to them; a VERSION_CONFLICT has its own panel; else the API's message.
 */
export function refusalMessage(
  refused: Refusal | undefined,
  shown: readonly string[],
  notDone = 'Not saved',
): string | undefined {
  if (!refused || refused.code === 'VERSION_CONFLICT') return undefined;
  const named = Object.keys(refused.fields);
  return named.length && named.every((f) => shown.includes(f))
    ? `${notDone}: correct the fields marked above.`
    : `${notDone}: ${refused.message}`;
}
