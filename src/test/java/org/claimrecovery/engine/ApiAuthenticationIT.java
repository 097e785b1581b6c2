package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HTTP Basic with remembered credentials: what changes in the identity service applies to the next call. */
@IntegrationTest
class ApiAuthenticationIT {

  @Autowired Api api;
  @Autowired IdentityService identity;

  @Test
  void aChangedPasswordAppliesToTheNextCall() {
    user("rotating", "first-password-1", "billing-specialists");
    assertThat(api.getAs("rotating", "first-password-1", "/api/claims").status()).isEqualTo(200);
    assertThat(api.getAs("rotating", "first-password-1", "/api/claims").status()).as("remembered").isEqualTo(200);

    var user = identity.createUserQuery().userId("rotating").singleResult();
    user.setPassword("second-password-2");
    identity.saveUser(user);

    assertThat(api.getAs("rotating", "first-password-1", "/api/claims").status()).isEqualTo(401);
    assertThat(api.getAs("rotating", "second-password-2", "/api/claims").status()).isEqualTo(200);
  }

  @Test
  void aRemovedMembershipAppliesToTheNextCall() {
    user("leaving", "a-long-password-3", "billing-specialists");
    assertThat(api.getAs("leaving", "a-long-password-3", "/api/claims").status()).isEqualTo(200);

    identity.deleteMembership("leaving", "billing-specialists");

    assertThat(api.getAs("leaving", "a-long-password-3", "/api/claims").status()).isEqualTo(403);
  }

  @Test
  void aDeletedUserIsRefusedAtOnce() {
    user("deleted", "a-long-password-4", "billing-specialists");
    assertThat(api.getAs("deleted", "a-long-password-4", "/api/claims").status()).isEqualTo(200);

    identity.deleteUser("deleted");

    assertThat(api.getAs("deleted", "a-long-password-4", "/api/claims").status()).isEqualTo(401);
  }

  @Test
  void aRefusedLoginIsAProblemWithABasicChallenge() {
    var refused = api.getAs("nobody", "nothing", "/engine-rest/task");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  private void user(String id, String password, String group) {
    var user = identity.newUser(id);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }
}
