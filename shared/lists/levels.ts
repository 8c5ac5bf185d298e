import type { PersonLevel } from './types';
import { headerKey, stripBrackets } from './text';

/**
 * 责任人类别 as written in a cell or a column-group header: “县级”, “乡（镇）级”, “乡镇级责任人”,
 * “村（社区）级”, “组级”, “户级”, “联户责任人” … null when it is none of them.
 */
export function parseLevel(raw: string): PersonLevel | null {
  const k = stripBrackets(headerKey(raw)).replace(/山洪灾害防御|防汛|责任人|包保|负责人|类别|层级/g, '');
  if (k === '') return null;
  if (/^(县|县级|县\(市、区\)级|县市区级|市县级|县区级|一级)$/.test(k) || /^县.*级$/.test(k)) return 'county';
  if (/^(乡|镇|乡镇|乡级|镇级|乡镇级|街道级|乡镇街道级|乡镇\/街道级|二级)$/.test(k) || /^(乡|镇|街道).*级$/.test(k)) return 'township';
  if (/^(村|村级|社区级|村社区级|行政村级|村居级|三级)$/.test(k) || /^(村|社区|行政村).*级$/.test(k)) return 'village';
  if (/^(组|组级|村民组级|村民小组级|小组级|自然村级|四级)$/.test(k) || /^(组|村民组|村民小组|自然村).*级$/.test(k)) return 'group';
  if (/^(户|户级|联户|联户级|五级|户级联户)$/.test(k) || /^(户|联户).*级?$/.test(k)) return 'household';
  return null;
}
