import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message from the server at this field (BAD_USER_INPUT `field`, REVIEW_TOO_LATE...). */
  error?: string;
  description?: string;
  isRequired?: boolean;
  name?: string;
}

/** A labelled text field (react-aria-components) showing the server's message at it. */
export function TextInput({
  label,
  error,
  description,
  type = 'text',
  multiline = false,
  ...props
}: FieldProps & { type?: 'text' | 'date' | 'datetime-local'; multiline?: boolean }) {
  return (
    <TextField className="field" {...props} isInvalid={!!error} validationBehavior="aria">
      <Label>
        {label}
        {props.isRequired ? <span aria-hidden="true"> *</span> : null}
      </Label>
      {multiline ? <TextArea rows={3} /> : <Input type={type} />}
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error}</FieldError>
    </TextField>
  );
}

/** A labelled single choice (react-aria-components Select). */
export function Choice<K extends string>({
  label,
  value,
  onChange,
  options,
  error,
}: {
  label: string;
  value: K | null;
  onChange: (value: K) => void;
  options: readonly { id: K; name: string }[];
  error?: string;
}) {
  return (
    <Select
      className="field"
      selectedKey={value}
      onSelectionChange={(k) => k !== null && onChange(k as K)}
      isInvalid={!!error}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <FieldError>{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(o) => (
            <ListBoxItem className="listbox-item" id={o.id}>
              {o.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** A refusal or confirmation under a form, announced to screen readers. */
export function FormMessage({ error, ok }: { error?: ReactNode; ok?: ReactNode }) {
  if (error)
    return (
      <p role="alert" className="alert">
        {error}
      </p>
    );
  if (ok)
    return (
      <p role="status" className="ok-message">
        {ok}
      </p>
    );
  return null;
}
