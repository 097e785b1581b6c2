package org.claimrecovery.caseevents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;

/**
 * The fields of one posted event, read at the edge: every problem is collected and answered at once (400), so
 * the caller fixes them in one go. A date may not lie in the future: deadlines count from it.
 */
public final class EventFields {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

  private final Map<String, Object> values;
  private final LocalDate today;
  private final List<FieldProblem> problems = new ArrayList<>();

  public EventFields(Map<String, Object> values, LocalDate today) {
    this.values = values;
    this.today = today;
  }

  /** A required date (YYYY-MM-DD), not after today. */
  public LocalDate date(String field) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.isAfter(today)) {
        problems.add(new FieldProblem(field, "is in the future: record an event once it happened"));
        return null;
      }
      return date;
    } catch (DateTimeParseException notADate) {
      problems.add(new FieldProblem(field, "is not a date (YYYY-MM-DD)"));
      return null;
    }
  }

  /** A required single-line text of at most {@code maxLength} characters. */
  public String text(String field, int maxLength) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    if (text.isBlank() || text.length() > maxLength || CONTROL.matcher(text).find()) {
      problems.add(new FieldProblem(field, "must be one line of 1 to " + maxLength + " characters"));
      return null;
    }
    return text.strip();
  }

  /** A required amount in dollars and cents, zero or more. */
  public BigDecimal amount(String field) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    try {
      var amount = new BigDecimal(value.toString());
      if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
        problems.add(new FieldProblem(field, "must be an amount from 0 to " + MAX_AMOUNT + " with at most cents"));
        return null;
      }
      return amount;
    } catch (NumberFormatException notANumber) {
      problems.add(new FieldProblem(field, "is not an amount"));
      return null;
    }
  }

  /** A required whole number from {@code min} to {@code max}, e.g. an appeal's level. */
  public Integer wholeNumber(String field, int min, int max) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    try {
      int number = new BigDecimal(value.toString()).intValueExact();
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
      // reported below
    }
    problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
    return null;
  }

  public <E extends Enum<E>> E oneOf(String field, Class<E> type) {
    String text = string(field);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException unknown) {
      problems.add(new FieldProblem(field, "must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    }
  }

  /** Whether an optional field was given: read it with the method of its kind only then. */
  public boolean has(String field) {
    return values.get(field) != null;
  }

  /** @throws RequestRejected naming every problem found so far */
  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw RequestRejected.invalid(List.copyOf(problems));
    }
  }

  private String string(String field) {
    Object value = required(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      problems.add(new FieldProblem(field, "must be text"));
      return null;
    }
    return text;
  }

  private Object required(String field) {
    Object value = values.get(field);
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
    }
    return value;
  }
}
