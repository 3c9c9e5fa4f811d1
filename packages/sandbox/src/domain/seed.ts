import { knownQosProfiles } from "@qod/api-client";
import type { DeviceInput } from "./devices.js";
import type { ProfileRecord } from "./types.js";

/** The static development token, accepted while the sandbox is in-process or on loopback. */
export const DEV_TOKEN = "qod-sandbox-dev-token";

/** The tutorial's device: the first of the seed. */
export const TUTORIAL_DEVICE = {
  phoneNumber: "+36721601234567",
  networkAccessIdentifier: "device@testcsp.net",
  ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25", publicPort: 80 },
  ipv6Address: "2001:db8:1234:5678:9abc:def0:fedc:ba98",
} as const;

/** Seed devices; ids are `device-1`, `device-2`... in this order. */
export const SEED_DEVICES: readonly DeviceInput[] = [
  { device: structuredClone(TUTORIAL_DEVICE) },
  {
    device: {
      phoneNumber: "+36721601234568",
      networkAccessIdentifier: "second@testcsp.net",
      ipv4Address: { publicAddress: "233.252.0.3", privateAddress: "192.0.2.26", publicPort: 80 },
      ipv6Address: "2001:db8:1234:5678::2",
    },
  },
  {
    device: {
      phoneNumber: "+36721601234569",
      ipv4Address: { publicAddress: "233.252.0.4", privateAddress: "192.0.2.27" },
      ipv6Address: "2001:db8:1234:5678::3",
    },
  },
  {
    // A Network-as-Code style subscription: its network access identifier is accepted.
    device: { phoneNumber: "+36721601234570", networkAccessIdentifier: "nac@testcsp.net" },
    supportedIdentifiers: ["phoneNumber", "networkAccessIdentifier", "ipv4Address", "ipv6Address"],
  },
  {
    device: {
      phoneNumber: "+36721601234599",
      networkAccessIdentifier: "ineligible@testcsp.net",
      ipv4Address: { publicAddress: "233.252.0.9", privateAddress: "192.0.2.99", publicPort: 80 },
    },
    eligible: false,
  },
];

const mbps = (value: number) => ({ value, unit: "Mbps" });
const SIZE: Record<string, number> = { S: 10, M: 50, L: 100 };
const QOS_DETAILS: Record<string, Record<string, unknown>> = {
  QOS_E: {
    maxDownstreamRate: mbps(10),
    maxUpstreamRate: mbps(10),
    packetDelayBudget: { value: 20, unit: "Milliseconds" },
    priority: 10,
  },
  QOS_S: { targetMinDownstreamRate: mbps(5), maxDownstreamRate: mbps(20), priority: 40 },
  QOS_M: { targetMinDownstreamRate: mbps(20), maxDownstreamRate: mbps(100), priority: 30 },
  QOS_L: { targetMinDownstreamRate: mbps(50), maxDownstreamRate: { value: 1, unit: "Gbps" }, priority: 20 },
};

function catalogueDetails(name: string): Record<string, unknown> {
  const sizes = /^DOWNLINK_([SML])_UPLINK_([SML])$/.exec(name);
  if (sizes)
    return {
      maxDownstreamRate: mbps(SIZE[sizes[1] as string] ?? 10),
      maxUpstreamRate: mbps(SIZE[sizes[2] as string] ?? 10),
    };
  return QOS_DETAILS[name] ?? {};
}

/** Seed profiles: the 13 catalogue ones ACTIVE for 1 s to 24 h, and four for testing the rules. */
export function seedProfiles(): ProfileRecord[] {
  const catalogue: ProfileRecord[] = knownQosProfiles.map(({ name, description }) => ({
    name,
    description,
    status: "ACTIVE",
    minDuration: 1,
    maxDuration: 86_400,
    details: catalogueDetails(name),
  }));
  return [
    ...catalogue,
    {
      name: "QOS_TEST_INACTIVE",
      description: "Test profile: inactive.",
      status: "INACTIVE",
      minDuration: 1,
      maxDuration: 86_400,
    },
    {
      name: "QOS_TEST_DEPRECATED",
      description: "Test profile: deprecated.",
      status: "DEPRECATED",
      minDuration: 1,
      maxDuration: 86_400,
    },
    {
      name: "QOS_TEST_RESTRICTED",
      description: "Test profile: offered to the second seed device only.",
      status: "ACTIVE",
      minDuration: 1,
      maxDuration: 86_400,
      restrictedTo: ["device-2"],
    },
    {
      name: "QOS_TEST_SHORT",
      description: "Test profile: sessions of 60 s to 1 h.",
      status: "ACTIVE",
      minDuration: 60,
      maxDuration: 3_600,
    },
  ];
}
