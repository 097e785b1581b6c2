package org.claimrecovery.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A denial's reason as people and remittances write it: a claim adjustment reason code (CARC, X12 835 CAS02, 1 to 3
 * letters or digits, e.g. {@code 50}, {@code 197}, {@code A1}), alone or after its claim adjustment group code
 * (CAS01: {@code CO-50}, {@code PR 96}, {@code OA23}, {@code co-50}).
 *
 * @param group null when the reason was written without its group
 * @param carc  the claim adjustment reason code, upper case
 */
public record DenialCode(ClaimAdjustmentGroup group, String carc) {

  /** CAS02: an identifier of 1 to 3 characters. CARCs are digits or a letter and digits, never two letters first. */
  private static final Pattern CARC = Pattern.compile("[A-Z0-9]{1,3}");
  /** A group code, then an optional hyphen, with spaces allowed around it, then the CARC. */
  private static final Pattern WITH_GROUP = Pattern.compile("([A-Z]{2})\\s*-?\\s*([A-Z0-9]{1,3})");

  /** What intake accepts, in words, for a refusal. */
  public static final String ACCEPTED_FORMS = "a claim adjustment reason code (CARC: 1 to 3 letters or digits, e.g. 50, "
      + "197 or A1), alone or after its claim adjustment group code (X12 835 CAS01: "
      + Arrays.stream(ClaimAdjustmentGroup.values()).map(Enum::name).collect(Collectors.joining(", "))
      + "), e.g. CO-50, PR 96 or OA23";

  /** Empty when the text is neither a CARC nor a group code with a CARC. */
  public static Optional<DenialCode> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String text = written.strip().toUpperCase(Locale.ROOT);
    var withGroup = WITH_GROUP.matcher(text);
    if (withGroup.matches()) {
      // two letters first are a group code: no CARC starts with two letters
      return group(withGroup.group(1)).map(group -> new DenialCode(group, withGroup.group(2)));
    }
    return CARC.matcher(text).matches() && !text.matches("[A-Z]{2}.*")
        ? Optional.of(new DenialCode(null, text))
        : Optional.empty();
  }

  private static Optional<ClaimAdjustmentGroup> group(String code) {
    return Arrays.stream(ClaimAdjustmentGroup.values()).filter(group -> group.name().equals(code)).findFirst();
  }

  /** As a remittance writes it: {@code CO-50}, or the CARC alone when the group is not known. */
  @Override
  public String toString() {
    return group == null ? carc : group.name() + "-" + carc;
  }
}
