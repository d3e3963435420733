// Opens a screen of the mock app and acts on it, from the query string (for looking at a screen, and shoot.sh's
// screenshots): ?route=timeline|search|people|settings|check-in|conflict|... opens it (?step=N moves a conflict
// reflection N steps on); ?fill=testid:value (repeatable) then ?click=testid (repeatable) once it has settled.
import { emit } from "@tauri-apps/api/event";

export function driveFromQuery(params: URLSearchParams): void {
  const route = params.get("route");
  if (route) {
    const flows: Record<string, string> = { "check-in": "check_in", appreciation: "appreciation", conflict: "conflict",
      vulnerability: "vulnerability", shared: "shared_experience", note: "note" };
    setTimeout(() => {
      if (flows[route]) void emit("navigate", { flow: flows[route] });
      else document.querySelector<HTMLElement>(`[data-testid="nav-${route}"]`)?.click();
      const step = Number(params.get("step") ?? 0);
      setTimeout(() => {
        const f = document.querySelector<HTMLTextAreaElement>('[data-testid="conflict-what-happened"]');
        if (f && step > 0) {
          f.value = "We argued about the dishes after dinner.";
          f.dispatchEvent(new Event("input"));
        }
        for (let i = 0; i < step; i++) document.querySelector<HTMLElement>('[data-testid="conflict-next"]')?.click();
      }, 150);
    }, 150);
  }
  // ?fill=testid:value (repeatable) then ?click=testid (repeatable), after the route has settled.
  setTimeout(() => {
    for (const f of params.getAll("fill")) {
      const [id, ...rest] = f.split(":");
      const el = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!el) continue;
      el.value = rest.join(":");
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }
    for (const c of params.getAll("click")) document.querySelector<HTMLElement>(`[data-testid="${c}"]`)?.click();
  }, 500);
}
