package org.claimrecovery.oversight;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the rows a search matches, but stops past {@link #LIMIT}: a person needs "more than 1,000", not the exact
 * size of a large calendar, and counting every one of 200,000 rows costs more than reading the page they look at.
 */
public final class BoundedCount {

  /** A count above this says only "more than LIMIT"; answers carry it as {@code countLimit}. */
  public static final int LIMIT = 1000;

  private BoundedCount() {}

  /**
   * @param fromWhere the search's {@code FROM … WHERE …}, with its parameters
   * @return the rows matched, or {@code LIMIT + 1} when there are more than {@code LIMIT}
   */
  public static long of(JdbcClient jdbc, String fromWhere, Map<String, Object> params) {
    return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1" + fromWhere + " LIMIT " + (LIMIT + 1) + ") matched")
        .params(params).query(Long.class).single();
  }
}
