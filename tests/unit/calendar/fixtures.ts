import { readFileSync } from 'node:fs';

/** The text of a notice kept in ./fixtures (notice-2024.txt …). */
export function noticeText(year: number): string {
  return readFileSync(new URL(`./fixtures/notice-${year}.txt`, import.meta.url), 'utf8');
}
