/**
 * A port: its AWS side is made from the environment on first use; a local host installs its own side
 * first (`useLocal`), so a Lambda bundle never carries the local one.
 */
export function port<T>(name: string, fromEnvironment: () => T | undefined) {
  let current: T | undefined;
  let makeLocal: (() => T) | undefined;
  return {
    get(): T {
      current ??= makeLocal ? makeLocal() : fromEnvironment();
      if (current === undefined) throw new Error(`No ${name}: its AWS setting is missing and no local one was installed`);
      return current;
    },
    /** Made on first use, when the local host knows its address. */
    useLocal(make: () => T): void {
      makeLocal = make;
      current = undefined;
    },
  };
}
