import ICAL from 'ical.js';
import * as nodeIcal from 'node-ical';

/** A window of instants to expand recurring events over. */
export interface ExpandWindow {
  readonly from: Date;
  readonly to: Date;
}

/** Expands every VEVENT of an iCalendar text with ical.js; sorted ISO instants inside the window. */
export function expandWithIcalJs(text: string, window: ExpandWindow): string[] {
  const calendar = ICAL.Component.fromString(text);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const out: string[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const iterator = new ICAL.Event(component).iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const at = next.toJSDate();
      if (at >= window.to) break;
      if (at >= window.from) out.push(at.toISOString());
    }
  }
  return out.sort();
}

/** Expands every VEVENT of an iCalendar text with node-ical; sorted ISO instants in the window. */
export function expandWithNodeIcal(text: string, window: ExpandWindow): string[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const out: string[] = [];
  for (const component of Object.values(parsed)) {
    if (component?.type !== 'VEVENT') continue;
    if (!component.rrule) {
      // node-ical 0.26 fails to expand a one-off event; its start is the only instance anyway.
      const at = new Date(component.start.getTime());
      if (at >= window.from && at < window.to) out.push(at.toISOString());
      continue;
    }
    const last = new Date(window.to.getTime() - 1);
    for (const instance of nodeIcal.expandRecurringEvent(component, {
      from: window.from,
      to: last,
    })) {
      out.push(new Date(instance.start.getTime()).toISOString());
    }
  }
  return out.sort();
}
