package org.claimrecovery.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The demo runs on H2: the migration and the repository's SQL must work there as on PostgreSQL (DocumentApiIT). */
class DocumentRepositoryH2Test {

  private JdbcClient jdbc;
  private DocumentRepository documents;

  @BeforeEach
  void migrate() {
    var dataSource = new DriverManagerDataSource("jdbc:h2:mem:documents-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    documents = new DocumentRepository(jdbc);
    jdbc.sql("""
        INSERT INTO claim (id, payer_id, payer_name, claim_number, provider_npi, provider_tin, provider_name,
          plan_type, plan_state, service_state, service_category, notice_and_consent_obtained, service_date,
          submitted_on, status, stage, created_by, created_at)
        VALUES ('claim-1', 'acme', 'Acme', 'H2-1', '1234567893', '123456789', 'Riverside', 'FULLY_INSURED', 'GA',
          'GA', 'EMERGENCY', FALSE, DATE '2026-04-20', DATE '2026-04-24', 'OPEN', 'INTAKE', 'test',
          TIMESTAMP WITH TIME ZONE '2026-04-24 10:00:00+00')
        """).update();
  }

  @Test
  void storesContentAndListsMetadataOnH2() {
    byte[] pdf = TestFiles.pdf(1);
    var document = new StoredDocument("doc-1", "claim-1", DocumentType.ITEMIZED_BILL, "bill.pdf",
        FileInspection.PDF, pdf.length, DocumentStore.sha256(pdf), "specialist",
        Instant.parse("2026-06-02T14:30:00.123456Z"));

    documents.insert(document, pdf);

    assertThat(documents.list("claim-1")).containsExactly(document);
    assertThat(documents.find("claim-1", "doc-1")).contains(document);
    assertThat(documents.find("other-claim", "doc-1")).isEmpty();
    assertThat(documents.content("claim-1", "doc-1").orElseThrow().bytes()).isEqualTo(pdf);
  }
}
