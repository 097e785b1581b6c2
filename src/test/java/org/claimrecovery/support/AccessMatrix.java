package org.claimrecovery.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The README's access matrix ("### Access matrix"), read as data: operation × caller → what is expected. */
public final class AccessMatrix {

  /** The matrix's columns after the operation, in order. */
  public static final List<String> CALLERS = List.of("anonymous", "no group", "specialist", "supervisor",
      "auditor", "process owner", "integration", "admin");

  /** The rows walked in the demo profile, where the demo clock and the demo mail page exist. */
  public static final String DEMO_CLOCK = "`PUT /api/admin/clock` (demo profile; 404 in every other)";

  public static final String DEMO_MAIL = "`GET /demo/mail` (demo profile; 404 in every other)";

  public static final List<String> DEMO_ONLY = List.of(DEMO_CLOCK, DEMO_MAIL);

  private final Map<String, Map<String, Expected>> cells;

  private AccessMatrix(Map<String, Map<String, Expected>> cells) {
    this.cells = cells;
  }

  /** What a cell says: allowed (✓), answered but showing nothing (–), or refused with a status. */
  public record Expected(String cell) {

    public boolean matches(Api.Response response, Predicate<Api.Response> showsTheCase) {
      int status = response.status();
      return switch (cell) {
        case "✓" -> status != 401 && status != 403 && status < 500 && (!isList(response) || showsTheCase.test(response));
        case "–" -> status == 200 && !showsTheCase.test(response);
        default -> status == Integer.parseInt(cell);
      };
    }

    private static boolean isList(Api.Response response) {
      return response.body() != null && response.body().isArray();
    }

    @Override
    public String toString() {
      return cell;
    }
  }

  public static AccessMatrix fromReadme() {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("README.md"));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    int heading = lines.indexOf("### Access matrix");
    if (heading < 0) {
      throw new IllegalStateException("README.md has no '### Access matrix' section");
    }
    var cells = new LinkedHashMap<String, Map<String, Expected>>();
    boolean inTable = false;
    for (String line : lines.subList(heading + 1, lines.size())) {
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      inTable = true;
      List<String> columns = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
          .map(String::strip).toList();
      if (columns.get(0).equals("operation") || columns.get(0).startsWith("---")) {
        if (columns.get(0).equals("operation")) {
          if (!columns.subList(1, columns.size()).equals(CALLERS)) {
            throw new IllegalStateException("the matrix's columns are " + columns + ", expected " + CALLERS);
          }
        }
        continue;
      }
      if (columns.size() != CALLERS.size() + 1) {
        throw new IllegalStateException("row with " + columns.size() + " columns: " + line);
      }
      var row = new LinkedHashMap<String, Expected>();
      for (int i = 0; i < CALLERS.size(); i++) {
        row.put(CALLERS.get(i), new Expected(columns.get(i + 1)));
      }
      cells.put(columns.get(0), row);
    }
    return new AccessMatrix(cells);
  }

  public List<String> operations() {
    return List.copyOf(cells.keySet());
  }

  public Expected expected(String operation, String caller) {
    return cells.get(operation).get(caller);
  }

  /** The test user who plays a column; null for the anonymous caller. */
  public static String userOf(String caller) {
    return switch (caller) {
      case "anonymous" -> null;
      case "no group" -> TestUsers.OUTSIDER;
      case "specialist" -> TestUsers.SPECIALIST;
      case "supervisor" -> TestUsers.SUPERVISOR;
      case "auditor" -> TestUsers.AUDITOR;
      case "process owner" -> TestUsers.OWNER;
      case "integration" -> TestUsers.INTEGRATION;
      case "admin" -> TestUsers.ADMIN;
      default -> throw new IllegalArgumentException("no test user plays " + caller);
    };
  }
}
