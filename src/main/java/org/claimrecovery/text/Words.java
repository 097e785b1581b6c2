package org.claimrecovery.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Money and days as people read them on forms and letters: $1,500.00, July 2, 2026. */
public final class Words {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

  /** Abbreviations people read in capitals. */
  private static final Set<String> ABBREVIATIONS = Set.of("IDR", "IRO", "QPA", "NSA", "EFT", "ERISA", "API", "NPI");

  private Words() {}

  /** A code as words: IDR_INITIATION_NOTICE reads "IDR initiation notice", REVIEW_PORTAL "review portal". */
  public static String of(Enum<?> code) {
    return code == null ? "not given" : Arrays.stream(code.name().split("_"))
        .map(word -> ABBREVIATIONS.contains(word) ? word : word.toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "));
  }

  /** $1,500.00; "an amount not known" where none is. */
  public static String money(BigDecimal amount) {
    return amount == null ? "an amount not known" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }

  /** July 2, 2026. */
  public static String day(LocalDate date) {
    return date.format(DAY);
  }

  /** Thursday, July 2, 2026; "a date not known" where none is. */
  public static String weekday(LocalDate date) {
    return date == null ? "a date not known" : date.format(WEEKDAY);
  }
}
