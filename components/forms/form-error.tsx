import { Alert } from "@/components/ui/alert";

/** The form-level message (what could not be tied to one field), announced to screen readers. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert tone="error">{message}</Alert>;
}
