/** A usage or input problem found while running a command: one line on stderr, exit 2. */
export class UsageError extends Error {}
