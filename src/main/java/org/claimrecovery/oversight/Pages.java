package org.claimrecovery.oversight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The oversight pages: plain HTML shipped in the jar ({@code pages/}), their scripts and styles under
 * {@code /oversight/} and the chart library from its webjar, so nothing is fetched from the internet. The pages hold
 * no data; their scripts read it from the API with the person's login. Scripts only from the service itself.
 */
public final class Pages {

  private static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
      + " object-src 'none'; frame-ancestors 'none'";

  private Pages() {}

  /** The page {@code pages/<name>.html}, not cached (it is small, and may differ by release). */
  public static ResponseEntity<String> page(String name) {
    try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name + ".html")) {
      if (in == null) {
        throw new IllegalStateException("missing page " + name);
      }
      return html(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  public static ResponseEntity<String> html(String html) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .body(html);
  }
}
