import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from '../../../renderer/src/components/tabKeys';

describe('tabKeyTarget', () => {
  it('moves to the next and previous tab, round the ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 1, 3)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2);
  });
  it('moves to the first and last with Home and End', () => {
    expect(tabKeyTarget('Home', 2, 5)).toBe(0);
    expect(tabKeyTarget('End', 0, 5)).toBe(4);
  });
  it('ignores other keys and an empty row', () => {
    expect(tabKeyTarget('Enter', 1, 3)).toBeNull();
    expect(tabKeyTarget('ArrowDown', 1, 3)).toBeNull();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
