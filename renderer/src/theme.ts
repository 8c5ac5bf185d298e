import type { ConfigProviderProps } from 'antd';

/** The app's antd configuration: FullApp.tsx, and the build's first-screen styles (scripts/antd-styles.ts) — the same, or their names would not match. */
export const ANTD_CONFIG = {
  button: { autoInsertSpace: false },
  theme: { token: { colorPrimary: '#1d4ed8', borderRadius: 4, fontSize: 14 } },
} satisfies ConfigProviderProps;
