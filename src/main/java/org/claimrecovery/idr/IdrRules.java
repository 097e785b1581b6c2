package org.claimrecovery.idr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.claimrecovery.rules.Dated;
import org.claimrecovery.rules.RulesFile;
import org.claimrecovery.rules.RulesProblem;

/**
 * {@code rules/idr.yaml}: what a federal IDR dispute costs (the administrative fee, each certified IDR entity's
 * fee within the range in force), which items may be filed together as one dispute under each federal rule
 * set, and the factors a certified IDR entity must not consider.
 */
public record IdrRules(
    @NotNull(message = "is missing") List<@NotNull @Valid AdministrativeFee> administrativeFees,
    @NotNull(message = "is missing") List<@NotNull @Valid EntityFeeRange> entityFeeRanges,
    @NotNull(message = "is missing (use [] for none)") List<@NotNull @Valid Entity> entityFees,
    @NotNull(message = "is missing") List<@NotNull @Valid Batching> batching,
    @NotNull(message = "is missing") List<@NotNull @Valid ProhibitedFactor> prohibitedFactors) {

  public static final String DEFAULT_RESOURCE = "rules/idr.yaml";

  private static final String SUPERSEDE = "; an amount never changes in place: close the earlier entry with "
      + "effectiveTo and start this one after it";

  /** Whether a certified IDR entity decides one item or several filed together. */
  public enum DisputeType { SINGLE, BATCHED }

  /** The federal administrative fee each party pays per dispute initiated from effectiveFrom to effectiveTo. */
  public record AdministrativeFee(@NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      @NotNull @Positive BigDecimal amount, @NotBlank String citation) implements Dated {}

  /** The range within which a certified IDR entity sets its fees, for each dispute type. */
  public record EntityFeeRange(@NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
      @NotNull @Valid Range single, @NotNull @Valid Range batched, @NotBlank String citation) implements Dated {

    public Range rangeFor(DisputeType type) {
      return type == DisputeType.SINGLE ? single : batched;
    }
  }

  /** Inclusive bounds, in US dollars. */
  public record Range(@NotNull @PositiveOrZero(message = "must not be negative") BigDecimal min,
      @NotNull BigDecimal max) {

    @AssertTrue(message = "max must not be below min")
    private boolean isMaxNotBelowMin() {
      return min == null || max == null || max.compareTo(min) >= 0;
    }

    public boolean contains(BigDecimal amount) {
      return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
      return "$" + min.toPlainString() + "–$" + max.toPlainString();
    }
  }

  /** @param id what a case names the entity by */
  public record Entity(
      @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be capitals, digits and _ (e.g. ENTITY_A)")
      String id,
      @NotBlank String name,
      @NotNull(message = "is missing (use [] for none)") List<@NotNull @Valid EntityFee> fees) {}

  /** @param citation where the entity publishes the fee */
  public record EntityFee(@NotNull DisputeType disputeType, @NotNull @Positive BigDecimal amount,
      @NotNull LocalDate effectiveFrom, LocalDate effectiveTo, @NotBlank String citation) implements Dated {}

  /**
   * Which items may be filed together under one federal rule set.
   *
   * @param ruleSet            an id of ruleSets in deadline-rules.yaml
   * @param maxLineItems       the line items one batched dispute may hold; null where the rules state no cap
   * @param note               why the cap is what it is, and how sure we are of it
   * @param periodBusinessDays the items must be furnished within one period of this many business days
   */
  public record Batching(@NotBlank String ruleSet, @Positive Integer maxLineItems, @NotBlank String note,
      @Positive int periodBusinessDays, @NotNull @Valid Conditions conditions) {

    public Optional<Integer> lineItemCap() {
      return Optional.ofNullable(maxLineItems);
    }
  }

  /** The citation of each batching condition, quoted with a refusal. */
  public record Conditions(@NotBlank String sameProvider, @NotBlank String samePlan, @NotBlank String similarItems,
      @NotBlank String samePeriod, @NotBlank String airAmbulance, @NotBlank String lineItemCap) {}

  /**
   * @param phrases  matched ignoring case, as whole words
   * @param acronyms matched only in capitals, for acronyms that are also ordinary words
   */
  public record ProhibitedFactor(
      @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be capitals, digits and _ (e.g. BILLED_CHARGES)")
      String id,
      @NotBlank String description,
      @NotEmpty List<@NotBlank String> phrases,
      List<@NotBlank String> acronyms,
      @NotBlank String citation) {

    public ProhibitedFactor {
      acronyms = acronyms == null ? List.of() : acronyms;
    }
  }

  public Optional<Entity> entity(String id) {
    return entityFees.stream().filter(entity -> entity.id().equals(id)).findFirst();
  }

  public Optional<Batching> batchingOf(String ruleSetId) {
    return batching.stream().filter(entry -> entry.ruleSet().equals(ruleSetId)).findFirst();
  }

  /**
   * Reads {@code yaml}.
   *
   * @param ruleSetIds the ids of the federal rule sets of deadline-rules.yaml: each needs a batching entry, and
   *                   a batching entry may name no other
   * @throws org.claimrecovery.rules.InvalidRulesFileException naming the file and field of every problem
   */
  public static IdrRules load(InputStream yaml, String fileName, Set<String> ruleSetIds) {
    return RulesFile.load(yaml, fileName, IdrRules.class, rules -> rules.problemsAcrossEntries(ruleSetIds));
  }

  private List<RulesProblem> problemsAcrossEntries(Set<String> ruleSetIds) {
    List<RulesProblem> problems = new ArrayList<>();
    problems.addAll(overlapping("administrativeFees", administrativeFees, fee -> "all",
        "an administrative fee"));
    problems.addAll(overlapping("entityFeeRanges", entityFeeRanges, range -> "all", "a fee range"));
    problems.addAll(RulesProblem.repeatedKeys("entityFees", entityFees, Entity::id,
        (entity, first) -> "a second entity " + entity.id() + ", first at " + first));
    for (int e = 0; e < entityFees.size(); e++) {
      Entity entity = entityFees.get(e);
      String feesPath = "entityFees[" + e + "].fees";
      problems.addAll(overlapping(feesPath, entity.fees(), EntityFee::disputeType, "a fee"));
      for (int f = 0; f < entity.fees().size(); f++) {
        String feePath = feesPath + "[" + f + "]";
        outOfRange(entity.fees().get(f)).ifPresent(message -> problems.add(new RulesProblem(feePath, message)));
      }
    }
    problems.addAll(batchingProblems(ruleSetIds));
    problems.addAll(RulesProblem.repeatedKeys("prohibitedFactors", prohibitedFactors, ProhibitedFactor::id,
        (factor, first) -> "a second factor " + factor.id() + ", first at " + first));
    return problems;
  }

  /**
   * Why {@code fee} is not a fee an entity may charge: no range covers its first day, or it lies outside a range
   * in force on any of its days.
   */
  private Optional<String> outOfRange(EntityFee fee) {
    if (Dated.inForceOn(entityFeeRanges, fee.effectiveFrom()).isEmpty()) {
      return Optional.of("no entityFeeRanges entry is in force on " + fee.effectiveFrom()
          + ", so the fee cannot be checked; add the range of that period");
    }
    for (int r = 0; r < entityFeeRanges.size(); r++) {
      EntityFeeRange range = entityFeeRanges.get(r);
      Range allowed = range.rangeFor(fee.disputeType());
      if (range.overlaps(fee) && !allowed.contains(fee.amount())) {
        return Optional.of("amount $" + fee.amount().toPlainString() + " for a " + fee.disputeType()
            + " dispute is outside the range " + allowed + " of entityFeeRanges[" + r + "] ("
            + period(range) + ")");
      }
    }
    return Optional.empty();
  }

  private List<RulesProblem> batchingProblems(Set<String> ruleSetIds) {
    List<RulesProblem> problems = new ArrayList<>();
    String known = String.join(", ", new TreeSet<>(ruleSetIds));
    for (int i = 0; i < batching.size(); i++) {
      if (!ruleSetIds.contains(batching.get(i).ruleSet())) {
        problems.add(new RulesProblem("batching[" + i + "].ruleSet", "unknown rule set '"
            + batching.get(i).ruleSet() + "' (deadline-rules.yaml has " + known + ")"));
      }
    }
    problems.addAll(RulesProblem.repeatedKeys("batching", batching, Batching::ruleSet,
        (entry, first) -> "a second entry for rule set " + entry.ruleSet() + ", first at " + first));
    new TreeSet<>(ruleSetIds).stream().filter(id -> batchingOf(id).isEmpty()).forEach(id -> problems.add(
        new RulesProblem("batching", "no entry for rule set " + id + " of deadline-rules.yaml")));
    return problems;
  }

  /**
   * A problem at every entry whose dates overlap an earlier entry's of the same key: two amounts in force on one
   * day would leave the fee to the order of the file.
   */
  private static <T extends Dated> List<RulesProblem> overlapping(String listPath, List<T> entries,
      Function<T, ?> key, String what) {
    List<RulesProblem> problems = new ArrayList<>();
    for (int later = 0; later < entries.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        T one = entries.get(earlier);
        T other = entries.get(later);
        if (key.apply(one).equals(key.apply(other)) && one.overlaps(other)) {
          problems.add(new RulesProblem(listPath + "[" + later + "]", what + " for " + period(other)
              + " overlaps " + listPath + "[" + earlier + "] (" + period(one) + ")" + SUPERSEDE));
          break;
        }
      }
    }
    return problems;
  }

  private static String period(Dated entry) {
    return entry.effectiveFrom() + (entry.effectiveTo() == null ? " on" : " to " + entry.effectiveTo());
  }
}
