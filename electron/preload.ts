import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './ipc/bridge';

// Sandboxed preload: it only forwards contract calls; all checks happen in the main process.
contextBridge.exposeInMainWorld('siteproof', createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)));
