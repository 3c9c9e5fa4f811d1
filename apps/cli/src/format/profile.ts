import type { QosProfile } from "@qod/sdk";
import type { Io } from "../io.js";
import { paintProfileStatus } from "./status.js";
import { renderDetails, renderTable } from "./table.js";
import { formatSpan } from "./time.js";

type Rate = NonNullable<QosProfile["maxUpstreamRate"]>;
type Span = NonNullable<QosProfile["maxDuration"]>;

const SECONDS: Record<string, number> = { Days: 86_400, Hours: 3_600, Minutes: 60, Seconds: 1 };
const SMALL: Record<string, string> = { Milliseconds: "ms", Microseconds: "µs", Nanoseconds: "ns" };

/** `{value: 10, unit: "Mbps"}` → `10 Mbps`. */
export function formatRate(rate: Rate | undefined): string {
  return rate ? `${rate.value} ${rate.unit}` : "-";
}

/** `{value: 86400, unit: "Seconds"}` → `24h`; `{value: 20, unit: "Milliseconds"}` → `20ms`. */
export function formatProfileSpan(span: Span | undefined): string {
  if (!span) return "-";
  const factor = SECONDS[span.unit];
  if (factor !== undefined) return formatSpan(span.value * factor);
  return `${span.value}${SMALL[span.unit] ?? ` ${span.unit}`}`;
}

/** Profiles as a table: the limits people compare. */
export function renderProfileTable(io: Io, profiles: QosProfile[]): string {
  const c = io.colors;
  const head = ["NAME", "STATUS", "MAX DOWN", "MAX UP", "DELAY", "MAX DURATION"];
  const wide = ["MIN DOWN", "MIN UP", "MIN DURATION", "JITTER", "PRIORITY"];
  return renderTable(
    io.wide ? [...head, ...wide] : head,
    profiles.map((p) => {
      const row = [
        p.name,
        paintProfileStatus(c, p.status),
        formatRate(p.maxDownstreamRate),
        formatRate(p.maxUpstreamRate),
        formatProfileSpan(p.packetDelayBudget),
        formatProfileSpan(p.maxDuration),
      ];
      if (!io.wide) return row;
      return [
        ...row,
        formatRate(p.targetMinDownstreamRate),
        formatRate(p.targetMinUpstreamRate),
        formatProfileSpan(p.minDuration),
        formatProfileSpan(p.jitter),
        p.priority?.toString() ?? "-",
      ];
    }),
    c.bold,
  );
}

/** One profile, every field it has. */
export function renderProfile(io: Io, p: QosProfile): string {
  const pairs: [string, string | undefined][] = [
    ["Name", p.name],
    ["Status", paintProfileStatus(io.colors, p.status)],
    ["Description", p.description],
    ["Max downstream", p.maxDownstreamRate && formatRate(p.maxDownstreamRate)],
    ["Max downstream burst", p.maxDownstreamBurstRate && formatRate(p.maxDownstreamBurstRate)],
    ["Target min downstream", p.targetMinDownstreamRate && formatRate(p.targetMinDownstreamRate)],
    ["Max upstream", p.maxUpstreamRate && formatRate(p.maxUpstreamRate)],
    ["Max upstream burst", p.maxUpstreamBurstRate && formatRate(p.maxUpstreamBurstRate)],
    ["Target min upstream", p.targetMinUpstreamRate && formatRate(p.targetMinUpstreamRate)],
    ["Min duration", p.minDuration && formatProfileSpan(p.minDuration)],
    ["Max duration", p.maxDuration && formatProfileSpan(p.maxDuration)],
    ["Packet delay budget", p.packetDelayBudget && formatProfileSpan(p.packetDelayBudget)],
    ["Jitter", p.jitter && formatProfileSpan(p.jitter)],
    ["Priority", p.priority?.toString()],
    ["Packet error loss rate", p.packetErrorLossRate === undefined ? undefined : `1e-${p.packetErrorLossRate}`],
    [
      "Countries",
      p.countryAvailability
        ?.map((a) => (a.networks?.length ? `${a.countryName} (${a.networks.join(", ")})` : a.countryName))
        .join(", "),
    ],
  ];
  return renderDetails(
    pairs.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== ""),
    io.colors.dim,
  );
}
