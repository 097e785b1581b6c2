package org.claimrecovery.negotiation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.documents.DocumentType;
import org.claimrecovery.documents.StoredDocument;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.text.Markdown;
import org.claimrecovery.text.Words;
import org.springframework.stereotype.Component;

/**
 * The guard before the payer is contacted: a negotiation has a reimbursement target above the initial
 * payment, a written justification and the required documents on file (rules/negotiation.yaml).
 */
@Component
public class NegotiationPreparation {

  private final NegotiationRules rules;

  NegotiationPreparation(NegotiationRules rules) {
    this.rules = rules;
  }

  /** What is missing, in words a specialist can act on; empty when the notice may go out. */
  public List<FieldProblem> problems(Claim claim, BigDecimal target, List<JustificationGround> grounds,
      String justification, List<StoredDocument> documents) {
    var problems = new ArrayList<FieldProblem>();
    BigDecimal initial = initialPayment(claim);
    if (target == null) {
      problems.add(new FieldProblem("targetAmount", "Set the reimbursement target: the amount we ask the payer to pay in total."));
    } else if (target.compareTo(initial) <= 0) {
      problems.add(new FieldProblem("targetAmount", "The target " + money(target)
          + " must be above the initial payment of " + money(initial) + "."));
    }
    boolean noGround = grounds == null || grounds.isEmpty();
    boolean noText = justification == null || justification.isBlank();
    if (noGround && noText) {
      problems.add(new FieldProblem("justification",
          "Write a justification or tick at least one justification ground."));
    }
    Set<DocumentType> onFile = documents.stream().map(StoredDocument::type).collect(Collectors.toSet());
    for (var required : rules.requiredDocuments()) {
      if (!onFile.contains(required.type())) {
        String why = required.why() == null || required.why().isBlank() ? ""
            : " (" + required.why().strip().replaceAll("\\.$", "") + ")";
        problems.add(new FieldProblem("documents", "Upload the " + required.type().words().toLowerCase(Locale.ROOT)
            + why + "."));
      }
    }
    return problems;
  }

  /**
   * The preparation form's summary (under the case's headline): where the notice goes ({@code route}, from the payer rules), the
   * money, the documents on file and what is missing.
   */
  public String summary(Claim claim, PayerNegotiationRules.Route route, List<StoredDocument> documents,
      List<FieldProblem> problems) {
    var md = new StringBuilder();
    if (!problems.isEmpty()) {
      md.append("**The notice cannot be sent yet:**\n\n");
      problems.forEach(problem -> md.append("- ").append(Markdown.text(problem.message())).append("\n"));
      md.append("\n");
    }
    md.append("**Notice goes to** ").append(Markdown.text(route.recipient())).append(" (")
        .append(Words.of(route.channel())).append(")\n\n");
    md.append("**Billed** ").append(money(claim.totalBilled()))
        .append(" · **Initial payment** ").append(claim.initialPayment() != null
            ? money(claim.initialPayment().amount()) : "denied")
        .append(" · **QPA** ").append(claim.totalQpa().map(NegotiationPreparation::money).orElse("not reported"))
        .append("\n\n");
    md.append("**Documents on file**\n\n");
    if (documents.isEmpty()) {
      md.append("- none\n");
    }
    documents.forEach(document -> md.append("- ").append(document.type().words()).append(": ")
        .append(Markdown.text(document.fileName())).append("\n"));
    md.append("\n**Required** ").append(rules.requiredDocuments().stream()
        .map(required -> required.type().words() + (documents.stream()
            .anyMatch(document -> document.type() == required.type()) ? ", on file" : ", still missing")
            + " (" + Markdown.text(required.citation()) + ")")
        .collect(Collectors.joining(", ")))
        .append("\n");
    return Markdown.bounded(md.toString(), documentsAt(claim.id()));
  }

  /** Where the claim's documents are listed in full, for a summary too long for the form. */
  static String documentsAt(String claimId) {
    return "the claim's documents in the API (GET /api/claims/" + claimId + "/documents)";
  }

  static BigDecimal initialPayment(Claim claim) {
    return claim.initialPayment() != null && claim.initialPayment().amount() != null
        ? claim.initialPayment().amount() : BigDecimal.ZERO;
  }

  static String money(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }
}
