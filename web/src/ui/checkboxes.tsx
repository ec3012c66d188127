import { Checkbox, CheckboxGroup, FieldError, Label } from 'react-aria-components';

/** A labelled group of checkboxes (react-aria-components). */
export function Checkboxes<K extends string>({
  label,
  value,
  onChange,
  options,
  error,
}: {
  label: string;
  value: K[];
  onChange: (value: K[]) => void;
  options: readonly { id: K; name: string }[];
  error?: string;
}) {
  return (
    <CheckboxGroup
      className="field checkboxes"
      value={value}
      onChange={(v) => onChange(v as K[])}
      isInvalid={!!error}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      {options.map((o) => (
        <Checkbox key={o.id} value={o.id} className="checkbox">
          {({ isSelected }) => (
            <>
              <span className="box" aria-hidden="true">
                {isSelected ? '✓' : ''}
              </span>
              {o.name}
            </>
          )}
        </Checkbox>
      ))}
      <FieldError>{error}</FieldError>
    </CheckboxGroup>
  );
}
