import { UsageError } from "../cli-error.js";

/** Ports as the wire wants them: single ports and `{from, to}` ranges. */
export interface PortsSpec {
  ports?: number[];
  ranges?: { from: number; to: number }[];
}

/** Reads `80,443,8000-8080` into `{ports: [80, 443], ranges: [{from: 8000, to: 8080}]}`. */
export function parsePorts(flag: string, text: string): PortsSpec {
  const items = text.split(",").map((item) => item.trim());
  if (items.some((item) => item === "")) {
    throw new UsageError(`${JSON.stringify(text)} has an empty entry; write ports like 80,443,8000-8080`, flag);
  }
  const ports: number[] = [];
  const ranges: { from: number; to: number }[] = [];
  for (const item of items) {
    const range = /^(\d+)-(\d+)$/.exec(item);
    if (range) {
      const from = port(flag, range[1] as string);
      const to = port(flag, range[2] as string);
      if (from > to) throw new UsageError(`range ${item} runs backwards; write the lower port first`, flag);
      ranges.push({ from, to });
    } else if (/^\d+$/.test(item)) {
      ports.push(port(flag, item));
    } else {
      throw new UsageError(`${JSON.stringify(item)} is not a port or a range; write ports like 80,443,8000-8080`, flag);
    }
  }
  return { ...(ports.length > 0 && { ports }), ...(ranges.length > 0 && { ranges }) };
}

/** One port number, 0–65535. */
export function port(flag: string, text: string): number {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(value) || value > 65_535) {
    throw new UsageError(`${JSON.stringify(text)} is not a port; ports are whole numbers from 0 to 65535`, flag);
  }
  return value;
}

/** `{ports: [80], ranges: [{from: 8000, to: 8080}]}` → `80,8000-8080`, for display. */
export function formatPorts(spec: PortsSpec | undefined): string {
  if (!spec) return "";
  const parts = [...(spec.ports ?? []).map(String), ...(spec.ranges ?? []).map((r) => `${r.from}-${r.to}`)];
  return parts.join(",");
}
