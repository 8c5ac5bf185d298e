import { useState } from 'react';

/**
 * False until `open` is first true, then true for good: a dialog is mounted when first opened — a closed
 * antd Modal still renders and injects its styles, on the way to the first screen — and stays mounted
 * after, so that it closes with its animation.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
