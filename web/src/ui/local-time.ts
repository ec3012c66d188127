/** Date-time form fields (`datetime-local`) and the instants the API takes. */

/** A datetime-local field's value as an instant; undefined when empty or not a time. */
export function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** An instant as a datetime-local field's value, in the browser's time zone. */
export function localOf(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(
    d.getMinutes(),
  )}`;
}
