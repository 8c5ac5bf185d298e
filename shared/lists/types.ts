/**
 * 山洪灾害防御五级责任人: the region tree (县 → 乡镇/街道 → 行政村/社区 → 村民组, with 危险区)
 * and the responsible persons at five levels. Pure types and labels.
 */

export const PERSON_LEVELS = ['county', 'township', 'village', 'group', 'household'] as const;
export type PersonLevel = (typeof PERSON_LEVELS)[number];

export const REGION_LEVELS = ['county', 'township', 'village', 'group'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** 县级 … 户级, as the lists and the 公示表 say. */
export const LEVEL_ZH: Record<PersonLevel, string> = {
  county: '县级',
  township: '乡级',
  village: '村级',
  group: '组级',
  household: '户级',
};

export const REGION_LEVEL_ZH: Record<RegionLevel, string> = {
  county: '县',
  township: '乡镇（街道）',
  village: '行政村（社区）',
  group: '村民组',
};

/** The region level below each one (a 村民组 has none). */
export const CHILD_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  county: 'township',
  township: 'village',
  village: 'group',
  group: null,
};

/** Where a person of each level sits: 户级 contacts belong to a village or a group (usually with a 危险区). */
export const REGION_OF_LEVEL: Record<PersonLevel, readonly RegionLevel[]> = {
  county: ['county'],
  township: ['township'],
  village: ['village'],
  group: ['group'],
  household: ['village', 'group'],
};

/** The person level that is responsible for a region of this level. */
export const OWN_LEVEL: Record<RegionLevel, PersonLevel> = {
  county: 'county',
  township: 'township',
  village: 'village',
  group: 'group',
};

export const LEVEL_RANK: Record<PersonLevel, number> = { county: 0, township: 1, village: 2, group: 3, household: 4 };
export const REGION_RANK: Record<RegionLevel, number> = { county: 0, township: 1, village: 2, group: 3 };

export interface Region {
  id: number;
  parentId: number | null;
  level: RegionLevel;
  name: string;
  sortOrder: number;
}

/** 危险区: households and people at risk, the evacuation route and the shelter. */
export interface Zone {
  id: number;
  regionId: number;
  name: string;
  households: number;
  people: number;
  /** 转移路线 */
  route: string;
  /** 避险安置点 */
  shelter: string;
}

export interface PersonFields {
  level: PersonLevel;
  regionId: number;
  /** 户级: the 危险区 the contact looks after (optional). */
  zoneId: number | null;
  name: string;
  position: string;
  /** 责任区域/职责 */
  duty: string;
  /** Normalised (see shared/phone.ts). */
  phones: string[];
  /** 户级: households covered (联系户数). */
  households: number | null;
  note: string;
}

export interface ListPerson extends PersonFields {
  id: number;
  year: number;
  /** The id of this person's first entry; copies into later years keep it, so history follows the person. */
  lineage: number;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A person as listed: with the place spelled out. */
export interface PersonRow extends ListPerson {
  /** 石门镇/枫树村/一组 (the county itself is left out; '' for 县级). */
  regionPath: string;
  zoneName: string;
}

/** Spot-check call outcome (电话抽查). */
export const CALL_RESULTS = ['answered', 'no_answer', 'wrong_number'] as const;
export type CallResult = (typeof CALL_RESULTS)[number];
export const CALL_RESULT_ZH: Record<CallResult, string> = { answered: '接通', no_answer: '未接听', wrong_number: '号码错误' };

export interface PhoneCall {
  id: number;
  personId: number;
  lineage: number;
  at: number;
  result: CallResult;
  note: string;
  operatorName: string;
}

/** The largest workbook accepted (the browser host sends it as base64 inside JSON). */
export const LIST_FILE_MAX_BYTES = 50 * 1024 * 1024;
