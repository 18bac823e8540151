/**
 * A pure function of a string, remembered for the last `maxEntries` distinct arguments (least recently used
 * go first). For checks that depend on nothing but the text, such as whether a profile's free text holds
 * contact data: a company's candidate page checks the same texts on every request (decision 037). The
 * answer for a text is the same for everyone, so remembering it shares nothing between users.
 */
export function boundedMemo<T>(compute: (text: string) => T, maxEntries: number): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text) => {
    if (remembered.has(text)) {
      const value = remembered.get(text) as T;
      // Map keeps insertion order: re-inserting makes this the most recently used.
      remembered.delete(text);
      remembered.set(text, value);
      return value;
    }
    const value = compute(text);
    remembered.set(text, value);
    if (remembered.size > maxEntries) remembered.delete(remembered.keys().next().value as string);
    return value;
  };
}
