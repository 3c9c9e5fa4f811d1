import { describe, expect, it } from "vitest";
import type { ChangeBatch } from "../src/events/change-feed.js";
import type { OwnedAssignment, OwnedSession, SandboxReader } from "../src/events/sandbox-reader.js";
import { servedApis } from "../src/events/served-apis.js";
import { changeMessage, snapshotMessage } from "../src/events/stream-messages.js";
import type { DeliveryRecord } from "../src/notifications/notifier.js";
import { START } from "./helpers/sandbox.js";

// The stream's message parts from a reader that holds fixed values: what each change resolves to.

const session: OwnedSession = { sessionId: "s-1", sink: "https://sink.test/session", clientId: "c", deviceId: "d-1" };
const assignment: OwnedAssignment = {
  assignmentId: "a-1",
  qosProfile: "QOS_M",
  status: "AVAILABLE",
  sink: "https://sink.test/assignment",
  clientId: "c",
  deviceId: "d-2",
};

function delivery(sessionId: string, subject?: "assignment"): DeliveryRecord {
  return {
    eventId: `e-${sessionId}`,
    sessionId,
    ...(subject ? { subject } : {}),
    sink: "https://sink.test/old",
    qosStatus: "AVAILABLE",
    attempt: 1,
    at: START,
    outcome: "delivered",
  };
}

/** A reader over one session and one assignment; counts how often the whole state is read. */
function fixedReader() {
  const reads = { state: 0 };
  const reader: SandboxReader = {
    revision: () => 7,
    clock: () => ({ now: START, realtime: false }),
    session: (id) => (id === session.sessionId ? session : undefined),
    assignment: (id) => (id === assignment.assignmentId ? assignment : undefined),
    state: () => {
      reads.state++;
      return {
        now: START,
        realtime: false,
        devices: [],
        profiles: [],
        sessions: [session],
        assignments: [assignment],
        tokens: 0,
        faults: [],
        limits: [],
        scheduledEvents: 0,
      };
    },
    sessionEvents: () => [],
    deliveries: () => [delivery("s-1"), delivery("a-1", "assignment")],
  };
  return { reader, reads };
}

const batch = (changes: ChangeBatch["changes"]): ChangeBatch => ({ revision: 8, reload: false, changes });

describe("the event stream's change message", () => {
  it("resolves assignment ids to their current value, once each, and names the ones gone", () => {
    const { reader, reads } = fixedReader();
    const message = changeMessage(
      reader,
      batch([
        { kind: "assignment", id: "a-1" },
        { kind: "assignment", id: "a-gone" },
        { kind: "assignment", id: "a-1" },
      ]),
    );
    expect(message).toEqual({
      revision: 8,
      now: START,
      realtime: false,
      assignments: [assignment],
      removedAssignments: ["a-gone"],
    });
    expect(reads.state).toBe(0);
  });

  it("keeps sessions and assignments apart, and gives each delivery the sink of its own subject", () => {
    const { reader } = fixedReader();
    const message = changeMessage(
      reader,
      batch([
        { kind: "session", id: "s-gone" },
        { kind: "assignment", id: "a-1" },
        { kind: "delivery", record: delivery("s-1") },
        { kind: "delivery", record: delivery("a-1", "assignment") },
      ]),
    );
    expect(message.removedSessions).toEqual(["s-gone"]);
    expect(message.sessions).toBeUndefined();
    expect(message.assignments).toEqual([assignment]);
    expect(message.removedAssignments).toBeUndefined();
    expect(message.deliveries?.map((d) => [d.sessionId, d.sink])).toEqual([
      ["s-1", "https://sink.test/session"],
      ["a-1", "https://sink.test/assignment"],
    ]);
  });
});

describe("the event stream's snapshot message", () => {
  it("carries the served APIs, the assignments, and each delivery with its subject's sink", () => {
    const { reader } = fixedReader();
    const message = snapshotMessage(reader, 7);
    expect(message.apis).toEqual(servedApis());
    expect(message.apis.map((a) => a.name)).toContain("QoS Provisioning");
    expect(message.assignments).toEqual([assignment]);
    expect(message.deliveries.map((d) => d.sink)).toEqual([
      "https://sink.test/session",
      "https://sink.test/assignment",
    ]);
  });
});
