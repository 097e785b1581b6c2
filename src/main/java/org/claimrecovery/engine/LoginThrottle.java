package org.claimrecovery.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock another person out. Camunda locks the account itself
 * after failed logins (for seconds, then for good), so anyone who knows a user name could lock that user,
 * the administrator included; that lock is switched off (application.yaml, {@code loginDelayBase: 0}) and
 * failures are counted here per client address instead: after {@code maxFailures} failed logins of one user
 * name from one address, or {@code maxFailuresPerAddress} of any names, within {@code window}, that address
 * waits until the window has passed. The same user from another address is not affected.
 *
 * <p>Counts live in each node's memory and are bounded: with several nodes an attacker gets each node's
 * allowance, which still makes guessing impractical and needs no shared state.
 */
@Component
class LoginThrottle {

  private static final int MAX_TRACKED = 10_000;

  private final int maxFailures;
  private final int maxFailuresPerAddress;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
      return size() > MAX_TRACKED;
    }
  };

  @Autowired
  LoginThrottle(@Value("${recovery.security.login-throttle.max-failures:10}") int maxFailures,
      @Value("${recovery.security.login-throttle.max-failures-per-address:50}") int maxFailuresPerAddress,
      @Value("${recovery.security.login-throttle.window:15m}") Duration window) {
    this(maxFailures, maxFailuresPerAddress, window, Clock.systemUTC());
  }

  LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.window = window;
    this.clock = clock;
  }

  private record Failures(int count, Instant windowEnds) {}

  /** How long this address must wait before it may try this user name again; empty if it may now. */
  synchronized Optional<Duration> waitBeforeTrying(String address, String userId) {
    Instant now = clock.instant();
    Instant forUser = blockedUntil(userKey(address, userId), maxFailures, now);
    Instant forAddress = blockedUntil(addressKey(address), maxFailuresPerAddress, now);
    Instant until = forUser == null ? forAddress
        : forAddress == null || forUser.isAfter(forAddress) ? forUser : forAddress;
    return Optional.ofNullable(until).map(end -> Duration.between(now, end));
  }

  private Instant blockedUntil(String key, int allowed, Instant now) {
    Failures seen = current(key, now);
    return seen != null && seen.count() >= allowed ? seen.windowEnds() : null;
  }

  synchronized void failed(String address, String userId) {
    Instant now = clock.instant();
    for (String key : new String[] {userKey(address, userId), addressKey(address)}) {
      Failures seen = current(key, now);
      failures.put(key, seen == null ? new Failures(1, now.plus(window)) : new Failures(seen.count() + 1, seen.windowEnds()));
    }
  }

  synchronized void succeeded(String address, String userId) {
    failures.remove(userKey(address, userId));
  }

  private Failures current(String key, Instant now) {
    Failures seen = failures.get(key);
    if (seen != null && !seen.windowEnds().isAfter(now)) {
      failures.remove(key);
      return null;
    }
    return seen;
  }

  private static String userKey(String address, String userId) {
    return "user:" + address + "|" + userId;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
