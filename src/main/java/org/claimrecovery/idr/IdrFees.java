package org.claimrecovery.idr;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import org.claimrecovery.idr.IdrRules.AdministrativeFee;
import org.claimrecovery.idr.IdrRules.DisputeType;
import org.claimrecovery.idr.IdrRules.Entity;
import org.claimrecovery.idr.IdrRules.EntityFee;
import org.claimrecovery.rules.Dated;
import org.springframework.stereotype.Component;

/**
 * What a federal IDR dispute costs, by its initiation date: the administrative fee each party pays, and the
 * certified IDR entity's fee (paid by the party whose offer the entity does not pick). The entry returned
 * carries its citation, so whoever shows an amount can show where it comes from.
 */
@Component
public class IdrFees {

  private final IdrRules rules;

  public IdrFees(IdrRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The administrative fee per party of a dispute initiated on {@code initiatedOn}.
   *
   * @throws IllegalArgumentException when no entry of administrativeFees covers that day (e.g. before federal IDR
   *                                  existed): a fee is never guessed
   */
  public AdministrativeFee administrativeFee(LocalDate initiatedOn) {
    Objects.requireNonNull(initiatedOn, "initiatedOn");
    return Dated.inForceOn(rules.administrativeFees(), initiatedOn).orElseThrow(() -> new IllegalArgumentException(
        "No administrative fee is configured for a dispute initiated on " + initiatedOn + ": the entries of "
            + "administrativeFees in the IDR rules cover " + coverage() + "; add the entry for that date"));
  }

  /**
   * The fee {@code entityId} charges for a {@code type} dispute initiated on {@code initiatedOn}.
   *
   * @throws IllegalArgumentException when the entity is not configured or has no such fee in force that day
   */
  public EntityFee entityFee(String entityId, DisputeType type, LocalDate initiatedOn) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(initiatedOn, "initiatedOn");
    Entity entity = rules.entity(entityId).orElseThrow(() -> new IllegalArgumentException(
        "No certified IDR entity '" + entityId + "' in entityFees of the IDR rules (configured: "
            + rules.entityFees().stream().map(Entity::id).collect(Collectors.joining(", ")) + ")"));
    return Dated.inForceOn(entity.fees().stream().filter(fee -> fee.disputeType() == type).toList(), initiatedOn)
        .orElseThrow(() -> new IllegalArgumentException("Certified IDR entity " + entity.id() + " ("
            + entity.name() + ") has no " + type + " fee configured for a dispute initiated on " + initiatedOn));
  }

  private String coverage() {
    return rules.administrativeFees().stream().sorted(Comparator.comparing(AdministrativeFee::effectiveFrom))
        .map(fee -> fee.effectiveFrom() + (fee.effectiveTo() == null ? " on" : " to " + fee.effectiveTo()))
        .collect(Collectors.joining(", "));
  }
}
