package org.claimrecovery.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** For the tables of broken rules files: what a refusal must say. */
public final class RulesFileRefusal {

  private RulesFileRefusal() {
  }

  public static InputStream yaml(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The load is refused with exactly the {@code expected} problems, one a line, in this order; a line ending in
   * "…" only has to start the problem's line (for long tails such as the list of known properties).
   */
  public static void assertRefusedWith(ThrowingCallable load, String expected) {
    Throwable refusal = catchThrowable(load);
    assertThat(refusal).isInstanceOf(InvalidRulesFileException.class);
    List<String> actual = refusal.getMessage().lines().toList();
    List<String> wanted = expected.lines().toList();
    assertThat(actual).as(refusal.getMessage()).hasSameSizeAs(wanted);
    for (int i = 0; i < wanted.size(); i++) {
      String line = wanted.get(i);
      if (line.endsWith("…")) {
        assertThat(actual.get(i)).startsWith(line.substring(0, line.length() - 1));
      } else {
        assertThat(actual.get(i)).isEqualTo(line);
      }
    }
  }
}
