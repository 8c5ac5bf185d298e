import type { Db } from '../../../db/open';
import { getYear, insertRegion, insertYear, insertZone, touchYear } from '../../../db/repos/lists';
import { personInserter } from '../../../db/repos/lists-persons';
import { namePinyin } from '../../../shared/lists/pinyin';
import type { PersonLevel } from '../../../shared/lists/types';
import { civilDateOf } from '../../../shared/time/civil';
import { loadSampleRelated } from './lists-related';

/**
 * A fictional county's 五级责任人 list (names and numbers invented): three townships, villages and
 * groups, danger zones, persons at every level — with deliberate gaps for the checks to find:
 * 桃园村二组 has no 组级 person, 桃园河滩 has no 户级 contact, 卫东 has no phone, 沈洁 and 韩梅 share a
 * phone, 李明 holds three posts.
 */
type P = [level: PersonLevel, name: string, position: string, phones: string[], duty?: string, households?: number];
interface Z {
  name: string;
  households: number;
  people: number;
  route: string;
  shelter: string;
  contacts: P[];
}
interface G {
  name: string;
  persons: P[];
  zones?: Z[];
}
interface V {
  name: string;
  persons: P[];
  groups: G[];
  zones?: Z[];
}
interface T {
  name: string;
  persons: P[];
  villages: V[];
}

export const SAMPLE_COUNTY = '青山县';

const COUNTY: P[] = [
  ['county', '陈志强', '县长', ['13905518001'], '全县山洪灾害防御总指挥'],
  ['county', '周敏', '副县长', ['13905518002'], '分管水利，协助总指挥'],
];

const TOWNSHIPS: T[] = [
  {
    name: '石门镇',
    persons: [
      ['township', '刘强', '镇长', ['13905511001'], '全镇山洪灾害防御'],
      ['township', '何丽', '副镇长', ['13905511011', '0551-62880201'], '协助镇长，负责转移安置'],
    ],
    villages: [
      {
        name: '枫树村',
        persons: [['village', '李明', '党支部书记', ['13905511002'], '全村预警叫应、组织转移']],
        groups: [
          {
            name: '一组',
            persons: [['group', '赵大', '组长', ['13905511003'], '一组预警传递']],
            zones: [
              {
                name: '枫树沟',
                households: 12,
                people: 40,
                route: '沿村道向东500米至枫树村村部',
                shelter: '枫树村村部',
                contacts: [
                  ['household', '钱二', '村民', ['13905511004'], '枫树沟东侧', 6],
                  ['household', '吴芳', '村民', ['13905511014'], '枫树沟西侧', 6],
                ],
              },
            ],
          },
          { name: '二组', persons: [['group', '孙三', '组长', ['13905511005'], '二组预警传递']] },
          {
            name: '三组',
            persons: [['group', '李明', '组长（兼）', ['13905511002'], '三组预警传递']],
            zones: [
              {
                name: '后山坡',
                households: 5,
                people: 18,
                route: '沿机耕路向北至三组晒场',
                shelter: '三组晒场',
                contacts: [['household', '李明', '村支书', ['13905511002'], '后山坡5户', 5]],
              },
            ],
          },
        ],
      },
      {
        name: '桃园村',
        persons: [['village', '周四', '村委会主任', ['13905511006'], '全村预警叫应、组织转移']],
        groups: [
          { name: '一组', persons: [['group', '郑六', '组长', ['13905511008'], '一组预警传递']] },
          { name: '二组', persons: [] },
        ],
        zones: [{ name: '桃园河滩', households: 8, people: 30, route: '沿河堤向南至桃园小学', shelter: '桃园小学', contacts: [] }],
      },
    ],
  },
  {
    name: '桃源乡',
    persons: [['township', '冯伟', '乡长', ['13905512001'], '全乡山洪灾害防御']],
    villages: [
      {
        name: '青龙村',
        persons: [['village', '陈刚', '党支部书记', ['13905512002'], '全村预警叫应、组织转移']],
        groups: [
          {
            name: '上湾组',
            persons: [['group', '褚明', '组长', ['13905512003'], '上湾组预警传递']],
            zones: [
              {
                name: '青龙沟',
                households: 9,
                people: 33,
                route: '沿青龙溪左岸小路至青龙村委会',
                shelter: '青龙村委会',
                contacts: [['household', '蒋华', '村民', ['13905512004'], '青龙沟9户', 9]],
              },
            ],
          },
          { name: '下湾组', persons: [['group', '卫东', '组长', [], '下湾组预警传递']] },
        ],
      },
      {
        name: '白石村',
        persons: [['village', '沈洁', '村委会主任', ['13905513005'], '全村预警叫应、组织转移']],
        groups: [{ name: '一组', persons: [['group', '韩梅', '组长', ['13905513005'], '一组预警传递']] }],
      },
    ],
  },
  {
    name: '清河街道',
    persons: [['township', '杨帆', '街道办事处主任', ['13905514001'], '全街道山洪灾害防御']],
    villages: [
      {
        name: '河口社区',
        persons: [['village', '朱琳', '社区党委书记', ['13905514002'], '全社区预警叫应、组织转移']],
        groups: [{ name: '一组', persons: [['group', '秦亮', '组长', ['13905514003'], '一组预警传递']] }],
      },
    ],
  },
];

/** Load the sample list for the year of `now` (nothing when that year's list exists); returns the number of persons. */
export function loadSampleLists(db: Db, now: number): number {
  const year = Number(civilDateOf(now).slice(0, 4));
  if (getYear(db, year)) return 0;
  const root = insertYear(db, year, SAMPLE_COUNTY, null, now);
  const insert = personInserter(db, year, now);
  let n = 0;
  const add = (regionId: number, zoneId: number | null, [level, name, position, phones, duty = '', households]: P) => {
    const py = namePinyin(name);
    insert({ level, regionId, zoneId, name, position, duty, phones, households: households ?? null, note: '', initials: py.initials, pinyin: py.full });
    n++;
  };
  const zones = (regionId: number, list: Z[] = []) => {
    for (const z of list) {
      const zone = insertZone(db, year, { regionId, name: z.name, households: z.households, people: z.people, route: z.route, shelter: z.shelter });
      for (const p of z.contacts) add(regionId, zone.id, p);
    }
  };
  for (const p of COUNTY) add(root, null, p);
  for (const t of TOWNSHIPS) {
    const tr = insertRegion(db, year, root, 'township', t.name);
    for (const p of t.persons) add(tr.id, null, p);
    for (const v of t.villages) {
      const vr = insertRegion(db, year, tr.id, 'village', v.name);
      for (const p of v.persons) add(vr.id, null, p);
      for (const g of v.groups) {
        const gr = insertRegion(db, year, vr.id, 'group', g.name);
        for (const p of g.persons) add(gr.id, null, p);
        zones(gr.id, g.zones);
      }
      zones(vr.id, v.zones);
    }
  }
  insert.flush();
  loadSampleRelated(db, year, now);
  touchYear(db, year, now);
  return n;
}
