// Wiring a field to a property of the form state, and a registry of fields by name for Rust's Validation errors.
// Fields are registered under the journal's typed name for them (bindings/Field.ts), the one a Validation error
// carries, so an error finds its field without any normalising.
import type { Field as FieldName } from "../../bindings/Field";
import type { Field } from "../../components/field";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export class FieldSet {
  private fields = new Map<FieldName, Field<Control>>();

  /** Binds `field` to `obj[key]` (strings), calling `changed` on input; errors for `name` (the key, unless the
   * journal names it differently, e.g. `iStatement.feel`) show on it. */
  text<T extends object, K extends keyof T & string>(field: Field<Control>, obj: () => T, key: K, changed: () => void,
    ...named: K extends FieldName ? [name?: FieldName] : [name: FieldName]) {
    field.control.value = String(obj()[key] ?? "");
    field.control.addEventListener("input", () => {
      (obj() as Record<string, unknown>)[key] = field.control.value;
      field.setError(null);
      changed();
    });
    this.fields.set(named[0] ?? (key as FieldName), field);
    return field;
  }

  add(name: FieldName, field: Field<Control>) {
    this.fields.set(name, field);
    return field;
  }

  show(name: FieldName, message: string): boolean {
    const f = this.fields.get(name);
    if (!f) return false;
    f.setError(message);
    f.control.focus();
    return true;
  }

  /** Shows `message` on the field if its value is blank; returns whether it was filled. */
  require(name: FieldName, message: string): boolean {
    const f = this.fields.get(name);
    if (!f) return true;
    if (f.control.value.trim()) return true;
    f.setError(message);
    f.control.focus();
    return false;
  }
}
