package org.claimrecovery.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.AUDITOR;
import static org.claimrecovery.support.TestUsers.INTEGRATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The findings of the regulatory audit, replayed through the API on PostgreSQL: each claim is classified as the
 * law states it, shows only the deadlines whose law governs it, and says what the rules could not decide.
 */
@IntegrationTest
class RegulatoryScopeIT {

  /** ERISA's claims procedure and the ACA's appeal and external review rules. */
  private static final List<String> ERISA_AND_ACA = List.of("2560.503-1", "2590.715-2719", "147.136", "54.9815-2719");

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @Test
  void aMedicareAdvantageDenialTakesTheProgrammesRouteWithoutErisaOrAcaRules() {
    var claim = post(Claims.deniedClaim("REG-MA", "2026-05-20")
        .replace("\"FULLY_INSURED\"", "\"MEDICARE_ADVANTAGE\"").replace("\"OTHER\"", "\"EMERGENCY\""));

    assertThat(claim.get("pathway").asText()).isEqualTo("PUBLIC_PROGRAM");
    assertThat(claim.get("nsaEligible").asBoolean()).isFalse();
    assertThat(text(claim.get("classificationNotes"))).anySatisfy(note ->
        assertThat(note).contains("Payment Dispute Resolution Contractor", "42 CFR 422.214"));
    var deadlines = deadlines(claim);
    assertThat(deadlines.findValuesAsText("code")).containsExactly("MA_RECONSIDERATION_REQUEST");
    assertThat(deadlines.findValuesAsText("citation")).allSatisfy(citation ->
        assertThat(citation).doesNotContain(ERISA_AND_ACA.toArray(String[]::new)).contains("42 CFR 422.582(b)"));
  }

  @Test
  void aMedicaidManagedCareClaimSaysNoStatutoryRouteIsConfiguredAndTheReviewShowsIt() {
    var claim = post(Claims.nsaClaim("REG-MEDICAID", "2026-06-01")
        .replace("\"SELF_FUNDED_ERISA\"", "\"MEDICAID_MANAGED_CARE\""));

    assertThat(claim.get("pathway").asText()).isEqualTo("PUBLIC_PROGRAM");
    assertThat(deadlines(claim)).isEmpty();
    assertThat(text(claim.get("classificationNotes"))).anySatisfy(note ->
        assertThat(note).contains("No statutory route is configured for Medicaid managed care claims"));
    var review = tasks.createTaskQuery().processInstanceId(claim.get("processInstanceId").asText())
        .taskDefinitionKey("reviewInitialPayment").singleResult();
    assertThat((String) tasks.getVariable(review.getId(), "reviewSummary"))
        .contains("No statutory route is configured for Medicaid managed care claims");
  }

  @Test
  void anUnpaidClaimNoConfiguredLawGivesAPayerDeadlineWaitsWithoutOne() {
    for (String json : List.of(
        Claims.unpaidClaim("REG-UNPAID-MEDICAID", "2026-05-01").replace("\"FULLY_INSURED\"", "\"MEDICAID_MANAGED_CARE\""),
        Claims.unpaidClaim("REG-UNPAID-COUNTY", "2026-05-01").replace("\"FULLY_INSURED\"", "\"NON_FEDERAL_GOVERNMENTAL\"")
            .replace("\"EMERGENCY\"", "\"OTHER\""))) {
      var claim = post(json);
      // PAYER_INITIAL_PAYMENT is the No Surprises Act's (PHS Act 2799A-1(a)(1)(C)(iv)), ERISA_CLAIM_DECISION ERISA's:
      // neither reaches these plans, and no other law is configured for them
      assertThat(deadlines(claim)).isEmpty();
      assertThat(runtime.getActiveActivityIds(claim.get("processInstanceId").asText()))
          .containsExactly("awaitInitialPaymentWithoutDeadline");
    }
  }

  @Test
  void anUnpaidEmployerPlanClaimOutsideTheNsaWaitsOnErisasClaimDecisionDeadline() {
    var claim = post(Claims.unpaidClaim("REG-UNPAID-GROUND", "2026-05-01").replace("\"EMERGENCY\"", "\"OTHER\""));

    assertThat(claim.get("pathway").asText()).isEqualTo("APPEAL");
    var deadlines = deadlines(claim);
    // 29 CFR 2560.503-1(f)(2)(iii)(B): 30 days after the plan received the claim; no state prompt pay (Georgia's is
    // not configured), no NSA deadline
    assertThat(deadlines.findValuesAsText("code")).containsExactly("ERISA_CLAIM_DECISION");
    assertThat(deadlines.findValuesAsText("dueOn")).containsExactly("2026-05-31");
    assertThat(deadlines.findValuesAsText("citation")).containsExactly("29 CFR 2560.503-1(f)(2)(iii)(B)");
    assertThat(runtime.getActiveActivityIds(claim.get("processInstanceId").asText()))
        .containsExactly("awaitInitialPayment");
  }

  @Test
  void emergencyCareWithNoticeAndConsentKeepsItsProtection() {
    var claim = post(Claims.nsaClaim("REG-CONSENT", "2026-06-01")
        .replace("\"noticeAndConsentObtained\": false", "\"noticeAndConsentObtained\": true"));

    assertThat(claim.get("nsaEligible").asBoolean()).isTrue();
    assertThat(claim.get("pathway").asText()).isEqualTo("FEDERAL_IDR");
  }

  @Test
  void anFehbCarrierIsProtectedAndAnFehbAppealFollowsOpmsRules() {
    var emergency = post(Claims.nsaClaim("REG-FEHB", "2026-06-01").replace("\"SELF_FUNDED_ERISA\"", "\"FEHB\""));
    assertThat(emergency.get("pathway").asText()).isEqualTo("FEDERAL_IDR");

    var denied = post(Claims.deniedClaim("REG-FEHB-DENIED", "2026-05-20").replace("\"FULLY_INSURED\"", "\"FEHB\""));
    assertThat(denied.get("pathway").asText()).isEqualTo("APPEAL");
    assertThat(deadlines(denied).findValuesAsText("citation")).containsExactly("5 CFR 890.105(b)(1); (a)(2) for a "
        + "provider acting with the enrollee's written consent");
  }

  @Test
  void aCaliforniaEmergencyClaimAndTexasAirAmbulanceGoToFederalIdr() {
    var california = post(Claims.nsaClaim("REG-CA-ER", "2026-06-01")
        .replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"", "\"planState\": \"CA\", \"serviceState\": \"CA\""));
    var airAmbulance = post(Claims.nsaClaim("REG-TX-AIR", "2026-06-01")
        .replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"").replace("\"EMERGENCY\"", "\"AIR_AMBULANCE\"")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"", "\"planState\": \"TX\", \"serviceState\": \"TX\""));

    for (var claim : List.of(california, airAmbulance)) {
      assertThat(claim.get("pathway").asText()).isEqualTo("FEDERAL_IDR");
      assertThat(claim.hasNonNull("stateLaw")).isFalse();
      assertThat(deadlines(claim).findValuesAsText("code")).contains("OPEN_NEGOTIATION_INITIATION")
          .noneMatch(code -> code.startsWith("CA_") || code.startsWith("TX_"));
    }
  }

  @Test
  void aSelfFundedPlansOwnElectionDecidesNewJersey() {
    String newJersey = Claims.nsaClaim("REG-NJ-%s", "2026-06-01")
        .replace("\"planState\": \"FL\", \"serviceState\": \"FL\"", "\"planState\": \"NJ\", \"serviceState\": \"NJ\"");
    var optedIn = post(newJersey.formatted("IN").replace("\"billedAs\"", "\"planElectedStateProcess\": true, \"billedAs\""));
    var optedOut = post(newJersey.formatted("OUT").replace("\"billedAs\"", "\"planElectedStateProcess\": false, \"billedAs\""));
    var unknown = post(newJersey.formatted("UNKNOWN"));

    assertThat(optedIn.get("pathway").asText()).isEqualTo("STATE_PROCESS");
    assertThat(optedIn.get("stateLaw").asText()).isEqualTo("NJ");
    assertThat(deadlines(optedIn).findValuesAsText("code")).contains("NJ_NEGOTIATION_PERIOD");
    assertThat(optedOut.get("pathway").asText()).isEqualTo("FEDERAL_IDR");
    assertThat(text(optedOut.get("classificationNotes"))).isEmpty();
    assertThat(unknown.get("pathway").asText()).isEqualTo("FEDERAL_IDR");
    assertThat(text(unknown.get("classificationNotes"))).anySatisfy(note ->
        assertThat(note).contains("N.J.S.A. 26:2SS-11(a)", "does not say whether this plan elected it"));
  }

  @Test
  void intakeRefusesAnUnstatedPlanTypeAndAnElectionOnAPlanThatCannotMakeOne() {
    var other = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("REG-OTHER", "2026-06-01")
        .replace("\"SELF_FUNDED_ERISA\"", "\"OTHER\""));
    var insuredElection = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim("REG-ELECT", "2026-06-01")
        .replace("\"SELF_FUNDED_ERISA\"", "\"FULLY_INSURED\"")
        .replace("\"billedAs\"", "\"planElectedStateProcess\": true, \"billedAs\""));

    assertThat(other.status()).isEqualTo(400);
    assertThat(other.body().toString()).contains("planType", "decides which law governs", "CHURCH_PLAN");
    assertThat(insuredElection.status()).isEqualTo(400);
    assertThat(insuredElection.body().toString()).contains("planElectedStateProcess");
  }

  private JsonNode post(String json) {
    var created = api.post(INTEGRATION, "/api/claims", json);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return api.get(AUDITOR, "/api/claims/" + created.body().get("id").asText()).body();
  }

  private JsonNode deadlines(JsonNode claim) {
    return api.get(AUDITOR, "/api/claims/" + claim.get("id").asText() + "/deadlines").body();
  }

  private static List<String> text(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
