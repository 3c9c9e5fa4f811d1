// The SDK names fields as its API does (`device.phoneNumber`); people typed flags. This maps
// one to the other so every validation message names what the user can change.
const FIELD_FLAGS: [RegExp, string][] = [
  [/^options\.baseUrl/, "--base-url"],
  [/^options\.profilesBaseUrl/, "--profiles-base-url"],
  [/^ipv4Address\.publicAddress/, "--ipv4-public"],
  [/^ipv4Address\.privateAddress/, "--ipv4-private"],
  [/^ipv4Address\.publicPort/, "--ipv4-port"],
  [/^ipv4Address/, "--ipv4-public"],
  [/^ipv6Address/, "--ipv6"],
  [/^phoneNumber/, "--phone"],
  [/^networkAccessIdentifier/, "--nai"],
  [/^profile/, "--profile"],
  [/^serviceIpv4/, "--service-ipv4"],
  [/^serviceIpv6/, "--service-ipv6"],
  [/^serviceAddresses/, "--service-address"],
  [/^servicePorts/, "--service-ports"],
  [/^devicePorts/, "--device-ports"],
  [/^duration/, "--duration"],
  [/^sinkCredential/, "--sink-token"],
  [/^sink/, "--sink"],
  [/^seconds/, "--by"],
  [/^sessionId/, "<id>"],
  [/^assignmentId/, "<id>"],
  [/^name/, "<name>"],
  [/^status/, "--status"],
];

/** `device.phoneNumber` → `--phone`; the path itself when no flag matches. */
export function flagForPath(path: string): string {
  const field = path.replace(/^(filter\.)?(device\.?)?/, "");
  if (field === "" && /device/.test(path)) return "--phone";
  for (const [pattern, flag] of FIELD_FLAGS) if (pattern.test(field)) return flag;
  return path;
}
