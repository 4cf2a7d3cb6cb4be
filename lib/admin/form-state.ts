// What an admin form shows after a submit, and the shape of the server action it submits to (app/(admin)/admin/
// actions.ts). The pages hand each form its action, so the form components import nothing from app/.
import type { CurrentState, LastChange } from "./result";

export type FormState = {
  message?: string;
  /** a success that stays on the page (e.g. a new account) */
  done?: string;
  errors?: Record<string, string[] | undefined>;
  values: Record<string, string>;
  conflict?: { current: CurrentState; lastChange: LastChange | null };
  duplicateOf?: string;
};

/** A server action as a form's `useActionState` takes it. */
export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;
