// The scripts Attune's app benchmark runs inside the page (through WebDriver's execute), as strings: each reads its
// arguments from `arguments` and, when asynchronous, answers through the last one. Times are performance.now().

/**
 * In-page: resolves with performance.now() once the next frame has been rendered: an animation frame callback runs
 * just before the frame's style, layout and paint, and a message posted from it is delivered right after them.
 */
export const AFTER_PAINT = `
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now());
    ch.port2.postMessage(0);
  }));
`;

/** In the page: waits for `selector`, then for the next frame to be painted; answers with the wall-clock time then. */
export const WAIT_PAINTED = `
  const [selector, timeout, done] = arguments;
  ${AFTER_PAINT}
  const fcp = () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
  // Where the page's own time went, from the navigation start (ms): for reading the raw numbers.
  const timing = () => {
    const n = performance.getEntriesByType("navigation")[0];
    return { responseEnd: n?.responseEnd, domInteractive: n?.domInteractive, domContentLoaded: n?.domContentLoadedEventEnd,
      load: n?.loadEventEnd, resources: performance.getEntriesByType("resource").map((e) => ({ name: e.name,
        start: Math.round(e.startTime), duration: Math.round(e.duration) })),
      marks: Object.fromEntries(performance.getEntriesByType("mark").map((e) => [e.name, Math.round(e.startTime)])) };
  };
  const finish = (alreadyThere) => afterPaint().then((t) => done({ at: performance.timeOrigin + t, alreadyThere,
    fcp: fcp(), origin: performance.timeOrigin, timing: timing() }));
  if (document.querySelector(selector)) return finish(true);
  const mo = new MutationObserver(() => {
    if (document.querySelector(selector)) { mo.disconnect(); finish(false); }
  });
  mo.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  setTimeout(() => { mo.disconnect(); done({ error: "timed out waiting for " + selector }); }, timeout);
`;

/** In the page: passphrase in, Unlock clicked; times the app shell, then Timeline's first page after clicking it. */
export const UNLOCK_TO_TIMELINE = `
  const [passphrase, done] = arguments;
  const q = (s) => document.querySelector(s);
  const waitFor = (selector, ms) => new Promise((resolve, reject) => {
    if (q(selector)) return resolve();
    const mo = new MutationObserver(() => { if (q(selector)) { mo.disconnect(); resolve(); } });
    mo.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    setTimeout(() => { mo.disconnect(); reject(new Error("timed out waiting for " + selector)); }, ms);
  });
  ${AFTER_PAINT}
  const frame = afterPaint;
  (async () => {
    const input = q('[data-testid="unlock-passphrase"]');
    input.value = passphrase;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const t0 = performance.now();
    q('[data-testid="unlock-submit"]').click();
    await waitFor("[data-app-unlocked]", 30000);
    const shell = (await frame()) - t0;
    const tNav = performance.now();
    q('[data-testid="nav-timeline"]').click();
    await waitFor('[data-testid="timeline-item"]', 30000);
    const end = await frame();
    done({ shell, timeline: end - t0, navToTimeline: end - tNav,
      items: document.querySelectorAll('[data-testid="timeline-item"]').length });
  })().catch((e) => done({ error: String(e) }));
`;

/** In the page, once: notes when each IPC `search` request goes out and when its response arrives. */
export const WRAP_FETCH = `
  if (!window.__benchCalls) {
    window.__benchCalls = [];
    const original = window.fetch;
    window.fetch = function (input, init) {
      const url = String((input && input.url) || input);
      const p = original.apply(this, arguments);
      if (/\\/search(\\?|$)/.test(url)) {
        const call = { start: performance.now(), resp: null };
        window.__benchCalls.push(call);
        p.then(() => { call.resp = performance.now(); }, () => { call.resp = performance.now(); });
      }
      return p;
    };
  }
  return typeof window.fetch === "function" && !!window.__benchCalls;
`;

/**
 * In the page: sets the search box to `text` as one keystroke would (value + input event), then waits for the answer
 * to be in the page and painted: the first change in the results or status after the IPC response, then the next
 * animation frame.
 */
export const KEYSTROKE = `
  const [text, done] = arguments;
  ${AFTER_PAINT}
  const q = (s) => document.querySelector(s);
  const input = q('[data-testid="search-input"]');
  const area = q('[data-testid="search"]');
  const before = window.__benchCalls.length;
  let settled = false;
  const mo = new MutationObserver(() => {
    const call = window.__benchCalls[before];
    if (settled || !call || call.resp === null) return;
    settled = true;
    mo.disconnect();
    const dom = performance.now();
    afterPaint().then((painted) => {
      done({ t0, call: call.start, resp: call.resp, dom, painted,
        hits: document.querySelectorAll('[data-testid="search-result"]').length,
        status: q('[data-testid="search-status"]')?.textContent ?? "" });
    });
  });
  mo.observe(area, { childList: true, subtree: true, characterData: true });
  input.value = text;
  const t0 = performance.now();
  input.dispatchEvent(new Event("input", { bubbles: true }));
  setTimeout(() => { if (!settled) { mo.disconnect(); done({ error: "no answer for " + JSON.stringify(text) }); } },
    20000);
`;

/**
 * In the page: clicks Insights in the navigation and waits for its first card to be painted (the first answer of the
 * journal's `insights` for the default range, drawn); answers the times from the click, and the IPC round trip.
 */
export const OPEN_INSIGHTS = `
  const [done] = arguments;
  ${AFTER_PAINT}
  const q = (s) => document.querySelector(s);
  const calls = [];
  const original = window.fetch;
  window.fetch = function (input, init) {
    const url = String((input && input.url) || input);
    const p = original.apply(this, arguments);
    if (/\\/insights(\\?|$)/.test(url)) {
      const call = { start: performance.now(), resp: null };
      calls.push(call);
      p.then(() => { call.resp = performance.now(); }, () => { call.resp = performance.now(); });
    }
    return p;
  };
  const card = '[data-testid="insight-cards"] > .insight-card';
  let settled = false;
  const finish = () => {
    if (settled || !q(card)) return;
    settled = true;
    mo.disconnect();
    const dom = performance.now();
    afterPaint().then((painted) => {
      window.fetch = original;
      const c = calls[0];
      done({ t0, dom, painted, call: c?.start ?? null, resp: c?.resp ?? null, cards: document.querySelectorAll(card).length,
        first: q(card).getAttribute("data-testid"), status: q('[data-testid="insights-status"]')?.textContent ?? "" });
    });
  };
  const mo = new MutationObserver(finish);
  mo.observe(document.documentElement, { childList: true, subtree: true });
  const t0 = performance.now();
  q('[data-testid="nav-insights"]').click();
  finish();
  setTimeout(() => { if (!settled) { mo.disconnect(); window.fetch = original; done({ error: "no Insights card" }); } }, 30000);
`;
