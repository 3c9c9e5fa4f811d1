/** `3552` → `59m 12s`; larger units appear once they are non-zero. Negative counts as zero. */
export function formatRemaining(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${m}m ${s}s`;
  if (m > 0) return `${m}m ${s}s`;
  return `${s}s`;
}

/** `5400` → `1h 30m`: a requested length, shown compactly. */
export function formatSpan(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h > 0 ? `${h}h` : "", m > 0 ? `${m}m` : "", s > 0 ? `${s}s` : ""].filter(Boolean);
  return parts.length === 0 ? "0s" : parts.join(" ");
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Local wall time with its offset: `2025-11-21 09:59:12 +01:00`. */
export function formatLocal(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** UTC as RFC 3339 without milliseconds: `2025-11-21T08:59:12Z`. */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Both, for the places where a reader may be in another zone than the provider's logs. */
export function formatBoth(date: Date): string {
  return `${formatLocal(date)} (${formatUtc(date)})`;
}
