// The gate's own logic: given documents and a record, it names exactly the unexercised pairs.
import { loadSpec, type OpenApiDocument } from "@qod/openapi/validator";
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
      { operationId: "createThing", status: "201" },
      { operationId: "createThing", status: "201" },
      { operationId: "getThing", status: "404" },
      { operationId: "thingDone", status: "204" },
    ];
    expect(missingPairs([document], record)).toEqual([
      { operationId: "createThing", status: "400" },
      { operationId: "getThing", status: "200" },
      { operationId: "deleteThing", status: "204" },
    ]);
  });

  test("an undocumented status exercises nothing", () => {
    const record = [{ operationId: "deleteThing", status: "500" }];
    expect(missingPairs([document], record)).toContainEqual({ operationId: "deleteThing", status: "204" });
  });

  test("reports nothing when every pair was exercised", () => {
    const record = ["createThing 201", "createThing 400", "getThing 200", "getThing 418", "deleteThing 204"].map(
      (entry) => {
        const [operationId = "", status = ""] = entry.split(" ");
        return { operationId, status };
      },
    );
    expect(missingPairs([document], record)).toEqual([]);
    expect(checkCoverage([document], record)).toEqual({
      ok: true,
      missing: [],
      message: "contract coverage: 5/5 documented (operation, status) pairs exercised",
    });
  });
});

describe("the verdict", () => {
  test("names each missing pair on its own line", () => {
    const verdict = checkCoverage([document], [{ operationId: "createThing", status: "201" }]);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toBe(
      [
        "contract coverage: 1/5 documented (operation, status) pairs exercised",
        "not exercised: createThing 400",
        "not exercised: getThing 200",
        "not exercised: getThing 4XX",
        "not exercised: deleteThing 204",
      ].join("\n"),
    );
  });

  test("formats one pair as the issue asks", () => {
    expect(formatMissing([{ operationId: "getSession", status: "404" }])).toBe("not exercised: getSession 404");
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
  test("documents the 7 operations, and the notification callback is not among them", () => {
    const pairs = [loadSpec("qod"), loadSpec("profiles")].flatMap((spec) => documentedPairs(spec));
    expect(new Set(pairs.map((pair) => pair.operationId))).toEqual(
      new Set([
        "createSession",
        "getSession",
        "deleteSession",
        "extendQosSessionDuration",
        "retrieveSessionsByDevice",
        "retrieveQoSProfiles",
        "getQosProfile",
      ]),
    );
  });
});

describe("the run record", () => {
  let dir = "";
  afterEach(() => removeRecordDir(dir));

  test("collects what several writers (one per worker) appended", () => {
    dir = createRecordDir();
    const first = createRecordWriter(dir);
    const second = createRecordWriter(dir);
    first({ operationId: "getThing", status: "200" });
    second({ operationId: "deleteThing", status: "204" });
    first({ operationId: "getThing", status: "404" });
    expect(readRecord(dir)).toHaveLength(3);
    expect(new Set(readRecord(dir).map((pair) => `${pair.operationId} ${pair.status}`))).toEqual(
      new Set(["getThing 200", "getThing 404", "deleteThing 204"]),
    );
  });
});
