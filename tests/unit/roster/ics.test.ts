import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, foldLine, icsEntries, rosterToIcs, utcStamp, type IcsEntry } from '../../../shared/roster';

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  props: Prop[];
  children: Component[];
}

/** A tiny RFC 5545 reader: checks line ends and octet lengths, unfolds, parses and nests components. */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const root: Component = { name: '', props: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    const colon = line.indexOf(':');
    expect(colon, line).toBeGreaterThan(0);
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      expect(stack.pop()!.name).toBe(value);
    } else {
      const p = Object.fromEntries(params.map((kv) => kv.split('=') as [string, string]));
      stack.at(-1)!.props.push({ name: name!, params: p, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);

const entries: IcsEntry[] = [
  { date: '2026-12-31', role: 'leader', roleName: '带班领导', slot: 0, staffName: '王局长', phone: '13800000001' },
  { date: '2026-12-31', role: 'officer', roleName: '值班员', slot: 1, staffName: '李四' },
  { date: '2026-12-30', role: '值班长', roleName: '值班长', slot: 0, staffName: '赵六' },
];
const opts = { calName: '**市应急管理局值班表', shiftChange: '08:30', dtstamp: Date.UTC(2026, 10, 30, 1, 2, 3) };

describe('rosterToIcs', () => {
  const cal = parseIcs(rosterToIcs(entries, opts));
  const events = cal.children.filter((c) => c.name === 'VEVENT');

  it('produces a VCALENDAR with a VTIMEZONE for Asia/Shanghai', () => {
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')!.value).toBe('2.0');
    expect(prop(cal, 'PRODID')!.value).toMatch(/^-\/\//);
    expect(unescape(prop(cal, 'X-WR-CALNAME')!.value)).toBe('**市应急管理局值班表');
    const tz = cal.children.find((c) => c.name === 'VTIMEZONE')!;
    expect(prop(tz, 'TZID')!.value).toBe('Asia/Shanghai');
    const std = tz.children[0]!;
    expect([std.name, prop(std, 'TZOFFSETFROM')!.value, prop(std, 'TZOFFSETTO')!.value]).toEqual(['STANDARD', '+0800', '+0800']);
  });

  it('runs each duty from the shift change to the shift change next day, in date order', () => {
    expect(events.map((e) => [prop(e, 'DTSTART')!.params.TZID, prop(e, 'DTSTART')!.value, prop(e, 'DTEND')!.value])).toEqual([
      ['Asia/Shanghai', '20261230T083000', '20261231T083000'],
      ['Asia/Shanghai', '20261231T083000', '20270101T083000'],
      ['Asia/Shanghai', '20261231T083000', '20270101T083000'],
    ]);
    expect(prop(events[0]!, 'DTEND')!.params.TZID).toBe('Asia/Shanghai');
    const nine = parseIcs(rosterToIcs(entries.slice(0, 1), { ...opts, shiftChange: '09:00' }));
    expect(prop(nine.children.find((c) => c.name === 'VEVENT')!, 'DTSTART')!.value).toBe('20261231T090000');
  });

  it('uses the DTSTAMP it is given and stable, unique UIDs', () => {
    expect(events.every((e) => prop(e, 'DTSTAMP')!.value === '20261130T010203Z')).toBe(true);
    const uids = events.map((e) => prop(e, 'UID')!.value);
    expect(new Set(uids).size).toBe(3);
    expect(uids[1]).toBe('20261231-leader-0@flood-duty-desk.local');
    expect(uids[0]).toMatch(/^20261230-[A-Za-z0-9._-]+-0@flood-duty-desk\.local$/);
    // Same slot with another person: same UID, so calendars update the event.
    const swapped = parseIcs(rosterToIcs([{ ...entries[0]!, staffName: '李局长' }], { ...opts, uidDomain: 'duty.example' }));
    expect(prop(swapped.children.find((c) => c.name === 'VEVENT')!, 'UID')!.value).toBe('20261231-leader-0@duty.example');
  });

  it('puts role and name in SUMMARY and the phone in DESCRIPTION', () => {
    expect(unescape(prop(events[1]!, 'SUMMARY')!.value)).toBe('带班领导：王局长');
    expect(unescape(prop(events[1]!, 'DESCRIPTION')!.value)).toBe('联系电话：13800000001');
    expect(prop(events[2]!, 'DESCRIPTION')).toBeUndefined();
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    const note = `请提前到岗，交接班记录须签字；汛期带班领导必须在岗\\不得离开。\n${'（防汛抗旱指挥部办公室）'.repeat(6)} 🌧️🌊 ok`;
    const text = rosterToIcs([{ ...entries[0]!, staffName: '王,局;长', note }], opts);
    const event = parseIcs(text).children.find((c) => c.name === 'VEVENT')!;
    expect(unescape(prop(event, 'SUMMARY')!.value)).toBe('带班领导：王,局;长');
    expect(unescape(prop(event, 'DESCRIPTION')!.value)).toBe(`联系电话：13800000001\n${note}`);
    expect(text).toContain('\r\n ');
    expect(text).not.toContain('\uFFFD');
  });

  it('folds exactly at the octet limit', () => {
    const ascii = `DESCRIPTION:${'x'.repeat(100)}`;
    const folded = foldLine(ascii).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 38]);
    const wide = foldLine(`X:${'汛'.repeat(30)}`).split('\r\n');
    expect(wide.map((l) => Buffer.byteLength(l))).toEqual([74, 19]);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
  });

  it('formats instants in UTC by arithmetic and rejects a bad shift-change time', () => {
    expect(utcStamp(0)).toBe('19700101T000000Z');
    expect(utcStamp(Date.UTC(2027, 0, 1, 23, 59, 59, 999))).toBe('20270101T235959Z');
    expect(() => rosterToIcs(entries, { ...opts, shiftChange: '8:30' })).toThrow('交接班');
  });

  it('builds entries from roster rows, skipping empty slots', () => {
    const list = icsEntries(
      [
        { date: '2026-12-01', role: 'leader', slot: 0, staffId: 1, source: 'generated' },
        { date: '2026-12-01', role: 'officer', slot: 0, staffId: null, source: 'generated' },
      ],
      [{ id: 1, name: '王局长', phone: '13800000001' }],
      DEFAULT_ROLES,
    );
    expect(list).toEqual([{ date: '2026-12-01', role: 'leader', roleName: '带班领导', slot: 0, staffName: '王局长', phone: '13800000001' }]);
  });
});
