// One domain model over QoD 1.1.0 and 1.2.0-rc.3: the client's apiVersion picks the paths, what
// may be sent, and how answers are checked.
import { describe, expect, it } from "vitest";
import { ConflictError, QodClient, SessionEndedError, ValidationError } from "../src/index.js";
import { FakeProvider } from "./support/fake-provider.js";
import { setup, TOKEN } from "./support/setup.js";

const phone = { phoneNumber: "+36721601234567" };
const rc3 = { apiVersion: "1.2.0-rc.3" as const };

/** A client given only the API root, so every base comes from the version. */
function rootClient(apiVersion?: "1.1.0" | "1.2.0-rc.3") {
  const provider = new FakeProvider();
  const client = new QodClient({
    token: TOKEN,
    baseUrl: "http://127.0.0.1:9",
    fetch: provider.fetch,
    ...(apiVersion && { apiVersion }),
  });
  return { client, provider };
}

describe("apiVersion picks the base paths", () => {
  it("1.1.0 (the default) sends to /quality-on-demand/v1 and /qos-profiles/v1", async () => {
    const { client, provider } = rootClient();
    expect(client.apiVersion).toBe("1.1.0");
    await client.devices.get(phone).createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    await client.profiles.list();
    expect(provider.requests.map((r) => r.path)).toEqual([
      "/quality-on-demand/v1/sessions",
      "/qos-profiles/v1/retrieve-qos-profiles",
    ]);
  });

  it("1.2.0-rc.3 sends to /quality-on-demand/v1rc3 and /qos-profiles/v1rc3", async () => {
    const { client, provider } = rootClient("1.2.0-rc.3");
    expect(client.baseUrl).toBe("http://127.0.0.1:9/quality-on-demand/v1rc3");
    expect(client.provisioningBaseUrl).toBe("http://127.0.0.1:9/qos-provisioning/v0.4rc1");
    const session = await client.devices.get(phone).createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    await session.refresh();
    await client.profiles.list();
    expect(provider.requests.map((r) => r.path)).toEqual([
      "/quality-on-demand/v1rc3/sessions",
      `/quality-on-demand/v1rc3/sessions/${session.id}`,
      "/qos-profiles/v1rc3/retrieve-qos-profiles",
    ]);
  });

  it("an unknown apiVersion is refused, naming the option and the choices", () => {
    const make = () => new QodClient({ token: TOKEN, baseUrl: "http://127.0.0.1:9", apiVersion: "1.2.0" as never });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(/options\.apiVersion.*'1\.1\.0' or '1\.2\.0-rc\.3'/);
  });
});

describe("service address lists", () => {
  it("on 1.2.0-rc.3 are sent as applicationServer.ipAddresses and read back", async () => {
    const { client, provider } = setup(rc3);
    const session = await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_E", serviceAddresses: ["233.252.0.2", "2001:db8::1"], duration: 600 });
    expect(provider.calls("createSession")[0]?.body.applicationServer).toEqual({
      ipAddresses: ["233.252.0.2", "2001:db8::1"],
    });
    expect(session.serviceAddresses).toEqual(["233.252.0.2", "2001:db8::1"]);
    expect(session.toJSON().serviceAddresses).toEqual(["233.252.0.2", "2001:db8::1"]);
  });

  it("on 1.1.0 are refused before any request, naming the option and the fix", async () => {
    const { client, provider } = setup();
    const error = await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_E", serviceAddresses: ["233.252.0.2"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      {
        path: "serviceAddresses",
        message:
          'needs QoD 1.2.0-rc.3: create the client with apiVersion: "1.2.0-rc.3" (1.1.0 takes one serviceIpv4 and/or serviceIpv6)',
      },
    ]);
    expect(provider.requests).toHaveLength(0);
  });

  it.each([
    [[], "at least one"],
    [Array.from({ length: 17 }, (_, i) => `203.0.113.${i + 1}`), "at most 16"],
    [["233.252.0.2", "233.252.0.2"], "each address once"],
    [["198.51.100.0/24"], "without a prefix"],
  ])("a bad list %j is refused (%s)", async (serviceAddresses, hint) => {
    const { client, provider } = setup(rc3);
    const error = (await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_E", serviceAddresses })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.message).join(" ")).toContain(hint);
    expect(provider.requests).toHaveLength(0);
  });

  it("with serviceIpv4 as well is refused: the server is one or the other", async () => {
    const { client } = setup(rc3);
    const error = (await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_E", serviceIpv4: "233.252.0.2", serviceAddresses: ["233.252.0.3"] })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.issues).toEqual([
      { path: "serviceAddresses", message: "give either serviceAddresses or serviceIpv4/serviceIpv6, not both" },
    ]);
  });
});

describe("sink credentials per version", () => {
  const sink = "https://app.example.com/notify";
  const jwt = {
    credentialType: "PRIVATE_KEY_JWT" as const,
    clientId: "app-1",
    tokenUri: "https://auth.example.com/token",
  };

  it("PRIVATE_KEY_JWT is sent on 1.2.0-rc.3", async () => {
    const { client, provider } = setup(rc3);
    await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_E", serviceIpv4: "233.252.0.2", sink, sinkCredential: jwt });
    expect(provider.calls("createSession")[0]?.body.sinkCredential).toEqual(jwt);
  });

  it("PRIVATE_KEY_JWT is refused on 1.1.0 before any request", async () => {
    const { client, provider } = setup();
    const error = (await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_E", serviceIpv4: "233.252.0.2", sink, sinkCredential: jwt })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.issues[0]?.path).toBe("sinkCredential.credentialType");
    expect(error.issues[0]?.message).toContain('apiVersion: "1.2.0-rc.3"');
    expect(provider.requests).toHaveLength(0);
  });

  it.each(["PLAIN", "REFRESHTOKEN"])("%s is refused on 1.2.0-rc.3", async (credentialType) => {
    const { client, provider } = setup(rc3);
    const error = (await client.devices
      .get(phone)
      .createQodSession({
        profile: "QOS_E",
        serviceIpv4: "233.252.0.2",
        sink,
        sinkCredential: { credentialType, accessToken: "t", accessTokenExpiresUtc: "2026-12-01T00:00:00Z" } as never,
      })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]?.path).toBe("sinkCredential.credentialType");
    expect(error.issues[0]?.message).toContain("providers refuse PLAIN and REFRESHTOKEN");
    expect(provider.requests).toHaveLength(0);
  });

  it("a PRIVATE_KEY_JWT tokenUri must be https", async () => {
    const { client } = setup(rc3);
    const error = (await client.devices
      .get(phone)
      .createQodSession({
        profile: "QOS_E",
        serviceIpv4: "233.252.0.2",
        sink,
        sinkCredential: { ...jwt, tokenUri: "http://auth.example.com/token" },
      })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.issues[0]?.path).toBe("sinkCredential.tokenUri");
  });
});

describe("answers of 1.2.0-rc.3", () => {
  it.each(["CONFLICT", "INCOMPATIBLE_STATE", "ALREADY_EXISTS", "ABORTED"])(
    "a 409 %s is a ConflictError that keeps the code",
    async (code) => {
      const { client, provider } = setup(rc3);
      provider.next("createSession", { status: 409, body: { status: 409, code, message: "Conflict." } });
      const error = await client.devices
        .get(phone)
        .createQodSession({ profile: "QOS_E", serviceIpv4: "233.252.0.2" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).code).toBe(code);
    },
  );

  it("a 201 with qosStatus UNAVAILABLE is shown, and waiting for AVAILABLE ends with SessionEndedError", async () => {
    const { client, provider } = setup(rc3);
    const sessionId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    const info = {
      sessionId,
      applicationServer: { ipAddresses: ["233.252.0.2"] },
      qosProfile: "QOS_E",
      duration: 600,
      qosStatus: "UNAVAILABLE",
      statusInfo: "NETWORK_TERMINATED",
    };
    provider.next("createSession", { status: 201, body: info });
    const session = await client.devices
      .get(phone)
      .createQodSession({ profile: "QOS_E", serviceAddresses: ["233.252.0.2"], duration: 600 });
    expect(session.status).toBe("UNAVAILABLE");
    expect(session.statusInfo).toBe("NETWORK_TERMINATED");
    const error = await session.waitForStatus("AVAILABLE").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionEndedError);
    expect((error as SessionEndedError).statusInfo).toBe("NETWORK_TERMINATED");
    expect(provider.calls("getSession")).toHaveLength(0);
  });

  it("1.1.0 answers are checked as 1.1.0: a server list is a ResponseValidationError", async () => {
    const { client, provider } = setup();
    provider.next("getSession", {
      status: 200,
      body: {
        sessionId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        applicationServer: { ipAddresses: ["233.252.0.2"] },
        qosProfile: "QOS_E",
        duration: 600,
        qosStatus: "AVAILABLE",
      },
    });
    const error = await client.sessions.get("3fa85f64-5717-4562-b3fc-2c963f66afa6").catch((e: unknown) => e);
    expect((error as Error).name).toBe("ResponseValidationError");
  });
});
