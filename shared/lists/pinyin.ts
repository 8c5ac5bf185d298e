import { pinyin } from 'pinyin-pro';

/**
 * A name's pinyin for search: initials (“张三” → zs) and the whole (zhangsan), surname readings
 * (单 → shan, 曾 → zeng) included. Kept out of shared/lists/index.ts: the dictionary is large and the
 * renderer does not need it.
 */
export interface NamePinyin {
  initials: string;
  full: string;
}

const cache = new Map<string, NamePinyin>();
const CACHE_MAX = 400_000;

export function namePinyin(name: string): NamePinyin {
  const hit = cache.get(name);
  if (hit) return hit;
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' }) as string[];
  let initials = '';
  let full = '';
  for (const raw of syllables) {
    const s = raw.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, '');
    if (!s) continue;
    initials += s[0];
    full += s;
  }
  const out = { initials, full };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(name, out);
  return out;
}
