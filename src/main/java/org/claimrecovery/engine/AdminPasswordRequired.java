package org.claimrecovery.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there is no default password: the engine refuses to start (before it creates any
 * user) unless the administrator's password comes from the environment.
 */
@Component
@Profile("!demo")
class AdminPasswordRequired extends AbstractProcessEnginePlugin {

  static final int MINIMUM_LENGTH = 12;

  private final String adminPassword;

  AdminPasswordRequired(@Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    this.adminPassword = adminPassword;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (adminPassword == null || adminPassword.isBlank()) {
      throw new IllegalStateException("Set ADMIN_PASSWORD (and optionally ADMIN_USER) in the environment: "
          + "outside the demo profile the administrator has no default password.");
    }
    if (adminPassword.length() < MINIMUM_LENGTH) {
      throw new IllegalStateException("ADMIN_PASSWORD must have at least " + MINIMUM_LENGTH + " characters.");
    }
  }
}
