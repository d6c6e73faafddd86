/**
 * What `make` gives for `key`, made the first time it is asked for and kept while the key object
 * is held (a WeakMap): for figures or text worked out from an object no one changes once made.
 */
export function keptFor<K extends object, V>(kept: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = kept.get(key);
  if (value === undefined) {
    value = make(key);
    kept.set(key, value);
  }
  return value;
}
