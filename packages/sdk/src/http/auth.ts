import type { Middleware } from "@qod/api-client";
import { QodError } from "../errors/qod-error.js";
import { sanitizeCause } from "../errors/redact.js";
import type { SecretStore } from "./secrets.js";

/** A token, or a function that returns one (called before every request, so it can refresh). */
export type TokenSource = string | (() => string | Promise<string>);

/** How requests authenticate. */
export interface AuthMiddlewareOptions {
  /** The access token or API key. */
  token: TokenSource;
  /** `bearer`: `Authorization: Bearer`; `rapidapi`: `X-RapidAPI-Key` and `X-RapidAPI-Host`. */
  auth: "bearer" | "rapidapi";
  /** The `X-RapidAPI-Host` value (rapidapi only). */
  rapidApiHost?: string | undefined;
  /** The `User-Agent` value. */
  userAgent: string;
  /** Where sent tokens are remembered for redaction. */
  secrets: SecretStore;
}

function checked(token: unknown, secrets: SecretStore): string {
  if (typeof token !== "string" || token.length === 0) {
    throw new QodError("the token function returned no token (expected a non-empty string)");
  }
  secrets.remember(token);
  return token;
}

async function resolveToken(source: () => string | Promise<string>, secrets: SecretStore): Promise<string> {
  let token: string;
  try {
    token = await source();
  } catch (error) {
    throw new QodError("the token function failed", { cause: sanitizeCause(error, secrets.values()) });
  }
  return checked(token, secrets);
}

/** Adds the credentials and the User-Agent to every request. */
export function authMiddleware(options: AuthMiddlewareOptions): Middleware {
  const { token: source, secrets } = options;
  const apply = (request: Request, token: string) => {
    if (options.auth === "rapidapi") {
      request.headers.set("X-RapidAPI-Key", token);
      request.headers.set("X-RapidAPI-Host", options.rapidApiHost ?? "");
    } else {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    request.headers.set("User-Agent", options.userAgent);
  };
  return {
    // Headers are changed in place: returning the request would make openapi-fetch expect a real Request.
    onRequest({ request }) {
      // A fixed token needs no promise; only a token function is awaited.
      if (typeof source === "string") return void apply(request, checked(source, secrets));
      return resolveToken(source, secrets).then((token) => void apply(request, token));
    },
  };
}
