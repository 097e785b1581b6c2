package org.claimrecovery.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

  /** What marked shows for literal text: backslash escapes and entities undone, nothing else. */
  private static final Pattern ESCAPE_OR_ENTITY = Pattern.compile("\\\\(\\p{Punct})|&(amp|lt|gt|quot|#39);");

  @ParameterizedTest
  @ValueSource(strings = {"<img src=x onerror=alert(1)>", "[x](http://evil)", "![](http://evil/?q=1)",
      "**bold**", "| a | b |", "<script>alert('x')</script>", "`code` _em_ ~~gone~~ # heading",
      "> quoted", "- item", "1. first", "=====", "http://evil.example/x", "www.evil.example",
      "claims@acme.example", "back\\slash", "&lt;already&gt;"})
  void claimDataIsDisplayedAsItIs(String value) {
    String markdown = Markdown.text(value);

    assertThat(displayed(markdown)).isEqualTo(value);
    assertThat(markdown).doesNotContain("<", ">", "\"", "'", "http://", "www.", "@acme.");
    // every markdown character is escaped: nothing but plain letters, digits, spaces and escapes is left
    assertThat(ESCAPE_OR_ENTITY.matcher(markdown).replaceAll("")).matches("[\\p{L}\\p{N} /?,;$%^@{}]*");
  }

  @Test
  void ordinaryTextKeepsItsMeaning() {
    assertThat(Markdown.text("Acme Health Plan")).isEqualTo("Acme Health Plan");
    assertThat(Markdown.text("  PO Box 1, Hartford, CT 06101 ")).isEqualTo("PO Box 1, Hartford, CT 06101");
    assertThat(displayed(Markdown.text("Blue Cross & Blue Shield of St. Mary's (HMO-PPO)")))
        .isEqualTo("Blue Cross & Blue Shield of St. Mary's (HMO-PPO)");
    assertThat(Markdown.text(null)).isEmpty();
    assertThat(Markdown.text(12)).isEqualTo("12");
  }

  @Test
  void lineBreaksCannotStartABlockOfTheirOwn() {
    String markdown = Markdown.text("Acme\n# heading\r\n| a | b |\n|---|---|\u2028> quote\tend");

    assertThat(markdown).doesNotContain("\n", "\r", "\t", "\u2028");
    assertThat(displayed(markdown)).isEqualTo("Acme # heading  | a | b | |---|---| > quote end");
  }

  @Test
  void shortTextIsNotBounded() {
    String markdown = "**Claim** A\n\n| a |\n|---|\n| 1 |\n";

    assertThat(Markdown.bounded(markdown, "the API")).isSameAs(markdown);
  }

  @Test
  void longTextIsCutAtTheEndOfALineAndSaysWhereAllOfItIs() {
    var markdown = new StringBuilder("**Documents on file**\n\n");
    for (int i = 0; i < 500; i++) {
      markdown.append("- ITEMIZED_BILL: ").append(Markdown.text("bill-" + i + ".pdf")).append('\n');
    }

    String bounded = Markdown.bounded(markdown.toString(), "GET /api/claims/c1/documents");

    assertThat(bounded.length()).isLessThanOrEqualTo(Markdown.MAX_LENGTH);
    assertThat(bounded).endsWith("\n\nShortened to fit the form; all of it: GET /api/claims/c1/documents.\n")
        .doesNotContain("…");
    String kept = bounded.substring(0, bounded.indexOf("\n\nShortened"));
    assertThat(kept.lines().skip(2)).allMatch(line -> line.matches("- ITEMIZED_BILL: bill\\\\-\\d+\\\\\\.pdf"));
  }

  @Test
  void aLineTooLongByItselfIsCutBetweenCharactersNeverInsideAnEscape() {
    for (String character : new String[] {"'", "*", "<", "a"}) {
      for (int shift = 0; shift < 6; shift++) {
        String markdown = "x".repeat(shift) + Markdown.text(character.repeat(5000)) + "\n";

        String bounded = Markdown.bounded(markdown, "the API");

        assertThat(bounded.length()).isLessThanOrEqualTo(Markdown.MAX_LENGTH);
        String kept = bounded.substring(0, bounded.indexOf('…'));
        assertThat(displayed(kept)).as("%s after %d x", character, shift)
            .matches("x{" + shift + "}(" + Pattern.quote(character) + ")+");
      }
    }
  }

  @Test
  void aTableRowIsNeverCut() {
    String row = "| " + Markdown.text("<b>".repeat(1000)) + " |\n";
    String markdown = "| Note |\n|---|\n" + row + row;

    String bounded = Markdown.bounded(markdown, "the API");

    assertThat(bounded).startsWith("| Note |\n|---|\n\n\nShortened to fit the form");
  }

  @Test
  void aTableKeepsItsFootAndCountsTheRowsLeftOut() {
    var rows = new ArrayList<String>();
    for (int i = 1; i <= 500; i++) {
      rows.add("| " + i + " | " + Markdown.text("99285") + " | $2,400.00 |\n");
    }

    String table = Markdown.table("**Claim** A\n\n| Line | Code | Billed |\n|---|---|---:|\n", rows,
        "| **Total** | | **$1,200,000.00** |\n\n⚠ Below the QPA.\n", "lines", "GET /api/claims/c1");

    assertThat(table.length()).isLessThanOrEqualTo(Markdown.MAX_LENGTH);
    long kept = table.lines().filter(line -> line.matches("\\| \\d+ \\|.*")).count();
    assertThat(kept).isGreaterThan(50);
    assertThat(table).contains("| 1 | 99285 | $2,400.00 |\n| 2 |")
        .contains("|\n| **Total** | | **$1,200,000.00** |\n\n⚠ Below the QPA.\n")
        .endsWith("\nand " + (500 - kept) + " more lines: GET /api/claims/c1 lists them all.\n");
  }

  @Test
  void aTableThatFitsIsWhole() {
    String table = Markdown.table("| Line |\n|---|\n", java.util.List.of("| 1 |\n", "| 2 |\n"), "| **Total** |\n",
        "lines", "GET /api/claims/c1");

    assertThat(table).isEqualTo("| Line |\n|---|\n| 1 |\n| 2 |\n| **Total** |\n");
  }

  private static String displayed(String markdown) {
    Matcher unit = ESCAPE_OR_ENTITY.matcher(markdown);
    var text = new StringBuilder();
    while (unit.find()) {
      String shown = unit.group(1) != null ? unit.group(1) : switch (unit.group(2)) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        default -> "'";
      };
      unit.appendReplacement(text, Matcher.quoteReplacement(shown));
    }
    unit.appendTail(text);
    return text.toString();
  }
}
