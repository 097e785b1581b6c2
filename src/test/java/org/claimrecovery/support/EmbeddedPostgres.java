package org.claimrecovery.support;

import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL, started in-process from Maven-served binaries (no Docker). As a Spring bean it is
 * closed after the engine that uses it, so the engine shuts down cleanly.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgres {

  @Bean(destroyMethod = "close")
  io.zonky.test.db.postgres.embedded.EmbeddedPostgres embeddedPostgres() throws Exception {
    return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
  }

  @Bean
  DataSource dataSource(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
    return postgres.getPostgresDatabase();
  }
}
