// Checks a wanted session (from the config file or a lease request) with the SDK's validators,
// so the daemon refuses exactly what the SDK would, with the SDK's messages and field paths.
import {
  createSessionInputSchema,
  createSessionInputSchemaAnyProfile,
  deviceInputSchema,
  inputIssues,
  type ValidationIssue,
} from "@qod/sdk";
import type { DeviceSpec, PortsSpec, SessionSpec } from "../model/session-spec.js";

/** A session as a person writes it: SDK field names, with ports grouped under `ports`. */
export interface SessionInput {
  device: unknown;
  profile: unknown;
  serviceIpv4?: unknown;
  serviceIpv6?: unknown;
  ports?: { service?: unknown; device?: unknown } | undefined;
}

/** Options for checkSessionInput. */
export interface CheckSessionOptions {
  /** Accept profile names outside the known catalogue. @default false */
  allowUnknownProfiles?: boolean;
  /** Put before every issue path, e.g. `sessions[2]`. @default "" */
  path?: string;
}

/** The outcome: a normalised spec, or the problems found. */
export type CheckedSession = { ok: true; spec: SessionSpec } | { ok: false; issues: ValidationIssue[] };

const join = (root: string, path: string) => (root ? (path ? `${root}.${path}` : root) : path);

// The SDK names ports servicePorts / devicePorts; the daemon groups them as ports.service / ports.device.
function renamePath(path: string): string {
  return path.replace(/^servicePorts/, "ports.service").replace(/^devicePorts/, "ports.device");
}

export function checkSessionInput(input: SessionInput, options: CheckSessionOptions = {}): CheckedSession {
  const root = options.path ?? "";
  const issues: ValidationIssue[] = [];
  if (input.device === undefined) issues.push({ path: join(root, "device"), message: "is required" });
  else issues.push(...inputIssues(deviceInputSchema, input.device, { path: join(root, "device") }));

  const schema = options.allowUnknownProfiles ? createSessionInputSchemaAnyProfile : createSessionInputSchema;
  const body = {
    profile: input.profile,
    ...(input.serviceIpv4 !== undefined && { serviceIpv4: input.serviceIpv4 }),
    ...(input.serviceIpv6 !== undefined && { serviceIpv6: input.serviceIpv6 }),
    ...(input.ports?.service !== undefined && { servicePorts: input.ports.service }),
    ...(input.ports?.device !== undefined && { devicePorts: input.ports.device }),
  };
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    for (const issue of inputIssues(schema, body)) {
      issues.push({ path: join(root, renamePath(issue.path)), message: issue.message });
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };

  const wire = parsed.data;
  const spec: SessionSpec = {
    device: input.device as DeviceSpec,
    profile: wire.qosProfile,
    ...(wire.applicationServer.ipv4Address !== undefined && { serviceIpv4: wire.applicationServer.ipv4Address }),
    ...(wire.applicationServer.ipv6Address !== undefined && { serviceIpv6: wire.applicationServer.ipv6Address }),
    ...(wire.applicationServerPorts !== undefined && { servicePorts: wire.applicationServerPorts as PortsSpec }),
    ...(wire.devicePorts !== undefined && { devicePorts: wire.devicePorts as PortsSpec }),
  };
  return { ok: true, spec: structuredClone(spec) };
}
