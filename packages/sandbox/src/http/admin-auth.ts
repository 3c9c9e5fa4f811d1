import { sameSecret } from "../auth/authenticator.js";
import type { SandboxCore } from "../core.js";

const BEARER = /^bearer +(\S+)$/i;
const BASIC = /^basic +([A-Za-z0-9+/=]+)$/i;

/** The admin token a request carries: as a bearer token, or as the password of HTTP Basic (what browsers send). */
function presentedToken(authorization: string | undefined): string | undefined {
  const header = authorization ?? "";
  const bearer = BEARER.exec(header)?.[1];
  if (bearer !== undefined) return bearer;
  const basic = BASIC.exec(header)?.[1];
  if (basic === undefined) return undefined;
  const decoded = Buffer.from(basic, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/**
 * Whether a request may use the control API and the dashboard: always in-process and on loopback;
 * beyond loopback only with the admin token.
 */
export function adminAuthorized(core: SandboxCore, authorization: string | undefined): boolean {
  if (!core.exposed) return true;
  const token = presentedToken(authorization);
  return token !== undefined && core.adminToken !== undefined && sameSecret(token, core.adminToken);
}

/** Makes a browser ask for the admin token (as the password) when the page is opened without it. */
export const BASIC_CHALLENGE = 'Basic realm="QoD sandbox (admin token as the password)", charset="UTF-8"';
