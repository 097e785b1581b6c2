package org.claimrecovery.support;

import com.zaxxer.hikari.HikariDataSource;
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
    // closed by Spring only, after the engine: its own JVM shutdown hook would race the context's
    return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  /** Pooled like production: an unpooled data source would fork a PostgreSQL backend per transaction. */
  @Bean(destroyMethod = "close")
  DataSource dataSource(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
    var pool = new HikariDataSource();
    pool.setDataSource(postgres.getPostgresDatabase());
    pool.setMaximumPoolSize(10);
    return pool;
  }
}
