package org.claimrecovery.engine.modelpolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text a model puts in front of staff: Tasklist renders form text as markdown, in the browser of someone
 * logged in to the case data. A link, an image or raw HTML there can send that data to another server, so
 * such text holds none.
 */
final class RenderedText {

  private RenderedText() {}

  /** What the text holds that it must not; empty when nothing. */
  static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("://")) {
      problems.add("a URL (://)");
    }
    if (lower.contains("javascript:")) {
      problems.add("a javascript: link");
    }
    if (lower.contains("![")) {
      problems.add("a markdown image");
    } else if (lower.contains("](")) {
      problems.add("a markdown link");
    }
    if (hasHtmlTag(text)) {
      problems.add("raw HTML");
    }
    return problems;
  }

  /** A {@code <} that opens a tag, a closing tag, a comment or a declaration; {@code a < b} is no tag. */
  private static boolean hasHtmlTag(String text) {
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
        return true;
      }
    }
    return false;
  }
}
