/**
 * The tab a key moves to in a row of `count` tabs from `current` (WAI-ARIA tabs pattern): ←/→ to the
 * previous/next, round the ends; Home/End to the first/last. Null for any other key, or no tabs.
 */
export function tabKeyTarget(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
