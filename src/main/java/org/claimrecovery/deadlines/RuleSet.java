package org.claimrecovery.deadlines;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.claimrecovery.rules.Dated;

/**
 * A version of the federal IDR rules (e.g. the 2022 rules, or the 2026 operations rule CMS-9897-F).
 * A case uses the rule set in force on the date of its triggering event.
 *
 * @param effectiveTo last day in force, inclusive; null while the rule set is open-ended
 */
public record RuleSet(@NotBlank String id, @NotBlank String title, @NotBlank String citation,
    @NotNull LocalDate effectiveFrom, LocalDate effectiveTo) implements Dated {
}
