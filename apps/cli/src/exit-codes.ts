/** What `qod` exits with, so scripts can branch on the kind of failure. */
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  conflict: 5,
  rateLimited: 6,
  server: 7,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
