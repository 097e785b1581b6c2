package org.claimrecovery.deadlines;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * A provision that applies only from a day an authority announces, not from its rule's effective date: e.g. the
 * parts of CMS-9897-F that wait until CMS announces its IDR portal is ready. An administrator switches it on by
 * setting {@code inForceFrom} in the rules file (no release needed); rules that await it stay dormant until then.
 *
 * @param inForceFrom the announced first day; null while not announced
 */
public record Provision(@NotBlank String id, @NotBlank String title, @NotBlank String citation,
    LocalDate inForceFrom) {

  public boolean inForceOn(LocalDate day) {
    return inForceFrom != null && !day.isBefore(inForceFrom);
  }
}
