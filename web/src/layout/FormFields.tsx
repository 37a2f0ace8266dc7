import { useId } from "react";
import type { ProblemMessage } from "../api/problems";
import { FieldErrors } from "./FieldErrors";

// Inputs of the cockpit's forms: each with its label, and the API's errors for its request field right after it.

interface FieldProps {
  label: string;
  /** The request field the API names in errors[] (e.g. rootCause.description) */
  field: string;
  problem: ProblemMessage | null;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  maxLength?: number;
  /** An input type other than text, e.g. date */
  type?: string;
}

export function TextField({ label, field, problem, value, onChange, required, maxLength, multiline, type }: FieldProps & { multiline?: boolean }) {
  const id = useId();
  const props = { id, value, required, maxLength, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} {...props} />}
      <FieldErrors problem={problem} field={field} />
    </>
  );
}

export function ChoiceField<T extends string>({
  label,
  field,
  problem,
  value,
  onChange,
  choices,
  required,
}: Omit<FieldProps, "onChange" | "value"> & { value: T | ""; onChange: (value: T) => void; choices: readonly { value: T | ""; label: string }[] }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} required={required} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldErrors problem={problem} field={field} />
    </>
  );
}

/** Choices from a label table, in the table's order. */
export function choicesOf<T extends string>(labels: Record<T, string>, only?: readonly T[]): { value: T; label: string }[] {
  return (only ?? (Object.keys(labels) as T[])).map((value) => ({ value, label: labels[value] }));
}
