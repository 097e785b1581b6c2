package org.claimrecovery.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.CaseApi;
import org.claimrecovery.support.CaseProcesses;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deadline calendar across cases, the outcome report and who may read which, on PostgreSQL. */
@IntegrationTest
class OversightIT {

  @Autowired Api api;
  @Autowired CaseApi cases;
  @Autowired CaseProcesses processes;

  @BeforeEach
  void startOfJune() {
    ClockUtil.setCurrentTime(Timestamp.valueOf("2026-06-02 10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCalendarListsOpenDeadlinesAcrossCasesInDateOrderWithTheAtRiskAndMissedMarked() {
    // paid long ago: its open negotiation notice is due soon (at risk); paid yesterday: due in six weeks
    String early = post(Claims.nsaClaim("CAL-EARLY", "2026-04-27").replace("\"acme\"", "\"cal-payer\""));
    String late = post(Claims.nsaClaim("CAL-LATE", "2026-06-01").replace("\"acme\"", "\"cal-payer\""));
    var review = processes.task(api.get(AUDITOR, "/api/claims/" + early).body().get("processInstanceId").asText(),
        "reviewInitialPayment");
    assertThat(api.post(SUPERVISOR, "/engine-rest/task/" + review.getId() + "/assignee",
        "{\"userId\": \"specialist\"}").status()).isEqualTo(204);

    JsonNode page = api.get(SUPERVISOR, "/api/deadlines?payerId=cal-payer&size=100").body();

    List<JsonNode> deadlines = list(page.get("deadlines"));
    assertThat(deadlines).extracting(d -> d.get("claimId").asText()).contains(early, late);
    assertThat(deadlines).extracting(d -> LocalDate.parse(d.get("dueOn").asText())).isSorted();
    assertThat(deadlines).extracting(d -> d.get("status").asText()).allMatch(s -> s.equals("OPEN") || s.equals("MISSED"));
    JsonNode earlyNotice = find(deadlines, early, "OPEN_NEGOTIATION_INITIATION");
    JsonNode lateNotice = find(deadlines, late, "OPEN_NEGOTIATION_INITIATION");
    assertThat(earlyNotice.get("atRisk").asBoolean()).as("due within the escalation margin").isTrue();
    assertThat(lateNotice.get("atRisk").asBoolean()).isFalse();
    assertThat(earlyNotice.get("citation").asText()).isNotBlank();
    assertThat(earlyNotice.get("assignees").get(0).asText()).isEqualTo(SPECIALIST);
    assertThat(page.get("atRisk").asLong()).isGreaterThanOrEqualTo(1);

    // filters: due before a day, who holds the work, whom the deadline binds; paging keeps the order
    var before = list(api.get(SPECIALIST, "/api/deadlines?payerId=cal-payer&before=2026-06-30").body()
        .get("deadlines"));
    assertThat(before).extracting(d -> d.get("claimId").asText()).contains(early).doesNotContain(late);
    var held = list(api.get(AUDITOR, "/api/deadlines?assignee=specialist&payerId=cal-payer").body().get("deadlines"));
    assertThat(held).extracting(d -> d.get("claimId").asText()).containsOnly(early);
    var providers = list(api.get(AUDITOR, "/api/deadlines?payerId=cal-payer&bindingParty=provider").body()
        .get("deadlines"));
    assertThat(providers).isNotEmpty().extracting(d -> d.get("binds").asText()).containsOnly("PROVIDER");
    var first = api.get(AUDITOR, "/api/deadlines?payerId=cal-payer&size=1&page=0").body();
    var second = api.get(AUDITOR, "/api/deadlines?payerId=cal-payer&size=1&page=1").body();
    assertThat(first.get("total").asLong()).isEqualTo(deadlines.size());
    assertThat(second.get("deadlines").get(0).get("dueOn").asText())
        .isGreaterThanOrEqualTo(first.get("deadlines").get(0).get("dueOn").asText());

    assertThat(api.get(OWNER, "/api/deadlines").status()).isEqualTo(403);
    assertThat(api.get(AUDITOR, "/api/deadlines?status=SOON").status()).isEqualTo(400);
  }

  @Test
  void theCalendarFollowsTheCasesADeadlinePassedIsMissedAndAClosedCaseLeavesIt() {
    String claimId = post(Claims.nsaClaim("CAL-FOLLOW", "2026-06-01").replace("\"acme\"", "\"follow-payer\""));
    var notice = find(list(api.get(SUPERVISOR, "/api/deadlines?payerId=follow-payer").body().get("deadlines")), claimId,
        "OPEN_NEGOTIATION_INITIATION");
    assertThat(notice.get("status").asText()).isEqualTo("OPEN");
    assertThat(notice.get("missed").asBoolean()).isFalse();

    // its day passes without the notice: the calendar marks it missed
    ClockUtil.setCurrentTime(Timestamp.valueOf(LocalDate.parse(notice.get("dueOn").asText()).plusDays(2)
        .atTime(10, 0)));
    var missed = find(list(api.get(SUPERVISOR, "/api/deadlines?payerId=follow-payer").body().get("deadlines")),
        claimId, "OPEN_NEGOTIATION_INITIATION");
    assertThat(missed.get("status").asText()).isEqualTo("MISSED");
    assertThat(missed.get("missed").asBoolean()).isTrue();

    // the case closes: its deadlines leave the calendar
    var review = processes.task(api.get(AUDITOR, "/api/claims/" + claimId).body().get("processInstanceId").asText(),
        "reviewInitialPayment");
    cases.complete(review, "{\"decision\": {\"value\": \"ACCEPT\"}, \"acceptReason\": {\"value\": \"Fair\"}}",
        SPECIALIST);
    processes.runDueJobs(review.getProcessInstanceId());
    assertThat(api.get(AUDITOR, "/api/claims/" + claimId).body().get("status").asText()).isEqualTo("CLOSED");
    assertThat(api.get(SUPERVISOR, "/api/deadlines?payerId=follow-payer").body().get("total").asLong()).isZero();
  }

  @Test
  void theOutcomeReportCountsRecordedOutcomesOnlyAndIsForThoseWhoOverseeTheProgram() {
    var before = api.get(SUPERVISOR, "/api/reports/outcomes").body();
    String accepted = post(Claims.nsaClaim("OUT-ACCEPT", "2026-06-01").replace("\"acme\"", "\"out-payer\""));
    var review = processes.task(api.get(AUDITOR, "/api/claims/" + accepted).body().get("processInstanceId").asText(),
        "reviewInitialPayment");
    cases.complete(review, "{\"decision\": {\"value\": \"ACCEPT\"}, \"acceptReason\": {\"value\": \"Fair\"}}",
        SPECIALIST);
    processes.runDueJobs(review.getProcessInstanceId());
    post(Claims.nsaClaim("OUT-OPEN", "2026-06-01").replace("\"acme\"", "\"out-payer\""));

    var report = api.get(OWNER, "/api/reports/outcomes");

    assertThat(report.status()).isEqualTo(200);
    var total = report.body().get("total");
    assertThat(total.get("closed").asLong()).isEqualTo(before.get("total").get("closed").asLong() + 1);
    assertThat(total.get("accepted").asLong()).isEqualTo(before.get("total").get("accepted").asLong() + 1);
    JsonNode mechanism = list(report.body().get("byMechanism")).stream()
        .filter(group -> group.get("key").asText().equals("NONE")).findFirst().orElseThrow();
    assertThat(mechanism.get("accepted").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(list(report.body().get("byMonth"))).extracting(group -> group.get("key").asText()).contains("2026-06");
    assertThat(list(report.body().get("byPayer"))).extracting(group -> group.get("key").asText())
        .contains("Acme Health Plan");

    assertThat(api.get(SPECIALIST, "/api/reports/outcomes").status()).isEqualTo(403);
    // however the path is spelt
    assertThat(api.get(SPECIALIST, "/api/reports/%6Futcomes").status()).isEqualTo(403);
    assertThat(api.get(SPECIALIST, "/api/./reports/outcomes").status()).isEqualTo(403);
    assertThat(api.get(INTEGRATION, "/api/reports/outcomes").status()).isEqualTo(403);
    assertThat(api.get(AUDITOR, "/api/reports/outcomes").status()).isEqualTo(200);
    assertThat(api.get(ADMIN, "/api/reports/outcomes").status()).isEqualTo(200);
  }

  @Test
  void theHomePageLinksWhatEachGroupMayUseAndThePagesAskForALogin() {
    assertThat(api.get(null, "/").status()).isEqualTo(401);
    assertThat(links(SPECIALIST)).contains("Tasklist", "Deadline calendar", "Audit search")
        .doesNotContain("Cockpit", "Admin", "Outcomes");
    assertThat(links(SUPERVISOR)).contains("Tasklist", "Cockpit", "Deadline calendar", "Outcomes", "Audit search")
        .doesNotContain("Admin");
    assertThat(links(AUDITOR)).contains("Tasklist", "Cockpit", "Deadline calendar", "Outcomes", "Audit search")
        .doesNotContain("Admin");
    assertThat(links(OWNER)).contains("Cockpit", "Outcomes").doesNotContain("Tasklist", "Audit search", "Admin");
    assertThat(links(ADMIN)).contains("Admin", "Tasklist", "Cockpit", "Outcomes", "Audit search");

    assertThat(api.get(null, "/audit").status()).isEqualTo(401);
    assertThat(api.get(OWNER, "/audit").status()).isEqualTo(403);
    assertThat(api.get(OWNER, "/calendar").status()).isEqualTo(403);
    assertThat(api.get(SPECIALIST, "/outcomes").status()).isEqualTo(403);
    assertThat(api.get(SPECIALIST, "/calendar").raw().body()).contains("Deadline calendar");
    assertThat(api.get(AUDITOR, "/audit/claims/x").raw().body()).contains("Path taken");
    assertThat(api.get(OWNER, "/outcomes").raw().body()).contains("echarts.min.js");
    assertThat(api.get(null, "/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
  }

  @Test
  void theAuditSearchFindsCasesByClaimNumberPayerStatusAndDay() {
    String id = post(Claims.nsaClaim("SEARCH-1", "2026-06-01").replace("\"acme\"", "\"search-payer\""));

    var byNumber = api.get(AUDITOR, "/api/audit/cases?claimNumber=SEARCH-1").body();
    assertThat(byNumber.get("total").asLong()).isEqualTo(1);
    assertThat(byNumber.get("cases").get(0).get("id").asText()).isEqualTo(id);
    assertThat(api.get(AUDITOR, "/api/audit/cases?payer=search-payer&status=OPEN&stage=INITIAL_PAYMENT_REVIEW"
        + "&openedFrom=2026-06-01&openedTo=2026-06-02").body().get("cases").findValuesAsText("id")).containsExactly(id);
    assertThat(api.get(AUDITOR, "/api/audit/cases?payer=search-payer&openedFrom=2026-06-03").body().get("total")
        .asLong()).isZero();
    assertThat(api.get(AUDITOR, "/api/audit/cases?openedFrom=June").status()).isEqualTo(400);
    assertThat(api.get(OWNER, "/api/audit/cases").status()).isEqualTo(403);
  }

  private List<String> links(String user) {
    var response = api.get(user, "/");
    assertThat(response.status()).as("home page for " + user).isEqualTo(200);
    var titles = new ArrayList<String>();
    var matcher = java.util.regex.Pattern.compile("<a href=\"[^\"]+\">([^<]+)</a>").matcher(response.raw().body());
    while (matcher.find()) {
      titles.add(matcher.group(1));
    }
    return titles;
  }

  private String post(String claim) {
    var created = api.post(INTEGRATION, "/api/claims", claim);
    assertThat(created.status()).isEqualTo(201);
    return created.body().get("id").asText();
  }

  private static JsonNode find(List<JsonNode> deadlines, String claimId, String code) {
    return deadlines.stream().filter(d -> d.get("claimId").asText().equals(claimId) && d.get("code").asText().equals(code))
        .findFirst().orElseThrow(() -> new AssertionError(code + " of " + claimId + " not on the calendar"));
  }

  private static List<JsonNode> list(JsonNode array) {
    var list = new ArrayList<JsonNode>();
    array.forEach(list::add);
    return list;
  }
}
