// The whole bridge: one call channel and one event channel. No raw ipcRenderer reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const IPC_INVOKE = 'api:invoke';
const IPC_EVENT = 'api:event';

contextBridge.exposeInMainWorld('api', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(IPC_INVOKE, String(method), input),
  on: (listener: (e: unknown) => void) => {
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(IPC_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, wrapped);
    };
  },
});
