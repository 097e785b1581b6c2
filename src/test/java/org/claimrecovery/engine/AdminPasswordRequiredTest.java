package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminPasswordRequiredTest {

  @Test
  void outsideTheDemoTheEngineRefusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> new AdminPasswordRequired("").preInit(null))
        .hasMessageContaining("Set ADMIN_PASSWORD");
    assertThatThrownBy(() -> new AdminPasswordRequired(null).preInit(null))
        .hasMessageContaining("Set ADMIN_PASSWORD");
    assertThatThrownBy(() -> new AdminPasswordRequired("short").preInit(null))
        .hasMessageContaining("at least 12 characters");
    assertThatCode(() -> new AdminPasswordRequired("a-long-enough-secret").preInit(null)).doesNotThrowAnyException();
  }
}
