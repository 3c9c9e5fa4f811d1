// Tokens read during this run, so the error printer can scrub them from anything it shows,
// whatever path an error took to get there.
const known = new Set<string>();

/** Remembers a secret for {@link knownSecrets}. */
export function rememberSecret(secret: string): void {
  if (secret !== "") known.add(secret);
}

/** Every secret read so far in this process. */
export function knownSecrets(): string[] {
  return [...known];
}
