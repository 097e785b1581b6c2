package org.claimrecovery.demo;

import org.camunda.bpm.engine.IdentityService;

/** The demo user playing a column of the access matrix; the two the demo lacks are made on first use. */
final class DemoMatrixUsers {

  private DemoMatrixUsers() {}

  /** @return the user id (password = id), or null for "anonymous" */
  static String playing(IdentityService identity, String caller) {
    return switch (caller) {
      case "anonymous" -> null;
      case "no group" -> ensureUser(identity, "nobody", null);
      case "integration" -> ensureUser(identity, "feeder", "integrations");
      case "process owner" -> "owner";
      default -> caller;
    };
  }

  private static String ensureUser(IdentityService identity, String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword(id);
      identity.saveUser(user);
      if (group != null) {
        identity.createMembership(id, group);
      }
    }
    return id;
  }
}
