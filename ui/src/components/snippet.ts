// Search snippets: text nodes and <mark> elements, never HTML.
import type { SnippetPart } from "../bindings/SnippetPart";

export function renderSnippet(parts: SnippetPart[]): HTMLElement {
  const p = document.createElement("p");
  p.className = "snippet";
  for (const part of parts) {
    if (part.hit) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      p.appendChild(mark);
    } else {
      p.appendChild(document.createTextNode(part.text));
    }
  }
  return p;
}
