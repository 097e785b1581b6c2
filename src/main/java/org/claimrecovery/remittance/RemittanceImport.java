package org.claimrecovery.remittance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimrecovery.claims.Claim;
import org.claimrecovery.claims.ClaimIntake;
import org.claimrecovery.claims.ClaimRepository;
import org.claimrecovery.clock.CaseClock;
import org.claimrecovery.refusal.FieldProblem;
import org.claimrecovery.refusal.RequestRejected;
import org.claimrecovery.remittance.ClaimPaymentDecision.Action;
import org.claimrecovery.remittance.ClaimPaymentDecision.Decision;
import org.claimrecovery.remittance.RemittanceRepository.PaymentKey;
import org.claimrecovery.remittance.RemittanceRules.PayerEntry;
import org.claimrecovery.remittance.ReportLine.Outcome;
import org.claimrecovery.settlement.Settlements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an 835: checks the whole file first (a file with any structural problem is refused and leaves nothing),
 * then reads it again and applies each claim on its own: a case opened through intake, a payment handed to the case
 * waiting for it, or nothing, each with its line in the report. Claims are read a chunk at a time, so memory does not
 * grow with the file. Logs name files, counts and case ids, never a patient.
 */
@Service
public class RemittanceImport {

  private static final Logger log = LoggerFactory.getLogger(RemittanceImport.class);
  /**
   * Claims decided together: one query for their cases, one transaction (one commit, one flush to disk) for those that
   * change nothing.
   */
  static final int CHUNK = 1000;
  /** An import whose heartbeat is older than this was left by a node that stopped; another may finish it. */
  static final Duration STALE = Duration.ofMinutes(5);

  private final RemittanceRepository remittances;
  private final RemittanceRules rules;
  private final ClaimIntake intake;
  private final ClaimRepository claims;
  private final Settlements settlements;
  private final CaseClock clock;
  private final TransactionTemplate transaction;

  RemittanceImport(RemittanceRepository remittances, RemittanceRules rules, ClaimIntake intake, ClaimRepository claims,
      Settlements settlements, CaseClock clock, TransactionTemplate transaction) {
    this.remittances = remittances;
    this.rules = rules;
    this.intake = intake;
    this.claims = claims;
    this.settlements = settlements;
    this.clock = clock;
    this.transaction = transaction;
  }

  /** The file, opened as often as the import reads it (twice: to check it, then to apply it). */
  @FunctionalInterface
  public interface RemittanceFile {
    InputStream open() throws IOException;
  }

  /**
   * @param imported false when the same file was imported before (or is being now): its report, nothing changed
   * @param timing   where the time went; null when nothing was imported
   */
  public record Result(RemittanceReport report, boolean imported, Timing timing) {

    Result(RemittanceReport report, boolean imported) {
      this(report, imported, null);
    }
  }

  /**
   * @param total    the import from the first byte read to the report (both passes)
   * @param checking the first pass: reading and validating the whole file
   * @param applying the part spent on claims that open a case or hand a payment to one (intake, the engine)
   * @param applied  how many claims took that way
   */
  public record Timing(Duration total, Duration checking, Duration applying, int applied) {}

  /**
   * @throws RemittanceRefused when the file is not a valid 835, with where and what; nothing is stored then
   */
  public Result importFile(RemittanceFile file, String fileName, String user) {
    long started = System.nanoTime();
    String sha256 = checked(file);
    Duration checking = Duration.ofNanos(System.nanoTime() - started);
    var known = remittances.idOfFile(sha256);
    if (known.isPresent()) {
      return resumeOrAnswer(file, known.get(), user, started, checking);
    }
    String id = UUID.randomUUID().toString();
    try {
      remittances.insert(id, sha256, shownName(fileName), user, clock.now());
    } catch (DuplicateKeyException sameFileAtOnce) {
      // the same file, imported at this moment elsewhere: that import applies it
      return new Result(report(remittances.idOfFile(sha256).orElseThrow()), false);
    }
    log.info("Importing remittance {}", id);
    return apply(file, id, 0, user, started, checking);
  }

  /** The file's name as the report keeps it: no path, no control characters, at most 255 characters. */
  static String shownName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "remittance.835";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
        .replaceAll("\\p{Cntrl}", "_").strip();
    return name.isEmpty() ? "remittance.835" : name.length() > 255 ? name.substring(0, 255) : name;
  }

  private RemittanceReport report(String id) {
    return remittances.find(id).orElseThrow();
  }

  /** The report as a form shows it (RemittanceSummary), with its first claims. */
  public String summary(String remittanceId) {
    return RemittanceSummary.of(report(remittanceId), remittances.lines(remittanceId, 0, 100));
  }

  /** A file imported before is answered with its report, unless its import stopped with its node: then it goes on. */
  private Result resumeOrAnswer(RemittanceFile file, String id, String user, long started, Duration checking) {
    var report = report(id);
    if ("IMPORTING".equals(report.status()) && remittances.takeOver(id, clock.now().minus(STALE), clock.now())) {
      int done = remittances.lastSeq(id);
      log.info("Resuming remittance {} after claim {}", id, done);
      return apply(file, id, done, user, started, checking);
    }
    return new Result(report, false);
  }

  /** Reads the file through once, checking it and computing its SHA-256. */
  private static String checked(RemittanceFile file) {
    try (InputStream in = file.open()) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      var digesting = new DigestInputStream(in, digest);
      RemittanceReader.validate(digesting);
      digesting.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * The second pass. It reads the file without the schema, trusting the check: a file on disk changed in between is
   * the one way it can still be refused here, with the claims before the change applied and the import left
   * IMPORTING (the next import of the file resumes it).
   */
  private Result apply(RemittanceFile file, String id, int alreadyDone, String user, long started,
      Duration checking) {
    var run = new Run(id, alreadyDone, user);
    RemittanceReader.Summary summary;
    try (InputStream in = file.open()) {
      summary = RemittanceReader.readValidated(in, run::add);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    run.flush();
    remittances.finish(id, summary.transactions(), clock.now());
    var report = report(id);
    var timing = new Timing(Duration.ofNanos(System.nanoTime() - started), checking,
        Duration.ofNanos(run.applyingNanos), run.applied);
    log.info("Imported remittance {}: {} claims, {} cases opened, {} payments correlated, {} skipped in {} ms ({} ms "
        + "opening cases and handing on payments)", id, report.claimsRead(), report.casesOpened(),
        report.paymentsCorrelated(), report.skipped(), timing.total().toMillis(), timing.applying().toMillis());
    return new Result(report, true, timing);
  }

  /** A claim read, with its place in the file. */
  private record Pending(int seq, RemittanceAdvice advice, ClaimPayment claim) {}

  /** One pass of applying a file: the chunk being collected, and the payer entries of its transactions. */
  private final class Run {
    private final String id;
    private final int alreadyDone;
    private final String user;
    private final List<Pending> chunk = new ArrayList<>(CHUNK);
    private final Map<RemittanceAdvice, Optional<PayerEntry>> payers = new IdentityHashMap<>();
    private int seq;
    private long applyingNanos;
    private int applied;

    Run(String id, int alreadyDone, String user) {
      this.id = id;
      this.alreadyDone = alreadyDone;
      this.user = user;
    }

    void add(RemittanceAdvice advice, ClaimPayment claim) {
      seq++;
      if (seq <= alreadyDone) {
        return;
      }
      chunk.add(new Pending(seq, advice, claim));
      if (chunk.size() == CHUNK) {
        flush();
      }
    }

    void flush() {
      if (chunk.isEmpty()) {
        return;
      }
      applyChunk(List.copyOf(chunk));
      chunk.clear();
    }

    private Optional<PayerEntry> payer(RemittanceAdvice advice) {
      if (payers.size() > 1000) {
        payers.clear();
      }
      return payers.computeIfAbsent(advice, it -> rules.payer(it.payer().identifiers(), it.paymentDate()));
    }

    private PaymentKey key(Pending pending) {
      return new PaymentKey(CaseFromRemittance.payerId(pending.advice(), payer(pending.advice())),
          pending.claim().claimNumber(), pending.advice().traceNumber());
    }

    private void applyChunk(List<Pending> pendings) {
      var cases = casesOf(pendings);
      var decisions = new HashMap<Integer, Decision>();
      pendings.forEach(pending -> decisions.put(pending.seq(), decide(pending, cases.get(key(pending)))));
      var unchanged = pendings.stream().filter(pending -> decisions.get(pending.seq()).action() == Action.SKIP)
          .toList();
      // most payments are new: their keys go in with one statement, and only when one of them was applied before
      // are the applied ones looked up
      if (!recordUnchanged(unchanged, decisions, Set.of())) {
        var appliedBefore = remittances.applied(unchanged.stream().map(this::key).toList());
        if (!recordUnchanged(unchanged, decisions, appliedBefore)) {
          // another import applied one of them since: each on its own
          unchanged.forEach(this::applyOne);
        }
      }
      long applying = System.nanoTime();
      var actions = pendings.stream().filter(pending -> decisions.get(pending.seq()).action() != Action.SKIP)
          .toList();
      actions.forEach(this::applyOne);
      applyingNanos += System.nanoTime() - applying;
      applied += actions.size();
    }

    /**
     * Records the claims that change nothing, with their payment keys, in one transaction.
     *
     * @return false when one of the keys exists (nothing was recorded then)
     */
    private boolean recordUnchanged(List<Pending> pendings, Map<Integer, Decision> decisions,
        Set<PaymentKey> appliedBefore) {
      var lines = new ArrayList<ReportLine>();
      var newKeys = new ArrayList<PaymentKey>();
      for (Pending pending : pendings) {
        PaymentKey key = key(pending);
        if (appliedBefore.contains(key)) {
          lines.add(line(pending, key, Outcome.ALREADY_IMPORTED, "this claim payment (payer " + key.payerId()
              + ", claim " + key.claimNumber() + ", trace " + key.traceNumber() + ") was imported before", null,
              List.of()));
        } else {
          Decision decision = decisions.get(pending.seq());
          lines.add(line(pending, key, Outcome.SKIPPED, decision.reason(), null, decision.nsaRemarkCodes()));
          newKeys.add(key);
        }
      }
      try {
        transaction.executeWithoutResult(status -> {
          remittances.insertPayments(newKeys, id);
          remittances.insertLines(lines);
          remittances.heartbeat(id, clock.now());
        });
        return true;
      } catch (DuplicateKeyException appliedBeforeOrMeanwhile) {
        return false;
      }
    }

    private Map<PaymentKey, Claim> casesOf(List<Pending> pendings) {
      var byPayer = pendings.stream().collect(Collectors.groupingBy(pending -> key(pending).payerId(),
          Collectors.mapping(pending -> pending.claim().claimNumber(), Collectors.toSet())));
      var cases = new HashMap<PaymentKey, Claim>();
      byPayer.forEach((payerId, numbers) -> {
        var found = claims.findByPayerClaimNumbers(payerId, numbers).stream()
            .collect(Collectors.toMap(Claim::claimNumber, claim -> claim));
        for (Pending pending : pendings) {
          PaymentKey key = key(pending);
          if (key.payerId().equals(payerId) && found.containsKey(key.claimNumber())) {
            cases.put(key, found.get(key.claimNumber()));
          }
        }
      });
      return cases;
    }

    private Decision decide(Pending pending, Claim existing) {
      return ClaimPaymentDecision.decide(pending.advice(), pending.claim(), payer(pending.advice()), existing, rules);
    }

    /**
     * One claim in its own transaction: its payment key first (a payment applied by another import at the same time
     * waits for that one's commit and then fails on the key), then what it does, then its report line.
     */
    private void applyOne(Pending pending) {
      PaymentKey key = key(pending);
      ReportLine outcome;
      try {
        outcome = transaction.execute(status -> {
          remittances.insertPayment(key, id, null);
          var existing = claims.findByPayerClaimNumber(key.payerId(), key.claimNumber()).orElse(null);
          ReportLine line = act(pending, key, decide(pending, existing), existing);
          if (line.claimId() != null) {
            remittances.linkPayment(key, line.claimId());
          }
          remittances.insertLines(List.of(line));
          return line;
        });
      } catch (DuplicateKeyException appliedElsewhere) {
        outcome = line(pending, key, Outcome.ALREADY_IMPORTED, "this claim payment (payer " + key.payerId()
            + ", claim " + key.claimNumber() + ", trace " + key.traceNumber() + ") was imported by another import at "
            + "the same time", null, List.of());
        record(outcome);
      } catch (RequestRejected refused) {
        outcome = line(pending, key, Outcome.REFUSED, refusal(refused), null, List.of());
        record(outcome);
      } catch (RuntimeException failed) {
        log.warn("Remittance {} claim {} (segment {}) failed: {}", id, pending.seq(), pending.claim().segmentNumber(),
            failed.getClass().getSimpleName());
        outcome = line(pending, key, Outcome.FAILED, "failed while applying it (" + failed.getClass().getSimpleName()
            + "); nothing of it was stored: another file with this payment applies it (this file is answered with "
            + "this report)", null, List.of());
        record(outcome);
      }
    }

    private void record(ReportLine line) {
      transaction.executeWithoutResult(status -> remittances.insertLines(List.of(line)));
    }

    private ReportLine act(Pending pending, PaymentKey key, Decision decision, Claim existing) {
      var advice = pending.advice();
      var claim = pending.claim();
      var payer = payer(advice);
      return switch (decision.action()) {
        case SKIP -> line(pending, key, Outcome.SKIPPED, decision.reason(), null, decision.nsaRemarkCodes());
        case OPEN_CASE -> {
          var intakeResult = intake.submit(CaseFromRemittance.submission(advice, claim, payer,
              decision.serviceCategory()), user);
          yield intakeResult.created()
              ? line(pending, key, Outcome.CASE_OPENED, decision.reason(), intakeResult.claim().id(),
                  decision.nsaRemarkCodes())
              : line(pending, key, Outcome.SKIPPED, "a case for this claim was opened at the same time: "
                  + "nothing changed", intakeResult.claim().id(), decision.nsaRemarkCodes());
        }
        case RECORD_INITIAL_PAYMENT -> {
          intake.recordPaymentDetermination(existing.id(), CaseFromRemittance.determination(advice, claim, payer,
              existing), user);
          yield line(pending, key, Outcome.INITIAL_PAYMENT_RECORDED, decision.reason(), existing.id(),
              decision.nsaRemarkCodes());
        }
        case RECORD_SETTLEMENT_PAYMENT -> {
          if (advice.paymentDate().isAfter(clock.today())) {
            throw RequestRejected.invalid("paymentDate", "the payment date " + advice.paymentDate()
                + " is in the future");
          }
          settlements.paymentReceived(existing.id(), advice.paymentDate(), claim.paid(), key.traceNumber());
          yield line(pending, key, Outcome.SETTLEMENT_PAYMENT_RECORDED, decision.reason(), existing.id(),
              decision.nsaRemarkCodes());
        }
      };
    }

    private ReportLine line(Pending pending, PaymentKey key, Outcome outcome, String reason, String claimId,
        List<String> nsaRemarkCodes) {
      var claim = pending.claim();
      return new ReportLine(id, pending.seq(), claim.segmentNumber(), key.payerId(), claim.claimNumber(),
          claim.payerClaimControlNumber(), claim.status(), claim.billed(), claim.paid(),
          pending.advice().paymentDate(), key.traceNumber(), nsaRemarkCodes, outcome,
          reason.length() > 4000 ? reason.substring(0, 3999) + "…" : reason, claimId);
    }
  }

  /** A refusal in words, with every field intake named. */
  private static String refusal(RequestRejected refused) {
    String fields = refused.fieldProblems().stream().map(RemittanceImport::words).collect(Collectors.joining("; "));
    return "refused: " + (fields.isEmpty() ? refused.getMessage() : fields);
  }

  private static String words(FieldProblem problem) {
    String hint = switch (problem.field()) {
      case "planType" -> " (an 835 does not say it: name the payer's planType in rules/remittance.yaml)";
      case "provider.npi", "provider.tin" -> " (from the payee, N1*PE and REF*TJ)";
      default -> "";
    };
    return problem.field() + " " + problem.message() + hint;
  }
}
