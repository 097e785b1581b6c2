package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimrecovery.deadlines.BusinessCalendar;
import org.claimrecovery.deadlines.DeadlineCounting;
import org.claimrecovery.deadlines.DeadlineRuleBook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The wiring: rules/idr.yaml read through recovery.rules.idr, checked against the deadline rule book's rule sets. */
class IdrConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(DeadlineRuleBook.class, IdrRulesFiles::shippedDeadlineRules)
      .withBean(DeadlineCounting.class, () -> new DeadlineCounting(new BusinessCalendar()))
      .withUserConfiguration(IdrConfiguration.class)
      .withBean(IdrFees.class).withBean(IdrBatching.class).withBean(OfferJustificationCheck.class);

  @Test
  void theShippedFileIsReadByDefault() {
    context.run(started -> {
      assertThat(started).hasNotFailed();
      assertThat(started.getBean(IdrRules.class).administrativeFees()).hasSize(5);
    });
  }

  @Test
  void aMissingRulesFileStopsTheStartNamingIt() {
    context.withPropertyValues("recovery.rules.idr=classpath:no/such/idr.yaml").run(started ->
        assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("no/such/idr.yaml"));
  }
}
