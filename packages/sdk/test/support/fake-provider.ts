// An in-memory provider behind an injected fetch, answering as the contract says (its
// examples supply the profiles and error bodies). Tests script failures per operation.
import { qosProfilesDocument, qualityOnDemandDocument } from "@qod/api-client/specs";
import type { FakeClock } from "./fake-clock.js";

export const QOD_URL = "http://127.0.0.1:9/quality-on-demand/v1";
export const PROFILES_URL = "http://127.0.0.1:9/qos-profiles/v1";

type Json = any;

/** One request as the provider received it. */
export interface RecordedRequest {
  operation: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Json;
}

/** A scripted answer for the next call of an operation. */
export type Behaviour =
  | { status: number; body?: Json; headers?: Record<string, string>; raw?: string }
  | { hang: true; process?: boolean }
  | { networkError: Error; process?: boolean };

// Both QoD versions (v1 and v1rc3) are served, and QoS Provisioning.
const routes: [string, string, RegExp][] = [
  ["createSession", "POST", /^\/quality-on-demand\/v1(?:rc3)?\/sessions$/],
  ["getSession", "GET", /^\/quality-on-demand\/v1(?:rc3)?\/sessions\/([^/]+)$/],
  ["deleteSession", "DELETE", /^\/quality-on-demand\/v1(?:rc3)?\/sessions\/([^/]+)$/],
  ["extendQosSessionDuration", "POST", /^\/quality-on-demand\/v1(?:rc3)?\/sessions\/([^/]+)\/extend$/],
  ["retrieveSessionsByDevice", "POST", /^\/quality-on-demand\/v1(?:rc3)?\/retrieve-sessions$/],
  ["retrieveQoSProfiles", "POST", /^\/qos-profiles\/v1(?:rc3)?\/retrieve-qos-profiles$/],
  ["getQosProfile", "GET", /^\/qos-profiles\/v1(?:rc3)?\/qos-profiles\/([^/]+)$/],
  ["createQosAssignment", "POST", /^\/qos-provisioning\/v0\.4rc1\/qos-assignments$/],
  ["getQosAssignmentById", "GET", /^\/qos-provisioning\/v0\.4rc1\/qos-assignments\/([^/]+)$/],
  ["revokeQosAssignment", "DELETE", /^\/qos-provisioning\/v0\.4rc1\/qos-assignments\/([^/]+)$/],
  ["getQosAssignmentByDevice", "POST", /^\/qos-provisioning\/v0\.4rc1\/retrieve-qos-assignment$/],
];

const qodDoc = qualityOnDemandDocument as Json;
const profilesDoc = qosProfilesDocument as Json;
const profileList: Json[] =
  profilesDoc.paths["/retrieve-qos-profiles"].post.responses["200"].content["application/json"].examples.TWO_PROFILES
    .value;
const profiles: Json[] = [profilesDoc.components.examples.QosLProfile.value, ...profileList.slice(1)];
const notFound: Json = qodDoc.components.examples.NotFound.value;

function json(status: number, body: Json, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A provider in memory. `fetch` is what the client gets. */
export class FakeProvider {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, Json>();
  readonly assignments = new Map<string, Json>();
  #scripts = new Map<string, Behaviour[]>();
  #nextId = 1;
  readonly #clock: FakeClock | undefined;

  constructor(clock?: FakeClock) {
    this.#clock = clock;
  }

  /** Scripts the next call(s) of an operation. */
  next(operation: string, ...behaviours: Behaviour[]): this {
    this.#scripts.set(operation, [...(this.#scripts.get(operation) ?? []), ...behaviours]);
    return this;
  }

  /** Requests made for one operation. */
  calls(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  /** Puts a session in the store directly. */
  seed(info: Json): Json {
    this.sessions.set(info.sessionId, info);
    return info;
  }

  #now(): number {
    return this.#clock ? this.#clock.now() : Date.parse("2026-11-21T10:00:00Z");
  }

  fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname;
    const route = routes.find(([, method, re]) => method === request.method && re.test(path));
    const operation = route?.[0] ?? "unknown";
    const param = route ? decodeURIComponent(route[2].exec(path)?.[1] ?? "") : "";
    const text = await request.text();
    const body = text ? JSON.parse(text) : undefined;
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k] = v;
    });
    this.requests.push({ operation, method: request.method, path, headers, body });
    const correlator = { "x-correlator": headers["x-correlator"] ?? "" };
    const script = this.#scripts.get(operation)?.shift();
    if (script && "hang" in script) {
      if (script.process) this.#handle(operation, param, body);
      return new Promise((_, reject) => {
        request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
      });
    }
    if (script && "networkError" in script) {
      if (script.process) this.#handle(operation, param, body);
      throw script.networkError;
    }
    if (script) {
      const h = { ...correlator, ...script.headers };
      if (script.raw !== undefined) return new Response(script.raw, { status: script.status, headers: h });
      return json(script.status, script.body, h);
    }
    const [status, out] = this.#handle(operation, param, body);
    return status === 204 ? new Response(null, { status, headers: correlator }) : json(status, out, correlator);
  };

  #session(id: string): Json | undefined {
    return this.sessions.get(id);
  }

  #handle(operation: string, param: string, body: Json): [number, Json] {
    switch (operation) {
      case "createSession": {
        const id = `3fa85f64-5717-4562-b3fc-${String(this.#nextId++).padStart(12, "0")}`;
        const started = this.#now();
        const { sinkCredential: _secret, device, ...rest } = body;
        const first = Object.keys(device ?? {})[0];
        const info = {
          sessionId: id,
          ...rest,
          ...(first && { device: { [first]: device[first] } }),
          qosStatus: "AVAILABLE",
          startedAt: new Date(started).toISOString(),
          expiresAt: new Date(started + body.duration * 1000).toISOString(),
        };
        this.sessions.set(id, info);
        return [201, info];
      }
      case "getSession": {
        const info = this.#session(param);
        return info ? [200, info] : [404, notFound];
      }
      case "deleteSession":
        return this.sessions.delete(param) ? [204, undefined] : [404, notFound];
      case "extendQosSessionDuration": {
        const info = this.#session(param);
        if (!info) return [404, notFound];
        const duration = Math.min(info.duration + body.requestedAdditionalDuration, 86400);
        info.duration = duration;
        info.expiresAt = new Date(Date.parse(info.startedAt) + duration * 1000).toISOString();
        return [200, info];
      }
      case "retrieveSessionsByDevice": {
        const wanted = body?.device ?? {};
        const matches = [...this.sessions.values()].filter((s) =>
          Object.entries(s.device ?? {}).some(([k, v]) => JSON.stringify(wanted[k]) === JSON.stringify(v)),
        );
        return [200, matches];
      }
      case "retrieveQoSProfiles":
        return [
          200,
          profiles.filter((p) => (!body?.name || p.name === body.name) && (!body?.status || p.status === body.status)),
        ];
      case "getQosProfile": {
        const profile = profiles.find((p) => p.name === param);
        return profile ? [200, profile] : [404, { status: 404, code: "NOT_FOUND", message: "No such profile." }];
      }
      default:
        return this.#assignment(operation, param, body);
    }
  }

  // QoS Provisioning: one assignment per device, AVAILABLE at once, revoked synchronously.
  #assignment(operation: string, param: string, body: Json): [number, Json] {
    const sameDevice = (a: Json) => JSON.stringify(a.device) === JSON.stringify(body?.device);
    switch (operation) {
      case "createQosAssignment": {
        if ([...this.assignments.values()].some(sameDevice))
          return [409, { status: 409, code: "CONFLICT", message: "The device already has an assignment." }];
        const assignmentId = `7c1f9a2e-4b7d-4c55-9e0a-${String(this.#nextId++).padStart(12, "0")}`;
        const { sinkCredential: _secret, ...rest } = body;
        const info = { assignmentId, ...rest, status: "AVAILABLE", startedAt: new Date(this.#now()).toISOString() };
        this.assignments.set(assignmentId, info);
        return [201, info];
      }
      case "getQosAssignmentById": {
        const info = this.assignments.get(param);
        return info ? [200, info] : [404, notFound];
      }
      case "revokeQosAssignment":
        return this.assignments.delete(param) ? [204, undefined] : [404, notFound];
      case "getQosAssignmentByDevice": {
        const info = [...this.assignments.values()].find(sameDevice);
        return info ? [200, info] : [404, notFound];
      }
      default:
        return [404, notFound];
    }
  }
}
