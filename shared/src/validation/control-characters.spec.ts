import { ValidateNested } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { createErrorFormatter } from '../errors/format-error';
import { OptionalText, RequiredText } from './constraints';
import { hasControlCharacter } from './control-characters';
import { checkInput, validateInput } from './validate-input';

class Line {
  @RequiredText(50)
  description!: string;
}

class Note {
  @RequiredText(50)
  body!: string;

  @OptionalText(50)
  note?: string | null;

  /** No rule at all: still checked. */
  code?: string;

  tags: string[] = [];

  @ValidateNested()
  lines: Line[] = [];
}

const note = (fields: Partial<Note>) => Object.assign(new Note(), { body: 'ok' }, fields);

function failure(value: unknown) {
  try {
    validateInput(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentValidationError);
    return createErrorFormatter()({ message: 'Argument Validation Error' }, error);
  }
  throw new Error('valid');
}

describe('control characters in text inputs', () => {
  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['vertical tab', '\u000b'],
    ['form feed', '\u000c'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['C1 NEL', '\u0085'],
    ['C1 CSI', '\u009b'],
  ])('refuses %s', (_name, c) => {
    expect(hasControlCharacter(`a${c}b`)).toBe(true);
  });

  it('allows tab, line feed, carriage return and ordinary Unicode', () => {
    expect(hasControlCharacter('line one\r\nline\ttwo')).toBe(false);
    expect(hasControlCharacter('Siobhán Ó Súilleabháin — €20 ✓ \u00a0')).toBe(false);
  });

  it.each([
    [{ body: 'a\u0000b' }, 'body'],
    [{ note: 'x\u001b[31m' }, 'note'],
    [{ code: '\u007f' }, 'code'],
    [{ tags: ['fine', 'not\u0085fine'] }, 'tags'],
    [{ lines: [Object.assign(new Line(), { description: 'nested\u0000' })] }, 'description'],
  ])('refuses %j with BAD_USER_INPUT naming %s', (fields, field) => {
    expect(failure(note(fields as Partial<Note>))).toEqual({
      message: `${field} contains a control character (only tab, line feed and carriage return are allowed)`,
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  });

  it('refuses control characters before any other rule of the field', () => {
    expect(failure(note({ body: `${'x'.repeat(60)}\u0000` })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
  });

  it('keeps tab, line feed and carriage return, and normalises as before', () => {
    const n = note({ body: '  first\n\tsecond\r\n ' });
    validateInput(n);
    expect(n.body).toBe('first\n\tsecond');
  });

  it('applies to bodies checked outside GraphQL', () => {
    expect(() => checkInput(Note, { body: 'a\u0000' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'body' } }),
    );
  });
});
