import { describe, expect, it } from "vitest";
import type { Assignment, Change, Session, Snapshot } from "../src/api.js";
import { applyChange, fromSnapshot, KEEP_EVENTS } from "../src/state.js";

const session = (id: string, qosStatus: Session["qosStatus"] = "AVAILABLE"): Session => ({
  sessionId: id,
  applicationServer: { ipv4Address: "233.252.0.2" },
  qosProfile: "QOS_L",
  duration: 60,
  qosStatus,
  clientId: "default",
  deviceId: "device-1",
});

const assignment = (id: string, status: Assignment["status"] = "AVAILABLE"): Assignment => ({
  assignmentId: id,
  qosProfile: "QOS_M",
  status,
  clientId: "default",
  deviceId: "device-2",
});

const snapshot: Snapshot = {
  revision: 3,
  now: "2026-11-21T10:00:00Z",
  realtime: false,
  apis: [{ name: "QoS Provisioning", version: "0.4.0-rc.1", basePath: "/qos-provisioning/v0.4rc1" }],
  devices: [],
  profiles: [],
  sessions: [session("a"), session("b")],
  assignments: [assignment("x"), assignment("y", "REQUESTED")],
  faults: [{ status: 503, remaining: 1 }],
  limits: [],
  sessionEvents: [],
  deliveries: [],
};

describe("the page's state", () => {
  it("applies a change: changed and removed sessions, new timeline entries, lists sent whole, the rest kept", () => {
    const before = fromSnapshot(snapshot, 100);
    const change: Change = {
      revision: 4,
      now: "2026-11-21T10:01:00Z",
      realtime: false,
      sessions: [session("a", "UNAVAILABLE"), session("c", "REQUESTED")],
      removedSessions: ["b"],
      faults: [],
      sessionEvents: [
        { sessionId: "a", deviceId: "device-1", clientId: "default", at: "2026-11-21T10:01:00Z", kind: "expired" },
      ],
    };
    const after = applyChange(before, change, 200);
    expect([...after.sessions.keys()]).toEqual(["a", "c"]);
    expect(after.sessions.get("a")?.qosStatus).toBe("UNAVAILABLE");
    expect(after.faults).toEqual([]);
    expect(after.sessionEvents.map((e) => e.kind)).toEqual(["expired"]);
    expect(after.nowMs).toBe(Date.parse("2026-11-21T10:01:00Z"));
    expect(after.receivedAt).toBe(200);
    expect(after.devices).toBe(before.devices);
    expect([...before.sessions.keys()]).toEqual(["a", "b"]);
    expect(after.assignments).toBe(before.assignments);
    expect(after.apis).toBe(before.apis);
  });

  it("applies a change to QoS assignments: changed ones replaced, new ones added, removed ones gone", () => {
    const before = fromSnapshot(snapshot, 100);
    expect([...before.assignments.keys()]).toEqual(["x", "y"]);
    const after = applyChange(
      before,
      {
        revision: 4,
        now: "2026-11-21T10:01:00Z",
        realtime: false,
        assignments: [{ ...assignment("y"), startedAt: "2026-11-21T10:01:00Z" }, assignment("z", "REQUESTED")],
        removedAssignments: ["x"],
        sessionEvents: [
          {
            sessionId: "y",
            subject: "assignment",
            deviceId: "device-2",
            clientId: "default",
            at: "2026-11-21T10:01:00Z",
            kind: "activated",
          },
        ],
      },
      200,
    );
    expect([...after.assignments.keys()]).toEqual(["y", "z"]);
    expect(after.assignments.get("y")).toMatchObject({ status: "AVAILABLE", startedAt: "2026-11-21T10:01:00Z" });
    expect(after.sessions).toBe(before.sessions);
    expect(after.sessionEvents).toMatchObject([{ sessionId: "y", subject: "assignment", kind: "activated" }]);
    expect(after.apis.map((a) => a.basePath)).toEqual(["/qos-provisioning/v0.4rc1"]);
    expect(before.assignments.get("y")?.status).toBe("REQUESTED");
  });

  it("keeps only the latest timeline entries", () => {
    let state = fromSnapshot(snapshot, 0);
    const event = {
      sessionId: "a",
      deviceId: "device-1",
      clientId: "default",
      at: snapshot.now,
      kind: "extended" as const,
    };
    for (let i = 0; i < KEEP_EVENTS + 5; i++)
      state = applyChange(
        state,
        { revision: i, now: snapshot.now, realtime: false, sessionEvents: [{ ...event, duration: i }] },
        0,
      );
    expect(state.sessionEvents).toHaveLength(KEEP_EVENTS);
    expect(state.sessionEvents.at(-1)?.duration).toBe(KEEP_EVENTS + 4);
  });
});
