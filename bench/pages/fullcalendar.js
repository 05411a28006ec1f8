// Fetches the demo feed and shows its dated events in FullCalendar's month
// grid, as a site would without greenfair. The feed's `end` is inclusive and
// FullCalendar's exclusive, so whole-day events end a day later.
const FEED = '/feeds/demo.json';

const text = (value) => (typeof value === 'string' ? value : value.vi ?? Object.values(value)[0]);

function dayAfter(date) {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function toCalendarEvent(event) {
  const end = event.end ?? event.start;
  const allDay = !event.start.includes('T');
  return { id: event.id, title: text(event.name), start: event.start, end: allDay ? dayAfter(end) : end, allDay };
}

const feed = await (await fetch(FEED)).json();
const today = new URLSearchParams(location.search).get('today') ?? undefined;
const calendar = new FullCalendar.Calendar(document.getElementById('calendar'), {
  initialView: 'dayGridMonth',
  initialDate: today,
  now: today,
  events: feed.events.filter((event) => event.start).map(toCalendarEvent),
});
calendar.render();
