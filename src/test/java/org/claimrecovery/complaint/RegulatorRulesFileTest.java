package org.claimrecovery.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.rules.RulesFileRefusal.assertRefusedWith;
import static org.claimrecovery.rules.RulesFileRefusal.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.complaint.RegulatorRules.Regulator;
import org.claimrecovery.pathway.Pathway;
import org.claimrecovery.pathway.PlanType;
import org.junit.jupiter.api.Test;

/**
 * rules/regulators.yaml: the shipped file names a regulator for every No Surprises Act item, every self-funded
 * employer plan and the insured plans of the four states whose dispute rules ship; a claim no entry covers has none;
 * a later entry of the same id supersedes; a broken file is refused naming the file, the field path and every problem.
 */
class RegulatorRulesFileTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void theShippedFileChoosesTheRegulatorByPathwayPlanTypeAndPlanState() {
    RegulatorRules shipped = shipped();

    assertThat(shipped.regulators()).extracting(Regulator::id)
        .containsExactly("CMS_NO_SURPRISES", "DOL_EBSA", "TX_TDI", "NY_DFS", "NJ_DOBI", "CA_DMHC");
    assertThat(shipped.regulators()).allSatisfy(entry -> {
      assertThat(entry.citation()).isNotBlank();
      assertThat(entry.note()).containsIgnoringCase("not verified");
    });
    // an NSA item goes to CMS whatever its plan: the first entry that covers it wins
    assertThat(regulatorOf(shipped, Pathway.FEDERAL_IDR, PlanType.FULLY_INSURED, "TX")).isEqualTo("CMS_NO_SURPRISES");
    assertThat(regulatorOf(shipped, Pathway.APPEAL, PlanType.SELF_FUNDED_ERISA, "TX")).isEqualTo("DOL_EBSA");
    assertThat(regulatorOf(shipped, Pathway.APPEAL, PlanType.FULLY_INSURED, "TX")).isEqualTo("TX_TDI");
    assertThat(regulatorOf(shipped, Pathway.STATE_PROCESS, PlanType.INDIVIDUAL_MARKET, "CA")).isEqualTo("CA_DMHC");
    assertThat(regulatorOf(shipped, Pathway.APPEAL, PlanType.FULLY_INSURED, "PA")).isNull();
    assertThat(regulatorOf(shipped, Pathway.APPEAL, PlanType.FEHB, "NY")).isNull();
    assertThat(shipped.of(claim(Pathway.APPEAL, PlanType.FULLY_INSURED, "TX"), TODAY).orElseThrow()
        .responseCalendarDays()).isEqualTo(30);
  }

  private static final String ENTRY = """
        - id: %s
          effectiveFrom: %s
          planTypes: [FULLY_INSURED]
          states: [%s]
          name: A regulator
          where: its portal
          channel: %s
          responseCalendarDays: %d
          paymentCalendarDays: 30
          citation: A statute
      """;

  @Test
  void aLaterEntryOfTheSameIdSupersedesFromItsDateAndKeepsItsPlaceInTheOrder() {
    var rules = RegulatorRules.load(yaml("regulators:\n" + ENTRY.formatted("GA_OCI", "2020-01-01", "GA", "MAIL", 30)
        + ENTRY.formatted("ANY_STATE", "2020-01-01", "GA", "MAIL", 10).replace("    states: [GA]\n", "")
        + ENTRY.formatted("GA_OCI", "2027-01-01", "GA", "REVIEW_PORTAL", 45)), "rules/regulators.yaml");
    var georgia = claim(Pathway.APPEAL, PlanType.FULLY_INSURED, "GA");

    assertThat(rules.of(georgia, TODAY).orElseThrow().responseCalendarDays()).isEqualTo(30);
    assertThat(rules.of(georgia, LocalDate.of(2027, 1, 1)).orElseThrow().responseCalendarDays()).isEqualTo(45);
    assertThat(rules.of(claim(Pathway.APPEAL, PlanType.FULLY_INSURED, "OH"), TODAY).orElseThrow().id())
        .isEqualTo("ANY_STATE");
    // the complaint keeps the entry it opened under
    assertThat(rules.byId("GA_OCI", TODAY).orElseThrow().channel().name()).isEqualTo("MAIL");
  }

  @Test
  void aBadStateAChannelNoComplaintTravelsByAndARepeatedEntryAreRefused() {
    String broken = "regulators:\n" + ENTRY.formatted("GA_OCI", "2020-01-01", "Georgia", "EMAIL", 0);
    assertRefusedWith(() -> RegulatorRules.load(yaml(broken), "rules/regulators.yaml"), """
        rules/regulators.yaml: regulators[0]: channel must be MAIL or REVIEW_PORTAL
        rules/regulators.yaml: regulators[0].responseCalendarDays: must be greater than 0
        rules/regulators.yaml: regulators[0].states[0]: must be a two-letter state code
        """);
    String twice = "regulators:\n" + ENTRY.formatted("GA_OCI", "2020-01-01", "GA", "MAIL", 30)
        + ENTRY.formatted("GA_OCI", "2020-01-01", "GA", "MAIL", 30);
    assertRefusedWith(() -> RegulatorRules.load(yaml(twice), "rules/regulators.yaml"), """
        rules/regulators.yaml: regulators[1]: a second entry for GA_OCI from 2020-01-01; a setting never changes in place, add an entry with a later effectiveFrom
        """);
  }

  private static String regulatorOf(RegulatorRules rules, Pathway pathway, PlanType planType, String planState) {
    return rules.of(claim(pathway, planType, planState), TODAY).map(Regulator::id).orElse(null);
  }

  static Claim claim(Pathway pathway, PlanType planType, String planState) {
    return new Claim("c-1", "CMP-1", new Claim.Payer("acme", "Acme Health Plan", null, null), null, null, planType,
        planState, planState, null, false, Claim.Circumstances.NONE_STATED, TODAY, TODAY, List.of(), null, null,
        new Claim.Classification(pathway == Pathway.FEDERAL_IDR, pathway, null, List.of()), null, null, null, null,
        null, null, null, null);
  }

  private static RegulatorRules shipped() {
    try (InputStream in = RegulatorRulesFileTest.class.getResourceAsStream("/rules/regulators.yaml")) {
      return RegulatorRules.load(in, "rules/regulators.yaml");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
