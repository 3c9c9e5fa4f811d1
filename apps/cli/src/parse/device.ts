import type { Command } from "commander";
import { UsageError } from "../cli-error.js";
import { port } from "./ports.js";

/** The device flags as commander parses them. */
export interface DeviceFlags {
  phone?: string;
  ipv4Public?: string;
  ipv4Private?: string;
  ipv4Port?: string;
  ipv6?: string;
  nai?: string;
}

/** A device as the SDK takes it (`client.devices.get(…)`). */
export interface DeviceInput {
  phoneNumber?: string;
  networkAccessIdentifier?: string;
  ipv4Address?: { publicAddress: string; privateAddress?: string; publicPort?: number };
  ipv6Address?: string;
}

export const DEVICE_FLAGS_HINT = "--phone, --ipv4-public with --ipv4-private or --ipv4-port, --ipv6 or --nai";

/** Declares the flags that identify a device, the same on every command. */
export function addDeviceOptions(command: Command): Command {
  return command
    .option("--phone <e164>", "device phone number in E.164, e.g. +36721601234567")
    .option("--ipv4-public <address>", "device public IPv4 address (with --ipv4-private or --ipv4-port)")
    .option("--ipv4-private <address>", "device private IPv4 address behind NAT")
    .option("--ipv4-port <port>", "device public port")
    .option("--ipv6 <address>", "device IPv6 address")
    .option("--nai <id>", "network access identifier, e.g. device@testcsp.net (Network as Code)");
}

/**
 * The flags a create shares between sessions and assignments: notifications, unknown profiles,
 * and waiting until `noun` is AVAILABLE.
 */
export function addCreateOptions(command: Command, noun: string): Command {
  return command
    .option("--sink <url>", "https URL that receives status notifications")
    .option("--sink-token <token>", "bearer token the provider sends to the sink")
    .option("--sink-token-expires <when>", "when the sink token expires: RFC 3339, or a duration from now", "25h")
    .option("--allow-unknown-profile", "accept a profile outside the known catalogue")
    .option("--wait", `wait until the ${noun} is AVAILABLE`)
    .option("--wait-timeout <duration>", "give up waiting after this long", "60s");
}

/**
 * The device the flags name, or undefined when none were given and none is required. Shape
 * problems the SDK also knows about are left to it, so the message is the same everywhere;
 * what only the CLI knows (flag combinations) is checked here.
 */
export function deviceFromFlags(flags: DeviceFlags, required: boolean): DeviceInput | undefined {
  const { phone, ipv4Public, ipv4Private, ipv4Port, ipv6, nai } = flags;
  if (ipv4Public === undefined && (ipv4Private !== undefined || ipv4Port !== undefined)) {
    const given = ipv4Private !== undefined ? "--ipv4-private" : "--ipv4-port";
    throw new UsageError(`needs --ipv4-public too: ${given} only completes a public address`, given);
  }
  if (ipv4Public !== undefined && ipv4Private === undefined && ipv4Port === undefined) {
    throw new UsageError(
      "a public address alone does not identify a device behind NAT: add --ipv4-private or --ipv4-port",
      "--ipv4-public",
    );
  }
  const device: DeviceInput = {
    ...(phone !== undefined && { phoneNumber: phone }),
    ...(nai !== undefined && { networkAccessIdentifier: nai }),
    ...(ipv4Public !== undefined && {
      ipv4Address: {
        publicAddress: ipv4Public,
        ...(ipv4Private !== undefined && { privateAddress: ipv4Private }),
        ...(ipv4Port !== undefined && { publicPort: port("--ipv4-port", ipv4Port) }),
      },
    }),
    ...(ipv6 !== undefined && { ipv6Address: ipv6 }),
  };
  if (Object.keys(device).length > 0) return device;
  if (required) throw new UsageError(`no device given: identify it with ${DEVICE_FLAGS_HINT}`, "--phone");
  return undefined;
}
