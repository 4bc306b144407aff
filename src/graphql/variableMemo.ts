/** Values kept per memo: a client varying its page sizes gets this many before the rest are computed. */
const MAX_VALUES = 32;

/**
 * Remembers what a pure function of one operation's variables computed, keyed by the values of the
 * variables it actually read, never by the others. It is run on a view of the variables that notes
 * every name read; the key is the values of every name read so far, in any run. A run reads its
 * names one after another, each choice depending only on values already read, so two requests that
 * agree on all those names make the same reads and get the same result. While no run has read a
 * variable, the variables are not even worked out. A run that lists the variables (reads them all)
 * turns the memo off.
 */
export class VariableMemo<T> {
  private readonly reads = new Set<string>();
  private readsAll = false;
  private readonly values = new Map<string, T>();

  /** `variables` works them out (with defaults); `compute` is the pure function of them. */
  value(variables: () => Record<string, unknown>, compute: (read: Record<string, unknown>) => T): T {
    if (this.readsAll) return compute(variables());
    const known = this.reads.size > 0 ? variables() : null;
    const hit = this.values.get(known ? this.keyOf(known) : '');
    if (hit !== undefined) return hit;
    const actual = known ?? variables();
    const readBefore = this.reads.size;
    const forgetIfMoreRead = () => {
      // Keys made from fewer names no longer say which requests agree.
      if (this.reads.size !== readBefore) this.values.clear();
    };
    let result: T;
    try {
      result = compute(this.noting(actual));
    } finally {
      forgetIfMoreRead();
    }
    if (!this.readsAll && this.values.size < MAX_VALUES) this.values.set(this.keyOf(actual), result);
    return result;
  }

  private keyOf(variables: Record<string, unknown>): string {
    const parts: string[] = [];
    for (const name of this.reads) {
      parts.push(Object.hasOwn(variables, name) ? `${name}=${JSON.stringify(variables[name])}` : `${name}-`);
    }
    return parts.join(',');
  }

  /** The variables, seen through a view that notes each name read (or tested for). */
  private noting(variables: Record<string, unknown>): Record<string, unknown> {
    const note = (name: string | symbol) => {
      if (typeof name === 'string') this.reads.add(name);
    };
    return new Proxy(variables, {
      get: (target, name, receiver) => {
        note(name);
        return Reflect.get(target, name, receiver);
      },
      has: (target, name) => {
        note(name);
        return Reflect.has(target, name);
      },
      getOwnPropertyDescriptor: (target, name) => {
        note(name);
        return Reflect.getOwnPropertyDescriptor(target, name);
      },
      ownKeys: (target) => {
        this.readsAll = true;
        return Reflect.ownKeys(target);
      },
    });
  }
}
