import { ValidationError } from 'class-validator';

/**
 * Characters no text input may hold: the C0 controls except TAB, LF and CR (NUL included, which
 * PostgreSQL cannot store in text and would fail the write), DEL, and the C1 controls
 * U+0080-U+009F. C1 controls have no use in text a person types; they come from text decoded with
 * the wrong encoding, or are terminal escapes (U+009B is a one-character CSI) that would act when a
 * log or an export is viewed.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

export const controlCharacterMessage = (field: string) =>
  `${field} contains a control character (only tab, line feed and carriage return are allowed)`;

const isInputObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/**
 * Every text of an input (an input or args class instance, and the inputs nested in it, in lists
 * too) that holds a control character, as class-validator errors naming its property. Whatever
 * rules a field has, or none, its text is checked: the check is on every string, so a new field
 * cannot forget it.
 */
export function controlCharacterErrors(value: unknown): ValidationError[] {
  if (Array.isArray(value)) return value.flatMap(controlCharacterErrors);
  if (!isInputObject(value)) return [];
  const out: ValidationError[] = [];
  for (const [property, field] of Object.entries(value)) {
    const texts = Array.isArray(field) ? field : [field];
    if (texts.some((t) => typeof t === 'string' && hasControlCharacter(t))) {
      out.push(
        Object.assign(new ValidationError(), {
          target: value,
          property,
          value: field,
          constraints: { noControlCharacters: controlCharacterMessage(property) },
          children: [],
        }),
      );
    } else {
      out.push(...controlCharacterErrors(field));
    }
  }
  return out;
}
