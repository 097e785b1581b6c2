package org.claimrecovery.remittance;

import java.time.Instant;

/**
 * One imported file and what it did, in counts; its claims are {@link ReportLine}s.
 *
 * @param status         IMPORTING while it runs, DONE when every claim has its line
 * @param claimsRead     claims with a line in the report so far
 * @param skipped        claims that changed nothing (with their reason), including those applied before
 */
public record RemittanceReport(String id, String fileName, String sha256, String status, int transactions,
    int claimsRead, int casesOpened, int paymentsCorrelated, int skipped, String importedBy, Instant startedAt,
    Instant finishedAt) {}
