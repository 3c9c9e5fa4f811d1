// CAMARA's version rules as spec:check applies them.
import { describe, expect, it } from "vitest";
import { breakingVersionProblem, changesetBump, serverUrlVersion, urlVersion } from "../scripts/review/versioning.mjs";

describe("server URL versions", () => {
  it.each([
    ["1.1.0", "v1"],
    ["2.0.0", "v2"],
    ["0.4.0", "v0.4"],
    ["1.2.0-rc.3", "v1rc3"],
    ["0.4.0-rc.1", "v0.4rc1"],
    ["3.0.0-alpha.2", "v3alpha2"],
    ["wip", "vwip"],
  ])("%s → %s", (version, url) => expect(urlVersion(version)).toBe(url));

  it("reads the version segment of a server URL", () => {
    expect(serverUrlVersion("{apiRoot}/quality-on-demand/v1rc3")).toBe("v1rc3");
    expect(serverUrlVersion("{apiRoot}/qos-provisioning/v0.4")).toBe("v0.4");
    expect(serverUrlVersion("https://example.com/")).toBeUndefined();
  });
});

describe("versions that may carry a breaking change", () => {
  it.each([
    ["1.1.0", "2.0.0", true],
    ["1.1.0", "2.0.0-rc.1", true],
    ["1.1.0", "1.2.0", false],
    ["1.1.0", "1.2.0-rc.3", false],
    ["0.4.0", "0.5.0", true],
    ["0.4.0", "0.4.1", false],
    ["0.4.0", "1.0.0", true],
    ["1.2.0-rc.2", "1.2.0-rc.3", true],
    ["1.2.0-rc.3", "1.2.0", true],
    ["1.2.0-alpha.1", "1.2.0-rc.1", true],
    ["1.2.0-rc.3", "1.2.0-rc.3", false],
    ["1.2.0-rc.3", "1.3.0", false],
    ["wip", "1.0.0", true],
  ])("%s → %s: %s", (base, head, allowed) => {
    expect(breakingVersionProblem(base, head) === undefined).toBe(allowed);
  });

  it("says what is wrong with a malformed version", () => {
    expect(breakingVersionProblem("1.0", "2.0.0")).toContain("info.version must be x.y.z");
  });
});

describe("changeset bump levels", () => {
  it("takes the highest level given to the package, ignoring others", () => {
    const texts = [
      '---\n"@qod/api-client": minor\n"@qod/sdk": major\n---\n\nText.\n',
      "---\n'@qod/api-client': patch\n---\n\nMore.\n",
    ];
    expect(changesetBump(texts, "@qod/api-client")).toBe("minor");
    expect(changesetBump([], "@qod/api-client")).toBe("none");
  });
});
