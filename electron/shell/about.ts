/** 关于: version and where the data lives, for the about box. */
export function aboutText(info: { version: string; dataDir: string; logDir: string; electron?: string }): { title: string; message: string; detail: string } {
  return {
    title: '关于防汛值班台',
    message: `防汛值班台 ${info.version}`,
    detail: [`数据文件夹：${info.dataDir}`, `日志文件夹：${info.logDir}`, info.electron ? `Electron ${info.electron}` : ''].filter(Boolean).join('\n'),
  };
}
