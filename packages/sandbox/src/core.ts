import { Authenticator } from "./auth/authenticator.js";
import { TokenStore } from "./auth/tokens.js";
import { type ResolvedCaps, resolveCaps } from "./control/caps.js";
import { FaultInjector } from "./control/faults.js";
import { RateLimiter } from "./control/rate-limiter.js";
import { DeviceRegistry } from "./domain/devices.js";
import { ProfileStore } from "./domain/profiles.js";
import { DEV_TOKEN, SEED_DEVICES, seedProfiles } from "./domain/seed.js";
import { SessionService } from "./domain/sessions.js";
import { consoleLogger, type SandboxLogger, silentLogger } from "./logger.js";
import { Notifier } from "./notifications/notifier.js";
import { HttpsTransport } from "./notifications/transport.js";
import type { SandboxOptions } from "./options.js";
import { SandboxClock } from "./scheduling/clock.js";
import { RequestValidators } from "./validation/request-validators.js";

/** Everything the sandbox holds, wired together; the HTTP layer and the control API work on it. */
export class SandboxCore {
  readonly clock: SandboxClock;
  readonly devices = new DeviceRegistry();
  readonly profiles = new ProfileStore();
  readonly tokens = new TokenStore();
  readonly faults = new FaultInjector();
  readonly limiter: RateLimiter;
  readonly sessions: SessionService;
  readonly notifier: Notifier;
  readonly auth: Authenticator;
  readonly validators: RequestValidators;
  readonly logger: SandboxLogger;
  readonly maxBodyBytes: number;
  readonly devToken: string | false;
  readonly adminToken: string | undefined;
  readonly sleep: (ms: number) => Promise<void>;
  readonly caps: ResolvedCaps;
  /** The URL the sandbox listens on, once it does. */
  listeningUrl: string | undefined;
  /** True when listening beyond loopback: the control API then needs the admin token. */
  exposed = false;
  #publicUrl: string | undefined;
  #dirty = false;
  #onChange: (() => void) | undefined;

  constructor(options: SandboxOptions) {
    this.caps = resolveCaps(options.caps);
    this.logger = options.logger === false ? silentLogger : (options.logger ?? consoleLogger);
    this.clock = new SandboxClock(options.clock);
    this.limiter = new RateLimiter(options.clock?.wallClock ?? Date.now);
    this.maxBodyBytes = options.maxBodyBytes ?? 65_536;
    this.devToken = options.devToken ?? DEV_TOKEN;
    this.adminToken = options.adminToken;
    this.#publicUrl = options.publicUrl;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const n = options.notifications ?? {};
    this.notifier = new Notifier({
      clock: this.clock,
      transport:
        n.transport ??
        new HttpsTransport({
          ...(n.ca === undefined ? {} : { ca: n.ca }),
          ...(n.timeoutMs === undefined ? {} : { timeoutMs: n.timeoutMs }),
        }),
      retryDelaysSeconds: n.retryDelaysSeconds ?? [1, 2, 4, 8, 16],
      baseUrl: () => this.#publicUrl ?? this.listeningUrl ?? "http://localhost",
      logger: this.logger,
      historySize: n.historySize ?? 1000,
    });
    this.sessions = new SessionService({
      clock: this.clock,
      profiles: this.profiles,
      activationDelayMs: Math.round((options.activationDelaySeconds ?? 1) * 1000),
      retentionMs: Math.round((options.retentionSeconds ?? 360) * 1000),
      onStatusChange: (session, at) => this.notifier.enqueue(session, at),
      onChange: () => this.markChanged(),
      caps: this.caps,
    });
    this.auth = new Authenticator(this.tokens, this.clock, {
      devToken: this.devToken,
      devClientId: options.devClientId ?? "default",
      rapidApiKey: options.rapidApiKey,
      rapidApiClientId: options.rapidApiClientId ?? "rapidapi",
    });
    this.validators = RequestValidators.shared();
    // Scheduled events change state with no request around them: save after them too.
    this.clock.onFired = () => this.flush();
  }

  /** Registers what runs when changed state must be saved. */
  set onChange(callback: (() => void) | undefined) {
    this.#onChange = callback;
  }

  markChanged(): void {
    this.#dirty = true;
  }

  /** Saves once if something changed since the last save. */
  flush(): void {
    if (!this.#dirty) return;
    this.#dirty = false;
    this.#onChange?.();
  }

  /** Loads the seed: devices, profiles; no sessions. */
  seed(): void {
    for (const input of SEED_DEVICES) this.devices.add(input);
    for (const profile of seedProfiles()) this.profiles.put(profile);
  }

  /** Back to the seed. Minted tokens go too unless kept. */
  reset(keepTokens = false): void {
    this.sessions.clear();
    this.clock.clear();
    this.notifier.clear();
    this.devices.clear();
    this.profiles.clear();
    this.faults.clear();
    this.limiter.clear();
    if (!keepTokens) this.tokens.clear();
    this.seed();
    this.markChanged();
  }
}
