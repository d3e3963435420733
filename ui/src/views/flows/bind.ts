// Wiring a field to a property of the form state, and a registry of fields by name for Rust's Validation errors.
import type { Field } from "../../components/field";
import { normField } from "./types";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export class FieldSet {
  private fields = new Map<string, Field<Control>>();

  /** Binds `field` to `obj[key]` (strings), calling `changed` on input. */
  text<T extends object, K extends keyof T & string>(field: Field<Control>, obj: () => T, key: K, changed: () => void) {
    field.control.value = String(obj()[key] ?? "");
    field.control.addEventListener("input", () => {
      (obj() as Record<string, unknown>)[key] = field.control.value;
      field.setError(null);
      changed();
    });
    this.fields.set(normField(key), field);
    return field;
  }

  add(name: string, field: Field<Control>) {
    this.fields.set(normField(name), field);
    return field;
  }

  show(name: string, message: string): boolean {
    const f = this.fields.get(normField(name));
    if (!f) return false;
    f.setError(message);
    f.control.focus();
    return true;
  }

  /** Shows `message` on the field if its value is blank; returns whether it was filled. */
  require(name: string, message: string): boolean {
    const f = this.fields.get(normField(name));
    if (!f) return true;
    if (f.control.value.trim()) return true;
    f.setError(message);
    f.control.focus();
    return false;
  }
}
