package org.claimrecovery.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum printed on a case file: SHA-256 of its facts as canonical JSON (members sorted by name, no
 * whitespace, absent values left out, dates and times as ISO-8601 text, numbers as written). Anyone holding the
 * JSON can recompute it from its {@code facts} member; the PDF prints the same value.
 */
final class CaseFileChecksum {

  static final String ALGORITHM = "SHA-256";

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private CaseFileChecksum() {}

  static String of(CaseFile.Facts facts) {
    try {
      byte[] canonical = CANONICAL.writeValueAsString(facts).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("cannot compute the case file's checksum", impossible);
    }
  }
}
