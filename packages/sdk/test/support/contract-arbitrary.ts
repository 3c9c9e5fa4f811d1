// Values for the schema-agreement property test, generated from the contract's own schemas:
// mostly valid ones, with near misses mixed in at every level (a required field dropped, an
// unknown one added, a number just out of range, a string one character off...).
import { resolveRef } from "@qod/openapi/validator";
import fc from "fast-check";

type Node = Record<string, any>;
type Arb = fc.Arbitrary<unknown>;

/** Mostly well-formed values, with edge cases and near misses (rarer inside composite values). */
const mixAt = (valid: Arb, edgy: Arb, edgyWeight: number): Arb =>
  fc.oneof({ arbitrary: valid, weight: 20 }, { arbitrary: edgy, weight: edgyWeight });

const junk: Arb = fc.constantFrom(null, "", 0, -1, 1.5, true, [], {}, "x", 1e21);

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((d) => d.join(""));
const stringOf = (chars: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((c) => c.join(""));

/** A string with one character inserted, removed or replaced. */
function nearMiss(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      fc.constantFrom(" ", "-", ":", ".", "/", "é", "\t", "g", "0", "+", "%", "@", "Z"),
      fc.nat(2),
    )
    .map(([s, at, ch, op]) => {
      const i = s.length === 0 ? 0 : at % s.length;
      if (op === 0) return s.slice(0, i) + ch + s.slice(i);
      if (op === 1) return s.slice(0, i) + s.slice(i + 1);
      return s.slice(0, i) + ch + s.slice(i + 1);
    });
}

const octet = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.constantFrom("256", "01", "00", "300"));
const ipv4 = fc.ipV4();
const ipv4ish = fc.oneof(
  ipv4,
  fc.tuple(octet, octet, octet, octet).map((p) => p.join(".")),
);
const ipv6 = fc.oneof(
  fc.ipV6(),
  fc.ipV6().map((s) => s.toUpperCase()),
  fc.constantFrom("::", "::1", "1::", "1:2:3:4:5:6:7::", "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4"),
);
const ipv6ish = fc.oneof(
  ipv6,
  nearMiss(fc.ipV6()),
  fc.constantFrom(":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "::1.2.3.04", "fe80::1%eth0", "1:2:3:4:5:6:7::8"),
);

const dateTime = fc
  .record({
    year: digits(4, 4),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(59)),
    second: fc.oneof(fc.integer({ min: 0, max: 61 }), fc.constant(60)),
    fraction: fc.option(digits(1, 4), { nil: undefined }),
    sep: fc.constantFrom("T", "T", "T", "t", " ", "\t", "x"),
    zone: fc.constantFrom(
      "Z",
      "z",
      "+00:00",
      "-05:30",
      "+01:00",
      "+23:59",
      "+01",
      "+0100",
      "",
      "+24:00",
      "+01:60",
      "-00:01",
    ),
  })
  .map((d) => {
    const p = (n: number) => String(n).padStart(2, "0");
    const frac = d.fraction === undefined ? "" : `.${d.fraction}`;
    return `${d.year}-${p(d.month)}-${p(d.day)}${d.sep}${p(d.hour)}:${p(d.minute)}:${p(d.second)}${frac}${d.zone}`;
  });
const validDateTime = fc
  .date({ min: new Date(0), max: new Date(Date.UTC(2100, 0)), noInvalidDate: true })
  .map((d) => d.toISOString());

const PCHARS = "abcXYZ019-._~!$&'()*+,;=:@";
const host = fc.tuple(stringOf("abcxyz019-", 1, 8), stringOf("abcde", 2, 3)).map(([name, tld]) => `${name}.${tld}`);
const validHttpsUri = fc
  .record({
    host: fc.oneof(host, ipv4.map(String)),
    port: fc.constantFrom("", ":443", ":8443"),
    path: fc.array(stringOf(PCHARS, 0, 6), { maxLength: 3 }).map((s) => s.map((x) => `/${x}`).join("")),
    query: fc.option(
      stringOf(`${PCHARS}/?`, 0, 5).map((q) => `?${q}`),
      { nil: "" },
    ),
  })
  .map((u) => `https://${u.host}${u.port}${u.path}${u.query}`);
const httpsUri = fc
  .record({
    scheme: fc.constantFrom("https://", "https://", "https://", "http://", "HTTPS://", "ftp://", ""),
    user: fc.option(
      stringOf("abc:%", 0, 4).map((u) => `${u}@`),
      { nil: "" },
    ),
    host: fc.oneof(
      host,
      ipv4.map(String),
      ipv6.map((a) => `[${a}]`),
      fc.constantFrom("", "[::1", "exa mple.com", "bücher.de", "[v1.x]", "a%2Fb", "[::01.02.03.04]"),
    ),
    port: fc.constantFrom("", ":443", ":", ":8a", ":9"),
    path: fc.array(stringOf(`${PCHARS} %<>é`, 0, 5), { maxLength: 3 }).map((s) => s.map((x) => `/${x}`).join("")),
    query: fc.option(
      stringOf(`${PCHARS}/? #`, 0, 5).map((q) => `?${q}`),
      { nil: "" },
    ),
    fragment: fc.option(
      stringOf(`${PCHARS}/?#`, 0, 4).map((f) => `#${f}`),
      { nil: "" },
    ),
  })
  .map((u) => `${u.scheme}${u.user}${u.host}${u.port}${u.path}${u.query}${u.fragment}`);

const phoneValid = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(4, 14)).map(([a, b]) => `+${a}${b}`);
const phoneEdgy = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9 }), digits(0, 17)).map(([a, b]) => `+${a}${b}`),
  digits(6, 12),
  fc.constantFrom("+36 721 601 234", "+36-72-1601234", "+36(72)1601234", "+3672160123456789"),
);

const profileValid = fc.oneof(
  { arbitrary: fc.constantFrom("QOS_L", "QOS_E", "DOWNLINK_L_UPLINK_L", "QOS_S", "QOS_M"), weight: 3 },
  { arbitrary: stringOf("ABCxyz019_.-", 3, 12), weight: 1 },
);
const profileEdgy = fc.oneof(stringOf("ABCxyz019_.-", 0, 3), stringOf("AB_ /é", 2, 6), stringOf("A", 255, 258));

const prefixed = (addr: fc.Arbitrary<string>, max: number) =>
  fc
    .tuple(addr, fc.option(fc.integer({ min: 0, max: max + 3 }), { nil: undefined }))
    .map(([a, p]) => (p === undefined ? a : `${a}/${p}`));

const correlator = mixAt(
  stringOf("abcXYZ019-_:;./<>{}", 0, 40),
  fc.oneof(fc.string({ maxLength: 20 }), stringOf("a", 255, 258)),
  8,
);

/** A string arbitrary chosen by the schema's format or pattern. */
function stringArbitrary(node: Node, depth: number): Arb {
  const w = depth === 0 ? 8 : 1;
  const mix = (valid: Arb, edgy: Arb) => mixAt(valid, edgy, w);
  const pattern: string | undefined = node.pattern;
  if (node.format === "ipv4") return mix(ipv4, ipv4ish);
  if (node.format === "ipv6") return mix(ipv6, ipv6ish);
  if (node.format === "uuid") {
    return mix(
      fc.uuid(),
      fc.oneof(
        fc.uuid().map((u) => u.toUpperCase()),
        fc.uuid().map((u) => `urn:uuid:${u}`),
        nearMiss(fc.uuid()),
      ),
    );
  }
  if (node.format === "date-time") return mix(validDateTime, fc.oneof(dateTime, nearMiss(validDateTime)));
  if (node.format === "uri" || pattern?.startsWith("^https")) {
    return mix(validHttpsUri, fc.oneof(httpsUri, nearMiss(validHttpsUri)));
  }
  if (pattern?.startsWith("^\\+")) return mix(phoneValid, phoneEdgy);
  if (pattern === "^[a-zA-Z0-9_.-]+$") return mix(profileValid, profileEdgy);
  if (pattern?.startsWith("^(25[0-5]")) return mix(prefixed(ipv4, 32), fc.oneof(prefixed(ipv4ish, 35), nearMiss(ipv4)));
  if (pattern?.startsWith("^[0-9a-fA-F:.]")) {
    return mix(prefixed(ipv6, 128), fc.oneof(stringOf("0123456789abcdefABCDEF:.", 1, 47), nearMiss(fc.ipV6())));
  }
  if (pattern?.startsWith("^[a-zA-Z0-9-_")) return correlator;
  if (pattern === "^[A-Z]{2}$") return mix(stringOf("HUDE", 2, 2), stringOf("Hu1", 1, 3));
  if (pattern === "^[0-9]{5,6}$") return mix(digits(5, 6), digits(4, 7));
  if (node.enum) return mix(fc.constantFrom(...node.enum), fc.constantFrom("", "other", "active"));
  return fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("device@testcsp.net", "user@realm.example", "no-at-sign", "@", "a@b@c"),
  );
}

function integerArbitrary(node: Node, depth: number): Arb {
  const min: number = node.minimum ?? -1000;
  const max: number = node.maximum ?? (node.format === "int32" ? 2 ** 31 - 1 : 1e6);
  return fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 16 },
    { arbitrary: fc.constantFrom(min, max), weight: 4 },
    { arbitrary: fc.constantFrom(min - 1, max + 1, 86400, 86401, 2 ** 31, 0.5 + min), weight: depth === 0 ? 8 : 1 },
  );
}

/** An arbitrary for one contract schema node (with $refs followed), valid values weighted over near misses. */
export function contractArbitrary(doc: Node, node: Node, depth = 0): Arb {
  const resolved: Node = resolveRef(doc, node);
  const valid = validArbitrary(doc, resolved, depth);
  // Near misses at the top often, deeper rarely: composite values then stay mostly valid, and
  // the invalid ones usually have a single fault, which is what finds a disagreement.
  const invalidWeight = depth === 0 ? 10 : 1;
  return fc.oneof(
    { arbitrary: valid, weight: 40 },
    { arbitrary: invalidArbitrary(resolved, valid), weight: invalidWeight },
  );
}

function validArbitrary(doc: Node, node: Node, depth: number): Arb {
  if (node.enum && node.type !== "string") return fc.constantFrom(...node.enum);
  if (node.oneOf || (node.anyOf && !node.properties)) {
    const branches: Node[] = node.oneOf ?? node.anyOf;
    return fc.oneof(...branches.map((b) => validArbitrary(doc, resolveRef(doc, b), depth)));
  }
  if (node.anyOf && node.properties) {
    return fc.oneof(...node.anyOf.map((b: Node) => validArbitrary(doc, { ...node, ...b, anyOf: undefined }, depth)));
  }
  switch (node.type) {
    case "object":
      return objectArbitrary(doc, node, depth);
    case "array": {
      const item = contractArbitrary(doc, node.items, depth + 1);
      return fc.array(item, { minLength: node.minItems ?? 0, maxLength: depth > 2 ? 1 : 3 });
    }
    case "integer":
      return integerArbitrary(node, depth);
    case "string":
      return stringArbitrary(node, depth);
    default:
      return junk;
  }
}

function objectArbitrary(doc: Node, node: Node, depth: number): Arb {
  const properties: Record<string, Node> = node.properties ?? {};
  const required: string[] = node.required ?? [];
  const entries = Object.entries(properties).map(([key, sub]) => {
    const value = contractArbitrary(doc, sub, depth + 1);
    return required.includes(key)
      ? value.map((v) => [key, v] as const)
      : fc.option(value, { freq: 2, nil: undefined }).map((v) => [key, v] as const);
  });
  const minProperties: number = node.minProperties ?? 0;
  return fc
    .tuple(...entries)
    .map((pairs) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of pairs) if (v !== undefined) out[k] = v;
      return out;
    })
    .filter((out) => Object.keys(out).length >= minProperties);
}

function invalidArbitrary(node: Node, valid: Arb): Arb {
  if (node.type === "object") {
    return fc.oneof(
      junk,
      fc
        .tuple(valid, fc.constantFrom("extra", "phonenumber", "start", "end", "from"))
        .map(([v, key]) => (v && typeof v === "object" ? { ...v, [key]: 1 } : v)),
      fc.tuple(valid, fc.nat()).map(([v, n]) => {
        if (!v || typeof v !== "object") return v;
        const keys = Object.keys(v);
        const drop = keys[n % Math.max(1, keys.length)];
        const { [drop as string]: _gone, ...rest } = v as Record<string, unknown>;
        return rest;
      }),
    );
  }
  if (node.type === "string") return fc.oneof(junk, fc.string({ maxLength: 8 }));
  return junk;
}
