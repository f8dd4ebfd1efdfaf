import { Field } from "../../../ui/Field.tsx";
import { TextWarnings } from "./TextWarnings.tsx";
import type { TextCheck } from "./text-checks.ts";
import { loadTextChecks } from "./use-text-checks.ts";

/**
 * A labelled free-text area with the guard's inline warnings and, in Burmese, the Zawgyi conversion. The
 * parent runs `useTextChecks` on the value (it needs the result to hold back a submit).
 */
export function CheckedTextField(props: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  language: string;
  check: TextCheck;
  restricted: boolean;
  rows?: number;
  required?: boolean;
}) {
  const convert = async () => {
    const checks = await loadTextChecks();
    props.onChange(checks.toUnicode(props.value));
  };
  return (
    <div className="checked-text">
      <Field label={props.label} hint={props.hint} error={props.error}>
        <textarea
          lang={props.language}
          rows={props.rows ?? 3}
          value={props.value}
          aria-required={props.required || undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      </Field>
      <TextWarnings check={props.check} restricted={props.restricted} onConvert={() => void convert()} />
    </div>
  );
}
