import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SandboxClock } from "../src/scheduling/clock.js";
import { EventHeap, type HeapEntry } from "../src/scheduling/event-heap.js";

describe("EventHeap", () => {
  it("pops in time order, ties in insertion order, with removals anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 50 }),
        (times, removals) => {
          const heap = new EventHeap<number>();
          const entries: HeapEntry<number>[] = times.map((t, i) => heap.push(t, i));
          const removed = new Set<number>();
          for (const r of removals) {
            const entry = entries[r % Math.max(1, entries.length)];
            if (entry && heap.remove(entry)) removed.add(entry.value);
          }
          const expected = times
            .map((t, i) => ({ t, i }))
            .filter(({ i }) => !removed.has(i))
            .sort((a, b) => a.t - b.t || a.i - b.i)
            .map(({ i }) => i);
          const popped: number[] = [];
          for (let e = heap.pop(); e; e = heap.pop()) popped.push(e.value);
          expect(popped).toEqual(expected);
          expect(heap.size).toBe(0);
        },
      ),
    );
  });

  it("refuses to remove an entry twice", () => {
    const heap = new EventHeap<string>();
    const a = heap.push(1, "a");
    expect(heap.remove(a)).toBe(true);
    expect(heap.remove(a)).toBe(false);
  });
});

describe("SandboxClock (frozen)", () => {
  it("only moves on advance, firing events at their own time in order", () => {
    const clock = new SandboxClock({ start: "2026-01-01T00:00:00Z" });
    const seen: string[] = [];
    const t0 = clock.nowMs();
    clock.schedule(t0 + 2000, (at) => seen.push(`b@${at - t0}:${clock.nowMs() - t0}`));
    clock.schedule(t0 + 1000, (at) => {
      seen.push(`a@${at - t0}`);
      // Scheduled while firing, still inside the span: fires in the same advance.
      clock.schedule(at + 500, (at2) => seen.push(`c@${at2 - t0}`));
    });
    clock.schedule(t0 + 5000, () => seen.push("late"));
    expect(clock.advance(3).toISOString()).toBe("2026-01-01T00:00:03.000Z");
    expect(seen).toEqual(["a@1000", "c@1500", "b@2000:2000"]);
    expect(clock.pending).toBe(1);
  });

  it("cancels events and rejects negative advances", () => {
    const clock = new SandboxClock({ start: 0 });
    let fired = false;
    const task = clock.schedule(100, () => {
      fired = true;
    });
    clock.cancel(task);
    clock.advance(1);
    expect(fired).toBe(false);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  });

  it("starts at whole seconds of the wall clock by default", () => {
    const clock = new SandboxClock({ wallClock: () => 1_700_000_000_123 });
    expect(clock.nowMs()).toBe(1_700_000_000_000);
  });
});

describe("SandboxClock (realtime, injected timers)", () => {
  function fakeTimers() {
    const timers = new Map<number, { callback: () => void; ms: number }>();
    let next = 1;
    return {
      timers,
      /** Runs the only pending timer, as the event loop would, and forgets it. */
      fireOnly() {
        expect(timers.size).toBe(1);
        const [handle, timer] = [...timers][0] as [number, { callback: () => void }];
        timers.delete(handle);
        timer.callback();
      },
      api: {
        setTimeout: (callback: () => void, ms: number) => {
          timers.set(next, { callback, ms });
          return next++;
        },
        clearTimeout: (handle: unknown) => void timers.delete(handle as number),
      },
    };
  }

  it("follows the wall clock and arms one timer for the earliest event", () => {
    let wall = 1_000_000;
    const fake = fakeTimers();
    const clock = new SandboxClock({ realtime: true, start: 5_000_000, wallClock: () => wall, timers: fake.api });
    const fired: number[] = [];
    clock.schedule(5_002_000, (at) => fired.push(at));
    clock.schedule(5_001_000, (at) => fired.push(at));
    expect(fake.timers.size).toBe(1);
    expect([...fake.timers.values()][0]?.ms).toBe(1000);
    wall += 1000;
    expect(clock.nowMs()).toBe(5_001_000);
    fake.fireOnly();
    expect(fired).toEqual([5_001_000]);
    expect([...fake.timers.values()].map((t) => t.ms)).toEqual([1000]);
    clock.advance(1); // advancing adds an offset on top of the wall clock
    expect(fired).toEqual([5_001_000, 5_002_000]);
    expect(clock.nowMs()).toBe(5_002_000);
    clock.close();
    expect(fake.timers.size).toBe(0);
  });
});
