// Start-up: cold loads (a new browser context each, so nothing is cached) of
// the widget's embed.html and of FullCalendar's baseline page, both showing
// the demo feed's month of 2025-09-16, without and with 4x CPU throttling.
//
// Start: startTime of the page's widget <script> resource (embed.html's
// v1/greenfair-frame.js; FullCalendar's index.global.min.js). The start of
// v1/greenfair.js and navigation start are recorded too.
// End: the widget's `greenfair:events-shown` mark when it sets one; otherwise
// (and always for FullCalendar) the moment the first event element exists in
// the document or a shadow root, seen by a MutationObserver.
// Main-thread work: CDP Performance.getMetrics TaskDuration and ScriptDuration
// once the network has been idle for 500 ms after the events showed; long
// tasks from a `longtask` PerformanceObserver registered before any page script.
import { freshPage } from '../scripts/chromium.mjs';
import { median, round, summary } from './stats.mjs';

export const TODAY = '2025-09-16';
const SHOWN_TIMEOUT_MS = 30000;
const THROTTLING = { unthrottled: 1, throttled_4x: 4 };

export function startupSubjects({ widgetUrl, benchUrl }) {
  return {
    widget: {
      url: `${widgetUrl}/embed.html?today=${TODAY}`,
      script: '/v1/greenfair-frame.js',
      loader: '/v1/greenfair.js',
      mark: 'greenfair:events-shown',
      // Agenda items and month-grid bars.
      selector: '.gf-event, .gf-bar',
    },
    fullcalendar: {
      url: `${benchUrl}/pages/fullcalendar.html?today=${TODAY}`,
      script: '/lib/fullcalendar/index.global.min.js',
      loader: '/lib/fullcalendar/index.global.min.js',
      mark: null,
      selector: '.fc-daygrid-event',
    },
  };
}

/** Runs in the page before its scripts (injected over CDP, so the page's CSP does not apply). */
function watchPage({ mark, selector }) {
  const bench = { longTasks: [], domShownAt: null };
  window.__bench = bench;
  bench.shown = new Promise((resolve) => {
    if (mark) {
      new PerformanceObserver((list) => list.getEntriesByName(mark).length && resolve()).observe({ type: 'mark' });
    }
    const check = (root) => {
      if (bench.domShownAt === null && root.querySelector(selector)) {
        bench.domShownAt = performance.now();
        resolve();
      }
    };
    const observe = (root) => new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true });
    observe(document);
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      observe(root);
      return root;
    };
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

async function coldLoad(browser, subject, rate) {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await page.addInitScript(watchPage, { mark: subject.mark, selector: subject.selector });
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(subject.url, { waitUntil: 'commit' });
    const shown = await page.evaluate(
      (timeout) => Promise.race([window.__bench.shown.then(() => true), new Promise((r) => setTimeout(r, timeout, false))]),
      SHOWN_TIMEOUT_MS,
    );
    if (!shown) throw new Error(`${subject.url}: no events on screen after ${SHOWN_TIMEOUT_MS / 1000} s`);
    await page.waitForLoadState('networkidle');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name).value * 1000;
    const timing = await page.evaluate(({ mark, script, loader }) => {
      const resources = performance.getEntriesByType('resource');
      const start = (path) => resources.find((entry) => new URL(entry.name).pathname === path).startTime;
      const marked = mark ? performance.getEntriesByName(mark)[0] : undefined;
      return {
        end: marked ? marked.startTime : window.__bench.domShownAt,
        endPoint: marked ? `mark ${mark}` : 'first event element',
        script: start(script),
        loader: start(loader),
        longTasks: window.__bench.longTasks,
      };
    }, subject);
    return {
      fromScript: timing.end - timing.script,
      fromLoader: timing.end - timing.loader,
      fromNavigation: timing.end,
      endPoint: timing.endPoint,
      taskMs: metric('TaskDuration'),
      scriptMs: metric('ScriptDuration'),
      longTasks: timing.longTasks.length,
      longestTask: Math.max(0, ...timing.longTasks),
    };
  } finally {
    await context.close();
  }
}

function report(loads) {
  const of = (key) => loads.map((load) => load[key]);
  return {
    ...summary(of('fromScript')),
    from_loader_median_ms: round(median(of('fromLoader'))),
    from_navigation_median_ms: round(median(of('fromNavigation'))),
    end_points: [...new Set(of('endPoint'))],
    main_thread_ms: round(median(of('taskMs'))),
    script_ms: round(median(of('scriptMs'))),
    long_tasks: median(of('longTasks')),
    longest_task_ms: round(median(of('longestTask'))),
    longest_task_max_ms: round(Math.max(...of('longestTask'))),
  };
}

/** Cold loads of each subject, interleaved so that drift in the machine's speed hits both alike. */
export async function measureStartup({ browser, subjects, runs, log }) {
  const loads = {};
  for (const name of Object.keys(subjects)) loads[name] = Object.fromEntries(Object.keys(THROTTLING).map((t) => [t, []]));
  for (let run = 0; run < runs; run++) {
    for (const [throttle, rate] of Object.entries(THROTTLING)) {
      for (const [name, subject] of Object.entries(subjects)) loads[name][throttle].push(await coldLoad(browser, subject, rate));
    }
    log(`startup: ${run + 1}/${runs} cold loads of each page, each throttling`);
  }
  return Object.fromEntries(
    Object.entries(loads).map(([name, byThrottle]) => [
      name,
      Object.fromEntries(Object.entries(byThrottle).map(([throttle, list]) => [throttle, report(list)])),
    ]),
  );
}
