package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimrecovery.support.TestUsers.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.IntegrationTest;
import org.claimrecovery.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webapps load the product's script that hides the controls a person may not use (shipped with the service, no
 * internet), and the engine answers the script's questions as its checks will: an auditor may create, start and
 * change nothing; a specialist may start attaching a document; the administrator may change cases.
 */
@IntegrationTest
class WebappControlsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired Api api;

  @Test
  void tasklistAndCockpitLoadTheScriptFromTheService() throws Exception {
    for (String app : new String[] {"tasklist", "cockpit"}) {
      var config = fetch("/camunda/app/" + app + "/scripts/config.js");
      assertThat(config.statusCode()).isEqualTo(200);
      assertThat(config.body()).as(app).contains("customScripts: ['../claim-recovery/controls']");
    }
    // Tasklist imports /camunda/app/tasklist/ + '../claim-recovery/controls' + '.js?bust=<version>'
    var script = fetch("/camunda/app/claim-recovery/controls.js?bust=7.24.0");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(script.body()).contains("export default []", "/authorization/check?");
  }

  @Test
  void theEngineAnswersTheScriptsQuestionsAsItsChecksWill() throws Exception {
    var auditor = WebappSession.logIn(api.port(), AUDITOR, password(AUDITOR));
    var specialist = WebappSession.logIn(api.port(), SPECIALIST, password(SPECIALIST));
    var admin = WebappSession.logIn(api.port(), ADMIN, password(ADMIN));
    String createTask = "/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7";
    String changeCases = "/authorization/check?permissionName=UPDATE&resourceName=ProcessInstance&resourceType=8";
    String startable = "/process-definition/count?latestVersion=true&active=true&startableInTasklist=true"
        + "&startablePermissionCheck=true";

    assertThat(answer(auditor, createTask).get("authorized").asBoolean()).isFalse();
    assertThat(answer(specialist, createTask).get("authorized").asBoolean()).isFalse();
    assertThat(answer(auditor, changeCases).get("authorized").asBoolean()).isFalse();
    assertThat(answer(admin, changeCases).get("authorized").asBoolean()).isTrue();
    assertThat(answer(auditor, startable).get("count").asInt()).isZero();
    // attach a document, import a remittance
    assertThat(answer(specialist, startable).get("count").asInt()).isEqualTo(2);
  }

  private JsonNode answer(WebappSession session, String path) throws Exception {
    var response = session.get(ENGINE + path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> fetch(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.port()
        + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
