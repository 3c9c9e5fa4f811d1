const UNIT_SECONDS: Record<string, number> = { d: 86_400, h: 3600, m: 60, s: 1 };

/**
 * Seconds in a duration such as `90`, `45s`, `5m`, `1h30m` or `2d`; undefined when it is not one.
 * Plain numbers are seconds.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (!/^(\d+[dhms])+$/.test(trimmed)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([dhms])/g))
    seconds += Number(amount) * (UNIT_SECONDS[unit ?? "s"] ?? 1);
  return seconds;
}

/** A countdown such as `59:59`, `1:00:00` or `2d 03:00:00`; never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  const clock = h > 0 || days > 0 ? `${days > 0 ? two(h) : h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** Sandbox time as `2026-12-06 01:02:03 UTC`. */
export function formatTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
