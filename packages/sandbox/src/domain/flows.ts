// The flow rule lives in the SDK, shared with qodd; the sandbox uses it as is.
export type { Flow, PortSet } from "@qod/sdk";
export { ALL_PORTS, flowsOverlap, portSetsIntersect, toFlow, toPortSet } from "@qod/sdk";
