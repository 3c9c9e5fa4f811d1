import type { SinkCredentialInput } from "@qod/sdk";
import { UsageError } from "../cli-error.js";
import { parseDuration } from "./duration.js";

/** The notification flags sessions and assignments share. */
export interface SinkFlags {
  sink?: string;
  sinkToken?: string;
  sinkTokenExpires: string;
}

/** `sink` and `sinkCredential` from the flags; a token without a sink is refused. */
export function sinkFromFlags(flags: SinkFlags): { sink?: string; sinkCredential?: SinkCredentialInput } {
  if (flags.sinkToken !== undefined && flags.sink === undefined) {
    throw new UsageError("a sink token needs --sink, the URL it is sent to", "--sink-token");
  }
  return {
    ...(flags.sink !== undefined && { sink: flags.sink }),
    ...(flags.sinkToken !== undefined && {
      sinkCredential: { accessToken: flags.sinkToken, accessTokenExpiresUtc: expiry(flags.sinkTokenExpires) },
    }),
  };
}

// RFC 3339 as given, or a duration from now.
function expiry(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return text;
  return new Date(Date.now() + parseDuration("--sink-token-expires", text) * 1000).toISOString();
}
