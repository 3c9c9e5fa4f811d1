// Generated from openapi/ by scripts/generate.mjs. Do not edit: run `pnpm generate`.

/** The QoS profile labels known across providers, with what each one means. */
export const knownQosProfiles = [
  {
    "name": "DOWNLINK_S_UPLINK_S",
    "description": "Small downlink and small uplink bandwidth."
  },
  {
    "name": "DOWNLINK_S_UPLINK_M",
    "description": "Small downlink, medium uplink bandwidth."
  },
  {
    "name": "DOWNLINK_S_UPLINK_L",
    "description": "Small downlink, large uplink bandwidth."
  },
  {
    "name": "DOWNLINK_M_UPLINK_S",
    "description": "Medium downlink, small uplink bandwidth."
  },
  {
    "name": "DOWNLINK_M_UPLINK_M",
    "description": "Medium downlink, medium uplink bandwidth."
  },
  {
    "name": "DOWNLINK_M_UPLINK_L",
    "description": "Medium downlink, large uplink bandwidth."
  },
  {
    "name": "DOWNLINK_L_UPLINK_S",
    "description": "Large downlink, small uplink bandwidth."
  },
  {
    "name": "DOWNLINK_L_UPLINK_M",
    "description": "Large downlink, medium uplink bandwidth."
  },
  {
    "name": "DOWNLINK_L_UPLINK_L",
    "description": "Large downlink and large uplink bandwidth."
  },
  {
    "name": "QOS_E",
    "description": "Stable latency under congestion, with limited bandwidth."
  },
  {
    "name": "QOS_S",
    "description": "Throughput prioritised up to a lower limit."
  },
  {
    "name": "QOS_M",
    "description": "Throughput prioritised up to a medium limit."
  },
  {
    "name": "QOS_L",
    "description": "Throughput prioritised up to a higher limit, or with no explicit limit."
  }
] as const;

/** One of the known QoS profile labels. */
export type KnownQosProfile = (typeof knownQosProfiles)[number]["name"];
