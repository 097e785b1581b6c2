package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The calendar shows the work still to do: deadlines open, and those missed without the act. On PostgreSQL they get
 * partial indexes of their own, so its first page and its missed count read only those rows, not the met and elapsed
 * ones that fill most of the table; H2 (the demo) has no partial indexes and gets plain ones.
 */
public class V25__CalendarWorkIndexes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
    try (Statement sql = context.getConnection().createStatement()) {
      sql.execute("CREATE INDEX ix_calendar_deadline_to_do ON calendar_deadline (due_on, claim_number, code)"
          + (postgres ? " WHERE status = 'OPEN' OR (status = 'MISSED' AND met_on IS NULL)" : ""));
      sql.execute("CREATE INDEX ix_calendar_deadline_missed ON calendar_deadline (status, met_on, due_on)"
          + (postgres ? " WHERE status = 'MISSED' AND met_on IS NULL" : ""));
    }
  }
}
