/**
 * A macrotask turn without setTimeout's 4 ms clamp: setImmediate in Node, a MessageChannel round trip in a page
 * or worker. Long synchronous work (PDF layout, zip assembly) awaits it now and then, so that a cancel message,
 * a progress repaint or a click gets handled in between; awaiting a resolved promise would not let them in.
 */
export function nextTask(): Promise<void> {
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  if (typeof g.setImmediate === 'function') return new Promise((resolve) => g.setImmediate!(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // addEventListener + start() is the form both the DOM's and Node's MessagePort types describe.
    channel.port1.addEventListener('message', () => {
      channel.port1.close();
      resolve();
    }, { once: true });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}
