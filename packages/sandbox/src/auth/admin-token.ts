/** Fewest characters of an admin token that guards a sandbox reachable from other machines. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

const HOW_TO_MAKE = "make one with `openssl rand -hex 32`";

/** Why a sandbox refuses to listen beyond loopback. `reason` reads after the setting's name. */
export class AdminTokenError extends Error {
  override name = "AdminTokenError";
  /** The problem without the option's name, e.g. for a CLI that takes the token from an environment variable. */
  readonly reason: string;

  constructor(reason: string) {
    super(`adminToken: ${reason}`);
    this.reason = reason;
  }
}

/**
 * Refuses an admin token too weak to expose the control API with: missing, shorter than 32
 * characters, or holding whitespace, control or non-ASCII characters (which an HTTP header
 * cannot carry intact). The message never repeats the token.
 */
export function checkAdminToken(token: string | undefined): void {
  if (token === undefined || token === "")
    throw new AdminTokenError(`is required to listen beyond loopback (it guards the control API); ${HOW_TO_MAKE}`);
  if (!/^[\x21-\x7e]*$/.test(token))
    throw new AdminTokenError(`must not contain whitespace, control or non-ASCII characters; ${HOW_TO_MAKE}`);
  if (token.length < MIN_ADMIN_TOKEN_LENGTH)
    throw new AdminTokenError(
      `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters long (it has ${token.length}); ${HOW_TO_MAKE}`,
    );
}
