package org.claimrecovery.engine;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, and remembers for a short while that a
 * password was right so that an integration's every call does not pay the full check again.
 *
 * <p>Every call, remembered or not, reads the user's row and groups in one query, so a changed password, a
 * lock, a deleted user or a changed group membership takes effect at once on every node. What is remembered
 * is an HMAC of the password under a key that never leaves this process, together with the stored password
 * hash it matched; a new hash in the database means the password changed and the full check runs again.
 */
@Component
class VerifiedCredentials {

  private static final int MAX_REMEMBERED = 10_000;
  // one query for the password hash, lock state and group memberships: Camunda's identity tables, read-only
  private static final String ACCOUNT = """
      SELECT u.PWD_ AS password_hash, u.LOCK_EXP_TIME_ AS locked_until, m.GROUP_ID_ AS group_id
      FROM ACT_ID_USER u LEFT JOIN ACT_ID_MEMBERSHIP m ON m.USER_ID_ = u.ID_
      WHERE u.ID_ = ?""";

  record Caller(String userId, List<String> groupIds) {}

  private record Account(String passwordHash, Instant lockedUntil, List<String> groupIds) {}

  private record Remembered(byte[] passwordMac, String passwordHash, Instant until) {}

  private final IdentityService identity;
  private final JdbcClient jdbc;
  private final Duration rememberFor;
  private final Clock clock = Clock.systemUTC();
  private final SecretKeySpec macKey;
  private final Map<String, Remembered> remembered = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
      return size() > MAX_REMEMBERED;
    }
  };

  VerifiedCredentials(IdentityService identity, JdbcClient jdbc,
      @Value("${recovery.security.remember-verified-credentials:60s}") Duration rememberFor) {
    this.identity = identity;
    this.jdbc = jdbc;
    this.rememberFor = rememberFor;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.macKey = new SecretKeySpec(key, "HmacSHA256");
  }

  /** The caller with their current groups, or empty when the user is unknown, locked or the password wrong. */
  Optional<Caller> verify(String userId, String password) {
    Optional<Account> account = account(userId);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    byte[] mac = mac(userId, password);
    Remembered known;
    synchronized (remembered) {
      known = remembered.get(userId);
    }
    boolean locked = account.get().lockedUntil() != null && account.get().lockedUntil().isAfter(now);
    boolean stillValid = known != null && !locked && known.until().isAfter(now)
        && MessageDigest.isEqual(known.passwordMac(), mac)
        && known.passwordHash().equals(account.get().passwordHash());
    if (!stillValid) {
      // the engine's own check: its password hashing, lock and attempt counting
      if (!identity.checkPassword(userId, password)) {
        forget(userId);
        return Optional.empty();
      }
      synchronized (remembered) {
        remembered.put(userId, new Remembered(mac, account.get().passwordHash(), now.plus(rememberFor)));
      }
    }
    return Optional.of(new Caller(userId, account.get().groupIds()));
  }

  void forget(String userId) {
    synchronized (remembered) {
      remembered.remove(userId);
    }
  }

  private record AccountRow(String passwordHash, Timestamp lockedUntil, String groupId) {}

  private Optional<Account> account(String userId) {
    List<AccountRow> rows = jdbc.sql(ACCOUNT).param(userId).query((row, rowNumber) -> new AccountRow(
        row.getString("password_hash"), row.getTimestamp("locked_until"), row.getString("group_id"))).list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    AccountRow first = rows.get(0);
    return Optional.of(new Account(String.valueOf(first.passwordHash()),
        first.lockedUntil() == null ? null : first.lockedUntil().toInstant(),
        rows.stream().map(AccountRow::groupId).filter(Objects::nonNull).toList()));
  }

  private byte[] mac(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(macKey);
      return mac.doFinal((userId + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is not available", unavailable);
    }
  }
}
