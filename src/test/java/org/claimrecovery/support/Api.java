package org.claimrecovery.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Lazy;

/** A real HTTP client against the running service, as an integration would call it. */
@TestComponent
@Lazy
public class Api {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final int port;

  Api(@LocalServerPort int port) {
    this.port = port;
  }

  public record Response(int status, JsonNode body, HttpResponse<String> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Response get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A GET with the given password instead of the test user's. */
  public Response getAs(String user, String password, String path) {
    String credentials = user + ":" + password;
    return send(null, HttpRequest.newBuilder(uri(path)).GET().header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
  }

  public Response post(String user, String path, String body) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response put(String user, String path, String body) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response delete(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** Any method, with a JSON body or none. */
  public Response send(String user, String method, String path, String jsonBody) {
    var request = HttpRequest.newBuilder(uri(path));
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    return send(user, request);
  }

  /** Any method, with a body of the given content type. */
  public Response send(String user, String method, String path, String body, String contentType) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart deployment, as Camunda Modeler sends it. */
  public Response deploy(String user, String deploymentName, String fileName, String content) {
    String boundary = "----claim-recovery-test";
    String body = part(boundary, "deployment-name", null, deploymentName)
        + part(boundary, "enable-duplicate-filtering", null, "true")
        + part(boundary, "deployment-source", null, "Camunda Modeler")
        + part(boundary, fileName, fileName, content)
        + "--" + boundary + "--\r\n";
    return send(user, HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String part(String boundary, String name, String fileName, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n\r\n" + value + "\r\n";
  }

  /** A multipart upload of one file and some text fields, as a browser form or an integration sends it. */
  public Response upload(String user, String path, String fieldName, String fileName, byte[] content,
      Map<String, String> fields) {
    String boundary = "----claim-recovery-upload";
    var body = new ByteArrayOutputStream();
    fields.forEach((name, value) ->
        body.writeBytes(part(boundary, name, null, value).getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldName + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A download, bytes as they come. */
  public HttpResponse<byte[]> getBytes(String user, String path) {
    var request = HttpRequest.newBuilder(uri(path)).GET();
    authenticate(user, request);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception failed) {
      throw new IllegalStateException("request failed", failed);
    }
  }

  public int port() {
    return port;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static void authenticate(String user, HttpRequest.Builder request) {
    if (user != null) {
      String credentials = user + ":" + TestUsers.password(user);
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
  }

  private Response send(String user, HttpRequest.Builder request) {
    authenticate(user, request);
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
      JsonNode body = isJson && !response.body().isBlank() ? json.readTree(response.body()) : null;
      return new Response(response.statusCode(), body, response);
    } catch (Exception failed) {
      throw new IllegalStateException("request failed", failed);
    }
  }
}
