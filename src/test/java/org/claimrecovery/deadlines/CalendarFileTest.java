package org.claimrecovery.deadlines;

import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a broken rules/calendar.yaml is reported: the file, the field path, every problem at once. */
class CalendarFileTest {

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        arguments("closure without citation", """
            closures:
              - {date: 2026-12-24, reason: Executive departments closed}
            """, """
            rules/calendar.yaml: closures[0]: Closure on 2026-12-24 (Executive departments closed) needs a citation
            """),
        arguments("unknown time zone", """
            timeZone: America/Springfield
            """, """
            rules/calendar.yaml: timeZone must be a region id such as America/New_York
            """),
        arguments("two closures on one day", """
            closures:
              - {date: 2026-12-24, reason: Christmas Eve, citation: EO 1}
              - {date: 2026-12-24, reason: Christmas Eve again, citation: EO 2}
            """, """
            rules/calendar.yaml: closures[1]: a second closure on 2026-12-24, first at closures[0]
            """),
        arguments("misspelt property", """
            timezone: America/Chicago
            """, """
            rules/calendar.yaml: timezone: unknown property (known: closures, timeZone)
            """),
        arguments("no such date", """
            closures:
              - {date: 2026-12-32, reason: r, citation: c}
            """, """
            rules/calendar.yaml: closures[0].date: '2026-12-32' is not a date (YYYY-MM-DD)
            """),
        arguments("empty entry", """
            closures:
              -
            """, """
            rules/calendar.yaml: closures[0]: must not be null
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenCalendarIsRefusedNamingFileAndField(String problem, String file, String expected) {
    assertRefusedWith(() -> CalendarConfig.load(yaml(file)), expected);
  }
}
