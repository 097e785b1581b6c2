package org.claimrecovery.text;

import java.util.List;

/**
 * The markdown that Tasklist's forms show. form-js 1.8.7 renders a text component with marked (GitHub flavour,
 * line breaks kept) and keeps elements such as {@code img}, {@code a} and {@code table}: markup inside a value
 * from a claim or a person would become part of the page. {@link #text} makes such a value literal text.
 * A form text lives in a Camunda String variable, so it is also kept to what one holds ({@link #bounded}).
 */
public final class Markdown {

  /** Camunda keeps a String variable in ACT_RU_VARIABLE.TEXT_, a VARCHAR(4000). */
  public static final int MAX_LENGTH = 3_999;

  /**
   * ASCII punctuation that means something to marked: emphasis, code, links and images, tables, headings, lists,
   * strikethrough, setext underlines, and the colon and dot of autolinked URLs, e-mail addresses and www. names.
   * A backslash makes each one literal and marked drops the backslash.
   */
  private static final String MARKDOWN_SPECIAL = "\\`*_[]()#!|+-.:~=";

  /** The longest entity {@link #text} writes ({@code &quot;}). */
  private static final int LONGEST_ENTITY = 6;

  private Markdown() {}

  /**
   * The value as literal text on one line: HTML's special characters become entities, markdown's are
   * backslash-escaped, line breaks and other control characters become spaces. Null is empty.
   */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    String plain = value.toString().strip();
    var literal = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> literal.append("&amp;");
        case '<' -> literal.append("&lt;");
        case '>' -> literal.append("&gt;");
        case '"' -> literal.append("&quot;");
        case '\'' -> literal.append("&#39;");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            literal.append(' ');
          } else {
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
              literal.append('\\');
            }
            literal.append(c);
          }
        }
      }
    }
    return literal.toString();
  }

  /**
   * The markdown as it is when it fits a String variable; otherwise its beginning, cut at the end of a line (a
   * line too long by itself between two characters of its text, never inside an escape; a table row is left out
   * whole), and a sentence saying where the rest is.
   *
   * @param fullTextAt where a person finds all of it, e.g. "the claim's documents in the API (GET …/documents)"
   */
  public static String bounded(String markdown, String fullTextAt) {
    if (markdown.length() <= MAX_LENGTH) {
      return markdown;
    }
    String shortened = "\n\nShortened to fit the form; all of it: " + fullTextAt + ".\n";
    int cut = safeCut(markdown, MAX_LENGTH - shortened.length() - 1);
    boolean withinALine = cut > 0 && markdown.charAt(cut - 1) != '\n';
    return markdown.substring(0, cut) + (withinALine ? "…" : "") + shortened;
  }

  /**
   * A table that fits a String variable: {@code head} (what comes before, up to the table's header rows), as many
   * {@code rows} as fit in the order given, then {@code foot} (rows that must stay, such as the totals, and what
   * follows the table), then, when rows were left out, a sentence with their number and where all are listed.
   *
   * @param rows one table row each, ending with a line break
   * @param rowsName what a row is, in the plural (e.g. "lines")
   */
  public static String table(String head, List<String> rows, String foot, String rowsName, String fullTextAt) {
    int room = MAX_LENGTH - head.length() - foot.length() - leftOut(rows.size(), rowsName, fullTextAt).length();
    var markdown = new StringBuilder(head);
    int kept = 0;
    for (String row : rows) {
      if (row.length() > room) {
        break;
      }
      markdown.append(row);
      room -= row.length();
      kept++;
    }
    markdown.append(foot);
    if (kept < rows.size()) {
      markdown.append(leftOut(rows.size() - kept, rowsName, fullTextAt));
    }
    return bounded(markdown.toString(), fullTextAt);
  }

  /** After a blank line: the table has ended, so the sentence cannot become one of its rows. */
  private static String leftOut(int count, String rowsName, String fullTextAt) {
    return "\nand " + count + " more " + rowsName + ": " + fullTextAt + " lists them all.\n";
  }

  /**
   * The last position up to {@code room} where the markdown may be cut without breaking what it shows: the end of
   * a line, or within a line that would not fit even by itself (but never within a table row).
   */
  private static int safeCut(String markdown, int room) {
    int lineStart = markdown.lastIndexOf('\n', room - 1) + 1;
    int lineEnd = markdown.indexOf('\n', lineStart);
    int lineLength = (lineEnd < 0 ? markdown.length() : lineEnd) - lineStart;
    if (lineLength < room || markdown.startsWith("|", lineStart)) {
      return lineStart;
    }
    int cut = room;
    if (Character.isHighSurrogate(markdown.charAt(cut - 1))) {
      cut--;
    }
    int backslashes = 0;
    while (cut - backslashes > lineStart && markdown.charAt(cut - backslashes - 1) == '\\') {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      // the backslash of an escape without the character it escapes
      cut--;
    }
    int ampersand = markdown.lastIndexOf('&', cut - 1);
    if (ampersand >= lineStart && cut - ampersand < LONGEST_ENTITY && markdown.indexOf(';', ampersand) >= cut) {
      // within an entity
      cut = ampersand;
    }
    return cut;
  }
}
