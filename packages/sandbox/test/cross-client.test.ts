import { loadSpec } from "@qod/openapi/validator";
import { describe, expect, it } from "vitest";
import {
  CONTROL,
  call,
  createSession,
  expectError,
  mintToken,
  newSandbox,
  PHONE,
  PROFILES,
  QOD,
  type Reply,
  sessionBody,
} from "./helpers/sandbox.js";

// Client A ("alpha-owner") holds a session; client B ("beta-client") must learn nothing of it.
async function twoClients() {
  const sandbox = newSandbox({ activationDelaySeconds: 0 });
  const a = await mintToken(sandbox, { clientId: "alpha-owner" });
  const b = await mintToken(sandbox, { clientId: "beta-client" });
  const { sessionId } = await createSession(sandbox, {}, a);
  return { sandbox, a, b, sessionId };
}

function text(reply: Reply): string {
  return `${JSON.stringify(reply.body)} ${JSON.stringify([...reply.headers])}`;
}

describe("answers to one API client never carry another's data", () => {
  it("a 409 for an overlapping flow names the other session's id only to its owner", async () => {
    const { sandbox, a, b, sessionId } = await twoClients();
    const overlapping = (token: string) =>
      call(sandbox, "POST", `${QOD}/sessions`, { body: sessionBody({ qosProfile: "QOS_M" }), token });
    const toB = await overlapping(b);
    expectError(toB, 409, "CONFLICT", /^Conflict with an existing session for the same device\.$/);
    expect(text(toB)).not.toContain(sessionId);
    const toA = await overlapping(a);
    expectError(toA, 409, "CONFLICT");
    expect(toA.body.message).toBe(`Conflict with an existing session for the same device (${sessionId}).`);
  });

  it("follows the contract for another client's session id: 403 PERMISSION_DENIED, as for a missing scope", async () => {
    const spec = loadSpec("qod") as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const byId = spec.paths["/sessions/{sessionId}"];
    const extend = spec.paths["/sessions/{sessionId}/extend"];
    for (const operation of [byId?.get, byId?.delete, extend?.post]) expect(operation?.responses).toHaveProperty("403");
    expect(JSON.stringify(spec)).toContain("the resource belongs to another client");

    const { sandbox, b, sessionId } = await twoClients();
    const replies = [
      await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { token: b }),
      await call(sandbox, "DELETE", `${QOD}/sessions/${sessionId}`, { token: b }),
      await call(sandbox, "POST", `${QOD}/sessions/${sessionId}/extend`, {
        body: { requestedAdditionalDuration: 60 },
        token: b,
      }),
    ];
    for (const reply of replies) {
      expectError(reply, 403, "PERMISSION_DENIED");
      expect(text(reply)).not.toContain("alpha-owner");
    }
    // An id no client holds stays a 404.
    expectError(
      await call(sandbox, "GET", `${QOD}/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6`, { token: b }),
      404,
      "NOT_FOUND",
    );
  });

  it("nothing client B can ask about the device shows client A's session id or client id", async () => {
    const { sandbox, b, sessionId } = await twoClients();
    const device = { phoneNumber: PHONE };
    const replies = [
      await call(sandbox, "POST", `${QOD}/retrieve-sessions`, { body: { device }, token: b }),
      await call(sandbox, "POST", `${QOD}/sessions`, {
        body: { device, applicationServer: { ipv4Address: "233.252.0.0/24" }, qosProfile: "QOS_E", duration: 60 },
        token: b,
      }),
      await call(sandbox, "GET", `${QOD}/sessions/${sessionId}`, { token: b }),
      await call(sandbox, "POST", `${PROFILES}/retrieve-qos-profiles`, { body: { device }, token: b }),
    ];
    expect(replies[0]?.body).toEqual([]);
    for (const reply of replies) {
      expect(text(reply)).not.toContain(sessionId);
      expect(text(reply)).not.toContain("alpha-owner");
    }
    // The admin sees both, through the control API only.
    const state = await call(sandbox, "GET", `${CONTROL}/state`);
    expect(state.body.sessions.map((s: { clientId: string }) => s.clientId)).toEqual(["alpha-owner"]);
  });
});
