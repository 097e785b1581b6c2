package org.claimrecovery.deadlines;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: the shipped configuration, and rule books written inline. */
final class RuleBooks {

  private RuleBooks() {
  }

  static DeadlineRuleBook shipped() {
    return DeadlineRuleBook.load(resource(DeadlineRuleBook.DEFAULT_RESOURCE));
  }

  static CalendarConfig shippedCalendar() {
    return CalendarConfig.load(resource(CalendarConfig.DEFAULT_RESOURCE));
  }

  static DeadlineRuleBook fromYaml(String yaml) {
    return DeadlineRuleBook.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  static InputStream resource(String name) {
    InputStream in = RuleBooks.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Missing classpath resource " + name));
    }
    return in;
  }
}
