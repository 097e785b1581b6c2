package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.idr.IdrClaims.claim;
import static org.claimrecovery.idr.IdrClaims.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.deadlines.Deadline;
import org.claimrecovery.deadlines.DeadlineStatus;
import org.claimrecovery.idr.IdrDispute.Result;
import org.claimrecovery.idr.IdrDispute.SelectedBy;
import org.claimrecovery.idr.IdrDispute.Status;
import org.claimrecovery.idr.IdrRules.AdministrativeFee;
import org.claimrecovery.idr.IdrRules.DisputeType;
import org.junit.jupiter.api.Test;

/** What the federal IDR stage's tasks show of the claim and of the dispute. */
class IdrSummariesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  static final AdministrativeFee FEE = new AdministrativeFee(LocalDate.of(2026, 6, 11), null, new BigDecimal("15.00"),
      "CMS-9897-F");

  final Claim claim = claim(List.of(line(1, "99285", "2000.00", "500.00", "900.00"),
      line(2, "36415", "500.00", "20.00", null)));

  static final String WINDOW_RULE = "4 business days beginning on the 31st business day after open negotiation began (45 CFR 149.510(b)(2)(i))";

  @Test
  void thePreparationShowsPartiesLinesNegotiationDatesTheWindowAndTodaysFee() {
    String summary = IdrSummaries.preparation(claim, LocalDate.of(2026, 4, 27), LocalDate.of(2026, 6, 8),
        LocalDate.of(2026, 6, 16), WINDOW_RULE, Optional.of(FEE), TODAY);

    assertThat(summary).contains("**Provider TIN** 123456789",
        "| 1 | 99285 | $2,000.00 | $500.00 | $900.00 |", "| 2 | 36415 | $500.00 | $20.00 | not disclosed |",
        "| **Total** |  | $2,500.00 | $520.00 | not disclosed for every line |",
        "**Open negotiation** began April 27, 2026, period ended June 8, 2026",
        "**Initiate IDR by** June 16, 2026: 4 business days beginning on the 31st business day", "**Administrative fee** $15.00 per party",
        "CMS\\-9897\\-F");
  }

  @Test
  void whatIsNotKnownIsSaidAndNamesFromTheClaimAreText() {
    var odd = new Claim(claim.id(), "CLM-1", claim.payer(),
        new Claim.Provider(claim.provider().npi(), "<b>9</b>", "[Acme](http://evil)"), null, claim.planType(), null, null, claim.serviceCategory(), false,
        Claim.Circumstances.NONE_STATED, claim.serviceDate(), null, claim.lines(), null, null, null, claim.status(),
        claim.stage(), null, null, null, null, "test", claim.createdAt());

    String summary = IdrSummaries.preparation(odd, null, null, null, null, Optional.empty(), TODAY);

    assertThat(summary).contains("**Provider TIN** &lt;b&gt;9&lt;/b&gt;",
        "**Open negotiation** no notice sent", "**Initiate IDR by** not known",
        "none configured for a dispute initiated today").doesNotContain("<b>");
  }

  @Test
  void aClaimWithManyLinesKeepsTheTotalsAndDatesAndFitsAStringVariable() {
    var lines = IntStream.rangeClosed(1, 200).mapToObj(i -> line(i, "9928" + (i % 10), "100.00", "10.00", "50.00"))
        .toList();
    String summary = IdrSummaries.preparation(claim(lines), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 6, 8),
        LocalDate.of(2026, 6, 16), WINDOW_RULE, Optional.of(FEE), TODAY);

    assertThat(summary.length()).isLessThan(4000);
    assertThat(summary).contains("| **Total** |  | $20,000.00 | $2,000.00 | $10,000.00 |",
        "**Initiate IDR by** June 16, 2026", "more lines: the claim in the API (GET /api/claims/c1) lists them all");
  }

  @Test
  void theDisputeShowsNumberEntityOffersFeesAndTheNextIdrDeadline() {
    var dispute = new IdrDispute("c1", Status.OFFERS_SUBMITTED, new BigDecimal("1500.00"), "acuity", null, null,
        "DISP-2026-0042", LocalDate.of(2026, 6, 12), "Entity A", LocalDate.of(2026, 6, 15),
        LocalDate.of(2026, 6, 20), new BigDecimal("1450.00"), new BigDecimal("15.00"), null, null, null, null,
        SelectedBy.PARTIES, null, null, null);
    var next = new Deadline("IDR_DETERMINATION", "Entity's determination", LocalDate.of(2026, 7, 20), "149.510(c)(4)",
        "IDR_ENTITY", null, DeadlineStatus.OPEN, null);

    String summary = IdrSummaries.dispute("CLM-1", "c1", dispute, List.of(), Optional.of(FEE), Optional.of(next));

    assertThat(summary).contains("**Dispute** DISP\\-2026\\-0042", "**Status** offers submitted",
        "**Initiated** June 12, 2026", "**Certified IDR entity** Entity A (selected June 15, 2026 by the parties)",
        "**Our offer** $1,500.00 · **Submitted** June 20, 2026 at $1,450.00",
        "**Fees paid** $15.00 · **Administrative fee** $15.00 per party",
        "**Next IDR deadline** Entity&#39;s determination\\: by July 20, 2026 \\(149\\.510\\(c\\)\\(4\\)\\)");
  }

  @Test
  void anIneligibleDisputeShowsItsReasonsAndNothingPreparedSaysSo() {
    var ineligible = new IdrDispute("c1", Status.INELIGIBLE, null, null, null, null, null, null, null, null, null,
        null, null, Result.INELIGIBLE, null, TODAY, "Not filed within the initiation window\nSupervisor: too late",
        null, null, null, null);

    assertThat(IdrSummaries.dispute("CLM-1", "c1", ineligible, List.of(), Optional.empty(), Optional.empty())).contains(
        "**Result** ineligible · **On** June 15, 2026", "- Not filed within the initiation window",
        "- Supervisor\\: too late", "**Next IDR deadline** none open");
    assertThat(IdrSummaries.dispute("CLM-1", "c1", null, List.of(), Optional.empty(), Optional.empty()))
        .contains("**Dispute** not prepared");
  }

  @Test
  void theDepartmentsSelectionThePayersObjectionAndTheEntityFeeOwedAreShown() {
    var lost = new IdrDispute("c1", Status.DECIDED, new BigDecimal("1500.00"), "acuity", null, "EXAMPLE_ENTITY_B",
        "DISP-7", LocalDate.of(2026, 6, 12), "EXAMPLE_ENTITY_A", LocalDate.of(2026, 6, 22), null, null, null,
        Result.LOST, new BigDecimal("950.00"), LocalDate.of(2026, 7, 30), null, SelectedBy.DEPARTMENTS,
        LocalDate.of(2026, 6, 16), new BigDecimal("395.00"), null);

    assertThat(IdrSummaries.dispute("CLM-1", "c1", lost, List.of(), Optional.of(FEE), Optional.empty())).contains(
        "EXAMPLE\\_ENTITY\\_A (selected June 22, 2026 by the Departments)",
        "**Payer objected** to our preferred entity on June 16, 2026",
        "**Result** lost · **Amount** $950.00 · **On** July 30, 2026 · **Entity fee owed** $395.00");
  }

  @Test
  void theFeesDueAreTheAdministrativeFeeByInitiationDateAndTheEntitysFeeWithTheirSources() {
    var fees = new IdrFees(IdrRulesFiles.shipped());
    var initiatedOn = LocalDate.of(2026, 6, 15);
    var dispute = new IdrDispute("c1", Status.ENTITY_SELECTED, null, null, null, null, "DISP-8", initiatedOn,
        "EXAMPLE_ENTITY_A", LocalDate.of(2026, 6, 17), null, null, null, null, null, null, null, SelectedBy.PARTIES,
        null, null, null);

    String summary = IdrSummaries.feesDue(dispute, DisputeType.SINGLE, Optional.of(fees.administrativeFee(initiatedOn)),
        Optional.of(fees.entityFee("EXAMPLE_ENTITY_A", DisputeType.SINGLE, initiatedOn)));

    assertThat(summary.replace("\\", "")).contains(
        "**Administrative fee** $15.00 for a dispute initiated June 15, 2026 (CMS-9897-F",
        "**Certified IDR entity fee** $395.00, EXAMPLE_ENTITY_A, single dispute (example fee");
  }

  @Test
  void anEntityWithoutAConfiguredFeeIsSaidNotConfigured() {
    var dispute = new IdrDispute("c1", Status.ENTITY_SELECTED, null, null, null, null, "DISP-9",
        LocalDate.of(2026, 6, 15), "Some Other Entity", LocalDate.of(2026, 6, 17), null, null, null, null, null, null,
        null, SelectedBy.PARTIES, null, null, null);

    assertThat(IdrSummaries.feesDue(dispute, DisputeType.SINGLE, Optional.of(FEE), Optional.empty()))
        .contains("**Administrative fee** $15.00", "**Certified IDR entity fee** not configured for Some Other Entity "
            + "(single dispute, initiated June 15, 2026)");
  }
}
