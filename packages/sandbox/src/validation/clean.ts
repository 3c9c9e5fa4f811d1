// Copies validated request values field by field: records keep only what the contract names,
// never extra properties a client sent along.
import type { ApplicationServer, Device, PortsSpec, SinkCredential } from "../domain/types.js";

type Json = Record<string, unknown>;

export function cleanDevice(raw: Json): Device {
  const device: Device = {};
  if (typeof raw.phoneNumber === "string") device.phoneNumber = raw.phoneNumber;
  if (typeof raw.networkAccessIdentifier === "string") device.networkAccessIdentifier = raw.networkAccessIdentifier;
  const v4 = raw.ipv4Address as Json | undefined;
  if (v4 && typeof v4 === "object") {
    device.ipv4Address = { publicAddress: v4.publicAddress as string };
    if (typeof v4.privateAddress === "string") device.ipv4Address.privateAddress = v4.privateAddress;
    if (typeof v4.publicPort === "number") device.ipv4Address.publicPort = v4.publicPort;
  }
  if (typeof raw.ipv6Address === "string") device.ipv6Address = raw.ipv6Address;
  return device;
}

export function cleanServer(raw: Json): ApplicationServer {
  const server: ApplicationServer = {};
  if (typeof raw.ipv4Address === "string") server.ipv4Address = raw.ipv4Address;
  if (typeof raw.ipv6Address === "string") server.ipv6Address = raw.ipv6Address;
  if (Array.isArray(raw.ipAddresses)) server.ipAddresses = [...(raw.ipAddresses as string[])];
  return server;
}

export function cleanPorts(raw: Json | undefined): PortsSpec | undefined {
  if (raw === undefined) return undefined;
  const spec: PortsSpec = {};
  if (Array.isArray(raw.ranges))
    spec.ranges = (raw.ranges as Json[]).map((r) => ({ from: r.from as number, to: r.to as number }));
  if (Array.isArray(raw.ports)) spec.ports = [...(raw.ports as number[])];
  return spec;
}

export function cleanCredential(raw: Json | undefined): SinkCredential | undefined {
  if (raw === undefined) return undefined;
  if (raw.credentialType === "PRIVATE_KEY_JWT") {
    const jwt: SinkCredential = { credentialType: "PRIVATE_KEY_JWT" };
    if (typeof raw.clientId === "string") jwt.clientId = raw.clientId;
    if (typeof raw.tokenUri === "string") jwt.tokenUri = raw.tokenUri;
    return jwt;
  }
  return {
    credentialType: "ACCESSTOKEN",
    accessToken: raw.accessToken as string,
    accessTokenExpiresUtc: raw.accessTokenExpiresUtc as string,
    accessTokenType: "bearer",
  };
}
