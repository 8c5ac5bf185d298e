import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import Ajv from 'ajv';

const config = yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid against the schema shipped in app-builder-lib', () => {
    const schema = JSON.parse(fs.readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('names the product and builds Windows NSIS and Linux deb/AppImage for x64 and arm64', () => {
    expect(config.productName).toBe('防汛值班台');
    const linux = config.linux as { target: { target: string; arch: string[] }[] };
    expect(linux.target.map((t) => t.target)).toEqual(['deb', 'AppImage']);
    for (const t of linux.target) expect(t.arch).toEqual(['x64', 'arm64']);
    const win = config.win as { target: { target: string }[] };
    expect(win.target[0]!.target).toBe('nsis');
    expect((config.nsis as { deleteAppDataOnUninstall: boolean }).deleteAppDataOnUninstall).toBe(false);
  });

  it('packs the files the app loads at run time', () => {
    const files = config.files as string[];
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { main: string };
    const glob = (f: string) => new RegExp('^' + f.replace(/\./g, '\\.').replace(/\*\*\/\*/g, '@ANY@').replace(/\*/g, '[^/]*').replace(/@ANY@/g, '.*') + '$');
    const covered = (p: string) => files.some((f) => !f.startsWith('!') && glob(f).test(p));
    for (const p of [pkg.main, 'dist/electron/preload.cjs', 'dist/electron/migrations/0010-init.sql', 'dist/renderer/index.html', 'package.json']) {
      expect(covered(p), p).toBe(true);
    }
  });
});
