import createClient from "openapi-fetch";
import type { components, paths } from "./generated/sandbox-control.js";

type Schemas = components["schemas"];
export type Session = Schemas["OwnedSession"];
export type Assignment = Schemas["OwnedAssignment"];
export type ServedApi = Schemas["ServedApi"];
export type SessionEvent = Schemas["SessionEvent"];
export type DeviceView = Schemas["DeviceView"];
export type Device = Schemas["Device"];
export type Profile = Schemas["Profile"];
export type Fault = Schemas["Fault"];
export type FaultSpec = Schemas["FaultSpec"];
export type RateLimit = Schemas["RateLimit"];
export type Delivery = Schemas["Delivery"];
export type Snapshot = Schemas["Snapshot"];
export type Change = Schemas["Change"];
export type ProfileStatus = Schemas["ProfileStatus"];

/** The control API under the page's own origin (the sandbox serves both). */
export const CONTROL_URL = new URL("sandbox/v1", document.baseURI).href;

/** Typed calls to the control API, from its contract. */
export const api = createClient<paths>({ baseUrl: CONTROL_URL });

/** What a failed call says: the API's message, else the HTTP status. */
export function failureMessage(error: unknown, response: Response): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : `HTTP ${response.status}`;
}
