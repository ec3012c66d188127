import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';

/** A button that opens a form in its place; the form calls `close` when done. */
export function Opens({
  label,
  children,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (open) return <>{children(() => setOpen(false))}</>;
  return (
    <Button className="button secondary" onPress={() => setOpen(true)}>
      {label}
    </Button>
  );
}
