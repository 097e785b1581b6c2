package org.claimrecovery.engine.modelpolicy;

/**
 * The few texts a decision table may hold, read by a small parser: variable names, literals (strings,
 * numbers, true, false) and FEEL simple unary tests made of literals ({@code -}, lists, comparisons,
 * ranges, {@code not(...)}). With {@code dmnFeelEnableLegacyBehavior} the engine evaluates input expressions
 * and output entries as JUEL, so anything more is code.
 */
final class FeelTexts {

  private final String text;
  private int position;

  private FeelTexts(String text) {
    this.text = text;
  }

  static boolean isName(String text) {
    String name = text.strip();
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  static boolean isLiteral(String text) {
    var parser = new FeelTexts(text);
    return parser.literal() && parser.atEnd();
  }

  /** An empty text is a test too: Camunda reads it as {@code -}, any value. */
  static boolean isSimpleUnaryTests(String text) {
    var parser = new FeelTexts(text);
    if (parser.atEnd() || parser.accept("-") && parser.atEnd()) {
      return true;
    }
    parser.position = 0;
    boolean negated = parser.accept("not") && parser.accept("(");
    if (!negated) {
      parser.position = 0;
    }
    if (!parser.tests()) {
      return false;
    }
    return (!negated || parser.accept(")")) && parser.atEnd();
  }

  private boolean tests() {
    do {
      if (!test()) {
        return false;
      }
    } while (accept(","));
    return true;
  }

  private boolean test() {
    if (accept("<=") || accept(">=") || accept("<") || accept(">")) {
      return literal();
    }
    if (accept("[") || accept("(") || accept("]")) {
      return literal() && accept("..") && literal() && (accept("]") || accept(")") || accept("["));
    }
    return literal();
  }

  private boolean literal() {
    skipSpaces();
    return string() || number() || accept("true") || accept("false");
  }

  /** A double-quoted string without escapes, so nothing in it can end it early. */
  private boolean string() {
    if (position >= text.length() || text.charAt(position) != '"') {
      return false;
    }
    int end = text.indexOf('"', position + 1);
    if (end < 0 || text.substring(position + 1, end).indexOf('\\') >= 0) {
      return false;
    }
    position = end + 1;
    return true;
  }

  private boolean number() {
    int start = position;
    if (position < text.length() && text.charAt(position) == '-') {
      position++;
    }
    int digits = digits();
    if (digits > 0 && position + 1 < text.length() && text.charAt(position) == '.'
        && Character.isDigit(text.charAt(position + 1))) {
      position++;
      digits();
    }
    if (digits == 0) {
      position = start;
    }
    return digits > 0;
  }

  private int digits() {
    int start = position;
    while (position < text.length() && Character.isDigit(text.charAt(position))) {
      position++;
    }
    return position - start;
  }

  private boolean accept(String token) {
    skipSpaces();
    if (text.startsWith(token, position)) {
      position += token.length();
      return true;
    }
    return false;
  }

  private boolean atEnd() {
    skipSpaces();
    return position == text.length();
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }
}
