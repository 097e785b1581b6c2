package org.claimrecovery.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Counts stop just past the limit, so a large calendar or search says "more than 1,000" without counting it all. */
class BoundedCountTest {

  private JdbcClient jdbc;

  @BeforeEach
  void rows() {
    jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:count-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1", "sa", ""));
    jdbc.sql("CREATE TABLE item (n INT, payer VARCHAR(10))").update();
    jdbc.sql("INSERT INTO item SELECT x, CASE WHEN x <= 7 THEN 'few' ELSE 'many' END FROM SYSTEM_RANGE(1, 5000)")
        .update();
  }

  @Test
  void aSmallMatchIsCountedExactlyAndALargeOneJustPastTheLimit() {
    assertThat(BoundedCount.of(jdbc, " FROM item WHERE payer = :payer", Map.of("payer", "few"))).isEqualTo(7);
    assertThat(BoundedCount.of(jdbc, " FROM item WHERE payer = :payer", Map.of("payer", "many")))
        .isEqualTo(BoundedCount.LIMIT + 1);
    assertThat(BoundedCount.of(jdbc, " FROM item WHERE n <= :n", Map.of("n", BoundedCount.LIMIT)))
        .as("exactly the limit is still exact").isEqualTo(BoundedCount.LIMIT);
  }
}
