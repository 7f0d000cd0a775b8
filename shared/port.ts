/**
 * A port: its AWS side is made from the environment on first use; a local host installs its own side
 * first (`useLocal`), so a Lambda bundle never carries the local one. Marked pure, so a bundle whose
 * code never asks for the port drops it, and the AWS client behind it, altogether.
 */
export interface Port<T> {
  get(): T;
  /** Made on first use, when the local host knows its address. */
  useLocal(make: () => T): void;
}

export function port<T>(name: string, fromEnvironment: () => T | undefined): Port<T> {
  let current: T | undefined;
  let makeLocal: (() => T) | undefined;
  return {
    get() {
      current ??= makeLocal ? makeLocal() : fromEnvironment();
      if (current === undefined) throw new Error(`No ${name}: its AWS setting is missing and no local one was installed`);
      return current;
    },
    useLocal(make) {
      makeLocal = make;
      current = undefined;
    },
  };
}
