// Wraps an Upstream with metrics (calls by operation and outcome, latency) and feeds the gate,
// so every call, whoever makes it, counts toward "is the provider up".

import type { DeviceSpec } from "../model/session-spec.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import type { CreateRequest, FailureKind, Upstream, UpstreamOperation, UpstreamSession } from "./upstream.js";
import type { UpstreamGate } from "./upstream-gate.js";

/** Options for InstrumentedUpstream. */
export interface InstrumentedUpstreamOptions {
  inner: Upstream;
  metrics: DaemonMetrics;
  gate: UpstreamGate;
  classify: (error: unknown) => FailureKind;
  /** Told when the provider starts refusing the daemon's token (401/403). */
  onAuthFault?: () => void;
}

export class InstrumentedUpstream implements Upstream {
  readonly #o: InstrumentedUpstreamOptions;
  /** Calls made, by operation (the fault test counts these). */
  readonly calls = new Map<UpstreamOperation, number>();
  #authFault: string | undefined;

  constructor(options: InstrumentedUpstreamOptions) {
    this.#o = options;
  }

  /** Why the provider refuses the daemon (401/403 on the last call), or undefined. */
  get authFault(): string | undefined {
    return this.#authFault;
  }

  /** All calls made so far. */
  get totalCalls(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  create(request: CreateRequest): Promise<UpstreamSession> {
    return this.#call("create", () => this.#o.inner.create(request));
  }

  get(sessionId: string): Promise<UpstreamSession> {
    return this.#call("get", () => this.#o.inner.get(sessionId));
  }

  extend(sessionId: string, seconds: number): Promise<UpstreamSession> {
    return this.#call("extend", () => this.#o.inner.extend(sessionId, seconds));
  }

  delete(sessionId: string): Promise<void> {
    return this.#call("delete", () => this.#o.inner.delete(sessionId));
  }

  listByDevice(device: DeviceSpec): Promise<UpstreamSession[]> {
    return this.#call("retrieve", () => this.#o.inner.listByDevice(device));
  }

  profileMaxDuration(profile: string): Promise<number | undefined> {
    return this.#call("profile", () => this.#o.inner.profileMaxDuration(profile));
  }

  probe(): Promise<void> {
    return this.#call("probe", () => this.#o.inner.probe());
  }

  async #call<T>(operation: UpstreamOperation, call: () => Promise<T>): Promise<T> {
    const { metrics, gate, classify } = this.#o;
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
    const end = metrics.upstreamLatency.startTimer({ operation });
    try {
      const result = await call();
      metrics.upstreamCalls.inc({ operation, outcome: "ok" });
      gate.success();
      this.#authFault = undefined;
      return result;
    } catch (error) {
      const kind = classify(error);
      metrics.upstreamCalls.inc({ operation, outcome: kind });
      // Any answer but an outage shows the provider is up.
      if (kind === "outage") gate.failure();
      else gate.success();
      if (kind === "unauthorized") {
        metrics.upstreamAuthFailures.inc();
        const status = (error as { status?: number }).status;
        const first = this.#authFault === undefined;
        this.#authFault =
          `the QoD provider refuses the daemon's token (${status ?? "401"}): it was revoked or lacks the scopes ` +
          "for Quality on Demand; fix upstream.token (a file or command token is read again on its refresh)";
        if (first) this.#o.onAuthFault?.();
      } else if (kind !== "outage") {
        this.#authFault = undefined;
      }
      throw error;
    } finally {
      end();
    }
  }
}
