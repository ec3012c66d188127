import { IsOptional, ValidateNested } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { createErrorFormatter } from '../errors/format-error';
import {
  IsCalendarDate,
  IsUuidValue,
  MinText,
  OptionalText,
  RequiredText,
  isCalendarDate,
} from './constraints';
import { checkInput, validateInput } from './validate-input';

class Item {
  @IsUuidValue({ field: 'items.id' })
  id!: string;

  @RequiredText(10)
  description!: string;
}

class Form {
  @IsUuidValue()
  caseId!: string;

  @MinText(2)
  @RequiredText(5)
  reason!: string;

  @OptionalText(5)
  note?: string | null;

  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @IsUuidValue({ each: true })
  ids: string[] = [];

  @ValidateNested()
  items: Item[] = [];
}

const UUID = '5E1D4F1B-7C2A-4B4E-9F3A-2C1D0E9B8A7F';
const form = (fields: Partial<Form>) =>
  Object.assign(new Form(), { caseId: UUID, reason: 'why' }, fields);
const item = (fields: Partial<Item>) => Object.assign(new Item(), fields);

function failure(value: unknown) {
  try {
    validateInput(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentValidationError);
    return createErrorFormatter()({ message: 'Argument Validation Error' }, error);
  }
  throw new Error('valid');
}

describe('input validation', () => {
  it('normalises a valid input in place: trimmed text, blank optional text as null, lower-case ids', () => {
    const f = form({
      reason: '  why ',
      note: '   ',
      ids: [UUID],
      items: [item({ id: UUID, description: ' a ' })],
    });
    validateInput(f);
    expect(f).toMatchObject({
      caseId: UUID.toLowerCase(),
      reason: 'why',
      note: null,
      ids: [UUID.toLowerCase()],
      items: [{ id: UUID.toLowerCase(), description: 'a' }],
    });
  });

  it.each([
    [{ caseId: 'nope' }, 'caseId', 'caseId must be a UUID'],
    [{ reason: '   ' }, 'reason', 'reason needs 1 to 5 characters'],
    [{ reason: 'x'.repeat(6) }, 'reason', 'reason needs 1 to 5 characters'],
    [{ reason: ' x ' }, 'reason', 'reason needs at least 2 characters'],
    [{ note: 'x'.repeat(6) }, 'note', 'note is longer than 5 characters'],
    [{ dueOn: '2026-02-30' }, 'dueOn', 'dueOn must be a date as YYYY-MM-DD'],
    [{ ids: [UUID, 'x'] }, 'ids', 'ids must be a UUID'],
    [{ items: [item({ id: 'x', description: 'a' })] }, 'items.id', 'items.id must be a UUID'],
    [
      { items: [item({ id: UUID, description: '' })] },
      'description',
      'description needs 1 to 10 characters',
    ],
  ])('refuses %j with BAD_USER_INPUT naming %s', (fields, field, message) => {
    expect(failure(form(fields as Partial<Form>))).toEqual({
      message,
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  });

  it('names the first failing field, and lists every one', () => {
    expect(failure(form({ caseId: 'x', reason: '', note: 'x'.repeat(9) }))).toEqual({
      message: 'caseId must be a UUID',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'caseId',
        fields: [
          { field: 'caseId', message: 'caseId must be a UUID' },
          { field: 'reason', message: 'reason needs 1 to 5 characters' },
          { field: 'note', message: 'note is longer than 5 characters' },
        ],
      },
    });
  });

  it('leaves absent values and scalars alone', () => {
    expect(() => validateInput(form({ note: null, dueOn: undefined }))).not.toThrow();
    expect(() => validateInput('not-a-uuid')).not.toThrow();
    expect(() => validateInput(null)).not.toThrow();
  });

  it('checks a body outside GraphQL with the same rules', () => {
    expect(checkInput(Form, { caseId: UUID, reason: ' ok ' })).toMatchObject({ reason: 'ok' });
    let refused: unknown;
    try {
      checkInput(Form, { caseId: UUID, reason: '' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'reason needs 1 to 5 characters',
      details: { field: 'reason' },
    });
  });

  it('lists every failing field of a body outside GraphQL too', () => {
    let refused: unknown;
    try {
      checkInput(Form, { caseId: 'x', reason: '' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'caseId must be a UUID',
      details: {
        field: 'caseId',
        fields: [
          { field: 'caseId', message: 'caseId must be a UUID' },
          { field: 'reason', message: 'reason needs 1 to 5 characters' },
        ],
      },
    });
  });

  it('never answers with type-graphql\'s bare "Argument Validation Error"', () => {
    const formatted = createErrorFormatter()(
      { message: 'Argument Validation Error' },
      new ArgumentValidationError([]),
    );
    expect(formatted).toEqual({
      message: 'The input is not valid',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('knows a calendar date', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
    expect(isCalendarDate(20260201)).toBe(false);
  });
});
