package org.claimrecovery.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session with the webapps (Tasklist, Cockpit): their login form, their cookie, their CSRF token. */
public final class WebappSession {

  private final HttpClient client;
  private final CookieManager cookies;
  private final String base;

  private WebappSession(int port) {
    cookies = new CookieManager();
    client = HttpClient.newBuilder().cookieHandler(cookies).build();
    base = "http://localhost:" + port;
  }

  /** Logs in through Tasklist's login form, as a person does. */
  public static WebappSession logIn(int port, String user, String password) throws Exception {
    var session = new WebappSession(port);
    session.get("/camunda/app/tasklist/default/");
    var login = session.client.send(HttpRequest.newBuilder(
            URI.create(session.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login renews the session, and the next request hands out its CSRF token, as in a browser
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String json) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrf()).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .reduce((first, second) -> second).orElseThrow().getValue();
  }
}
