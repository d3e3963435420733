// A tiny W3C WebDriver client over fetch: just what Attune's end-to-end tests use, talking to tauri-driver.
// https://www.w3.org/TR/webdriver2/ — every command is one HTTP request; errors come back as { value: { error, message } }.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** An error the driver reported, with its W3C error code (e.g. "no such element"). */
export class WebDriverError extends Error {
  constructor(code, message, command) {
    super(`${command}: ${code}: ${message}`);
    this.code = code;
  }
}

/** How long one WebDriver command may take before the client gives up on it. */
const COMMAND_TIMEOUT_MS = 60_000;

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError("invalid response", `${res.status} ${text.slice(0, 200)}`, `${method} ${path}`);
  }
  if (!res.ok || (json.value && json.value.error)) {
    throw new WebDriverError(json.value?.error ?? String(res.status), json.value?.message ?? text, `${method} ${path}`);
  }
  return json.value;
}

/** Polls `fn` until it returns a truthy value (returned) or `timeout` ms pass (throws, naming `what`). */
export async function waitFor(fn, { timeout = 10_000, interval = 100, what = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ""}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** An element in the page. */
export class Element {
  constructor(session, id, description) {
    this.session = session;
    this.id = id;
    this.description = description;
  }
  #cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }
  /** Clicks it. What a bar stuck to an edge of the window would cover is first brought to the middle of the window,
   * as a person scrolls: under the check-in's Save bar (WebDriver itself scrolls an element only as far as the
   * bottom edge, where the bar is), or partly under the app's header (WebDriver sees it in view and doesn't scroll). */
  async click() {
    await this.session.execute(`const el = arguments[0], r = el.getBoundingClientRect();
      const header = document.querySelector(".app-header"), bar = document.querySelector(".flow-actions.sticky");
      const headerBottom = header && !header.contains(el) ? header.getBoundingClientRect().bottom : 0;
      const underHeader = r.top < headerBottom && r.bottom > 0;
      const underBar = bar && !bar.contains(el) && (r.bottom > bar.getBoundingClientRect().top || r.top < 0);
      if (underHeader || underBar) el.scrollIntoView({ block: "center" });`, { [ELEMENT]: this.id }).catch(() => {});
    return this.#cmd("POST", "/click", {});
  }
  clear() {
    return this.#cmd("POST", "/clear", {});
  }
  /** Types `text` (appends to what is there). */
  type(text) {
    return this.#cmd("POST", "/value", { text: String(text) });
  }
  /** Clears, then types. */
  async fill(text) {
    await this.clear();
    await this.type(text);
  }
  text() {
    return this.#cmd("GET", "/text");
  }
  attribute(name) {
    return this.#cmd("GET", `/attribute/${encodeURIComponent(name)}`);
  }
  property(name) {
    return this.#cmd("GET", `/property/${encodeURIComponent(name)}`);
  }
  displayed() {
    return this.#cmd("GET", "/displayed");
  }
  enabled() {
    return this.#cmd("GET", "/enabled");
  }
  selected() {
    return this.#cmd("GET", "/selected");
  }
  /** The element's current value (inputs, textareas, selects). */
  value() {
    return this.property("value");
  }
}

/** A WebDriver session: one running app. */
export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts the app at `application` through tauri-driver at `base` (e.g. http://127.0.0.1:4444). */
  static async start(base, application, { timeout = 60_000 } = {}) {
    const value = await waitFor(
      () =>
        call(base, "POST", "/session", {
          capabilities: { alwaysMatch: { "tauri:options": { application } } },
        }),
      { timeout, interval: 500, what: "a WebDriver session with the app" },
    );
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Ends the session: tauri-driver closes the app. */
  async quit() {
    try {
      await this.cmd("DELETE", "");
    } catch {
      // already gone
    }
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the page and returns its result. */
  execute(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Like `execute`, for a script that calls `arguments[arguments.length - 1](result)` when done. */
  executeAsync(script, ...args) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  title() {
    return this.cmd("GET", "/title");
  }

  /** W3C actions (https://www.w3.org/TR/webdriver2/#actions): `sources` is the list of input sources with their
   * ticks. Released afterwards, so no key or button stays down. */
  async actions(sources) {
    try {
      await this.cmd("POST", "/actions", { actions: sources });
    } finally {
      await this.cmd("DELETE", "/actions").catch(() => {});
    }
  }

  /** A chord: the modifiers in `sequence` (Ctrl, Shift, Alt, Meta) go down first and up last, every other key is
   * pressed and released in between. `keys([Key.Ctrl, "n"])` is Ctrl+N. */
  async keys(sequence) {
    const modifiers = new Set(["\uE008", "\uE009", "\uE00A", "\uE03D"]);
    const held = sequence.filter((k) => modifiers.has(k));
    const actions = [
      ...held.map((k) => ({ type: "keyDown", value: k })),
      ...sequence.filter((k) => !modifiers.has(k)).flatMap((k) => [{ type: "keyDown", value: k }, { type: "keyUp", value: k }]),
      ...held.reverse().map((k) => ({ type: "keyUp", value: k })),
    ];
    await this.actions([{ type: "key", id: "keyboard", actions }]);
  }

  /**
   * A PNG of the window, as a Buffer. WebKitWebDriver answers after the page's next rendering update, which an idle
   * page never has; so while the request is out, an invisible 1px element is nudged to make one, then removed.
   */
  async screenshot() {
    let done = false;
    const request = this.cmd("GET", "/screenshot").finally(() => {
      done = true;
    });
    const nudge = `let n = document.getElementById("__e2e_nudge");
      if (!n) {
        n = document.createElement("div");
        n.id = "__e2e_nudge";
        n.setAttribute("aria-hidden", "true");
        Object.assign(n.style, { position: "fixed", left: "0", top: "0", width: "1px", height: "1px",
          pointerEvents: "none", opacity: "0.01" });
        document.documentElement.appendChild(n);
      }
      n.style.transform = n.style.transform ? "" : "translateX(1px)";`;
    (async () => {
      while (!done) {
        await new Promise((r) => setTimeout(r, 150));
        if (!done) await this.execute(nudge).catch(() => {});
      }
      await this.execute(`document.getElementById("__e2e_nudge")?.remove();`).catch(() => {});
    })();
    return Buffer.from(await request, "base64");
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return new Element(this, v[ELEMENT], css);
  }

  async findAll(css) {
    const list = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return list.map((v) => new Element(this, v[ELEMENT], css));
  }

  /** Waits until `css` matches a displayed element, and returns it. */
  async waitFor(css, { timeout = 10_000 } = {}) {
    return waitFor(
      async () => {
        const el = await this.find(css);
        return (await el.displayed()) ? el : null;
      },
      { timeout, what: `a visible ${css}` },
    );
  }

  /** Waits until `css` matches nothing displayed. */
  async waitGone(css, { timeout = 10_000 } = {}) {
    return waitFor(
      async () => {
        const els = await this.findAll(css);
        for (const el of els) if (await el.displayed()) return false;
        return true;
      },
      { timeout, what: `${css} to go away` },
    );
  }
}

/** WebDriver's codes for special keys. */
export const Key = { Ctrl: "\uE009", Shift: "\uE008", Enter: "\uE007", Escape: "\uE00C", ArrowLeft: "\uE012",
  ArrowUp: "\uE013", ArrowRight: "\uE014", ArrowDown: "\uE015", Home: "\uE011" };

/** `[data-testid="id"]`, the selector for the UI's stable test ids (ui/TESTIDS.md). */
export const tid = (id) => `[data-testid="${id}"]`;
