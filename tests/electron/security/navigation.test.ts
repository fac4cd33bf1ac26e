import { describe, expect, it, vi } from 'vitest';
import { guardContents, isNavigationAllowed, type GuardableContents } from '../../../electron/security/navigation';

describe('isNavigationAllowed', () => {
  it.each(['app://siteproof/index.html', 'app://siteproof/index.html#/visits/1'])('allows %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(true);
  });

  it.each(['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://evil/', 'app://siteproof.evil.com/', 'javascript:void(0)', 'about:blank', 'mailto:a@b.c', ''])(
    'refuses %s',
    (url) => {
      expect(isNavigationAllowed(url)).toBe(false);
    },
  );
});

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  guardContents(contents as unknown as GuardableContents);
  const fire = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

describe('guardContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks foreign URLs and lets our own through', (event) => {
    const { fire } = fakeContents();
    expect(fire(event, 'https://example.com/')).toBe(true);
    expect(fire(event, 'app://siteproof.evil.com/')).toBe(true);
    expect(fire(event, 'app://siteproof/index.html')).toBe(false);
  });

  it('refuses every <webview>', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, ours included', () => {
    const { open } = fakeContents();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://siteproof/index.html')).toEqual({ action: 'deny' });
  });
});
