// The gate's own logic: given documents and a record, it names exactly the unexercised pairs.
import { loadSpec, type OpenApiDocument, specVersions } from "@qod/openapi/validator";
import { afterEach, describe, expect, test } from "vitest";
import { checkCoverage, formatMissing, missingPairs, responseKeyFor } from "../src/coverage-gate.mjs";
import { createRecordDir, createRecordWriter, readRecord, removeRecordDir } from "../src/coverage-record.mjs";
import { documentedPairs } from "../src/spec-operations.mjs";

/** A small document: a `$ref`'d response, a range key and a callback that must not count. */
const document: OpenApiDocument = {
  openapi: "3.0.3",
  info: { title: "Gate fixture", version: "1" },
  paths: {
    "/things": {
      post: {
        operationId: "createThing",
        responses: { "201": { description: "created" }, "400": { $ref: "#/components/responses/Bad" } },
        callbacks: {
          done: { "{$request.body#/sink}": { post: { operationId: "thingDone", responses: { "204": {} } } } },
        },
      },
    },
    "/things/{id}": {
      get: {
        operationId: "getThing",
        responses: { "200": { description: "ok" }, "4XX": { description: "client error" } },
      },
      delete: { operationId: "deleteThing", responses: { "204": { description: "gone" } } },
    },
  },
  components: { responses: { Bad: { description: "bad" } } },
};

/** The fixture as the only spec of a run, and a record entry of it. */
const fixture = [{ name: "fixture", document }];
const pair = (operationId: string, status: string) => ({ spec: "fixture", operationId, status });

describe("missingPairs", () => {
  test("lists the documented path pairs, not the callback's", () => {
    expect(documentedPairs(document)).toEqual([
      { operationId: "createThing", status: "201" },
      { operationId: "createThing", status: "400" },
      { operationId: "getThing", status: "200" },
      { operationId: "getThing", status: "4XX" },
      { operationId: "deleteThing", status: "204" },
    ]);
  });

  test("reports exactly the pairs no record entry exercised", () => {
    const record = [
      pair("createThing", "201"),
      pair("createThing", "201"),
      pair("getThing", "404"),
      pair("thingDone", "204"),
    ];
    expect(missingPairs(fixture, record)).toEqual([
      pair("createThing", "400"),
      pair("getThing", "200"),
      pair("deleteThing", "204"),
    ]);
  });

  test("an undocumented status exercises nothing", () => {
    expect(missingPairs(fixture, [pair("deleteThing", "500")])).toContainEqual(pair("deleteThing", "204"));
  });

  test("reports nothing when every pair was exercised", () => {
    const record = ["createThing 201", "createThing 400", "getThing 200", "getThing 418", "deleteThing 204"].map(
      (entry) => {
        const [operationId = "", status = ""] = entry.split(" ");
        return pair(operationId, status);
      },
    );
    expect(missingPairs(fixture, record)).toEqual([]);
    expect(checkCoverage(fixture, record)).toEqual({
      ok: true,
      missing: [],
      message: "contract coverage: 5/5 documented (operation, status) pairs exercised in 1 spec versions",
    });
  });

  test("a pair exercised in one version does not cover the same pair of another version", () => {
    const twoVersions = [
      { name: "v1", document },
      { name: "v2", document },
    ];
    const record = documentedPairs(document).map(({ operationId, status }) => ({ spec: "v1", operationId, status }));
    expect(missingPairs(twoVersions, record)).toEqual(
      documentedPairs(document).map(({ operationId, status }) => ({ spec: "v2", operationId, status })),
    );
  });
});

describe("the verdict", () => {
  test("names each missing pair, with its spec version, on its own line", () => {
    const verdict = checkCoverage(fixture, [pair("createThing", "201")]);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toBe(
      [
        "contract coverage: 1/5 documented (operation, status) pairs exercised in 1 spec versions",
        "not exercised: fixture createThing 400",
        "not exercised: fixture getThing 200",
        "not exercised: fixture getThing 4XX",
        "not exercised: fixture deleteThing 204",
      ].join("\n"),
    );
  });

  test("formats one pair", () => {
    expect(formatMissing([{ spec: "qod@1.2.0-rc.3", operationId: "getSession", status: "404" }])).toBe(
      "not exercised: qod@1.2.0-rc.3 getSession 404",
    );
  });
});

describe("responseKeyFor", () => {
  test("prefers the exact code, then its range, then default", () => {
    expect(responseKeyFor("404", ["404", "4XX", "default"])).toBe("404");
    expect(responseKeyFor("409", ["404", "4XX", "default"])).toBe("4XX");
    expect(responseKeyFor("500", ["404", "4XX", "default"])).toBe("default");
    expect(responseKeyFor("500", ["404", "4XX"])).toBeUndefined();
  });
});

describe("the real contract", () => {
  test("documents the operations of every version, and no notification callback is among them", () => {
    const operations = (name: Parameters<typeof loadSpec>[0]) =>
      new Set(documentedPairs(loadSpec(name)).map((p) => p.operationId));
    const sessions = [
      "createSession",
      "getSession",
      "deleteSession",
      "extendQosSessionDuration",
      "retrieveSessionsByDevice",
    ];
    expect(operations("qod")).toEqual(new Set(sessions));
    expect(operations("qod@1.2.0-rc.3")).toEqual(new Set(sessions));
    expect(operations("profiles")).toEqual(new Set(["retrieveQoSProfiles", "getQosProfile"]));
    expect(operations("profiles@1.2.0-rc.3")).toEqual(new Set(["retrieveQoSProfiles", "getQosProfile"]));
    expect(operations("provisioning@0.4.0-rc.1")).toEqual(
      new Set(["createQosAssignment", "getQosAssignmentById", "revokeQosAssignment", "getQosAssignmentByDevice"]),
    );
    expect(specVersions).toHaveLength(5);
  });
});

describe("the run record", () => {
  let dir = "";
  afterEach(() => removeRecordDir(dir));

  test("collects what several writers (one per worker) appended", () => {
    dir = createRecordDir();
    const first = createRecordWriter(dir);
    const second = createRecordWriter(dir);
    first(pair("getThing", "200"));
    second(pair("deleteThing", "204"));
    first(pair("getThing", "404"));
    expect(readRecord(dir)).toHaveLength(3);
    expect(new Set(readRecord(dir).map((pair) => `${pair.operationId} ${pair.status}`))).toEqual(
      new Set(["getThing 200", "getThing 404", "deleteThing 204"]),
    );
  });
});
