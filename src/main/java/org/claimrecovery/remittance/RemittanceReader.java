package org.claimrecovery.remittance;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimrecovery.remittance.ClaimPayment.Adjustment;
import org.claimrecovery.remittance.ClaimPayment.ServicePayment;
import org.claimrecovery.remittance.RemittanceAdvice.Payee;
import org.claimrecovery.remittance.RemittanceAdvice.Payer;

/**
 * Reads an X12 835 as a stream with StAEDI, validating it as it goes: the interchange envelope against StAEDI's X12
 * control schema, each 835 transaction against {@code x12/835-005010X221A1.xml}. Each claim is handed on when its loop
 * ends, so a file of any size needs the memory of one claim. Every departure from the structure is collected with
 * its segment number, segment id and element; a file with any is refused as a whole.
 */
public final class RemittanceReader {

  /** Enough problems to fix a file in one go; a file far from an 835 stops being read here. */
  static final int MAX_PROBLEMS = 50;

  private static final String SCHEMA = "/x12/835-005010X221A1.xml";
  private static final Schema TRANSACTION_SCHEMA = loadSchema();
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

  /** Receives each claim with the payment it belongs to. */
  @FunctionalInterface
  public interface ClaimListener {
    void claim(RemittanceAdvice advice, ClaimPayment claim);
  }

  /** @param transactions 835 transactions (ST … SE) read */
  public record Summary(int transactions, int claims) {}

  private RemittanceReader() {
  }

  /** Checks the whole file; hands on nothing. */
  public static Summary validate(InputStream file) {
    return read(file, (advice, claim) -> { });
  }

  /**
   * Hands on each claim of a file {@link #validate} accepted, reading it without the 835 schema: StAEDI's validation
   * is most of a read's cost, and the file's structure is known to hold. The envelope is still checked.
   */
  public static Summary readValidated(InputStream file, ClaimListener listener) {
    return new Reading(listener, false).run(file);
  }

  /**
   * Reads and checks the file, handing each claim to {@code listener} as soon as it is read. Problems are found as
   * the file streams by: call {@link #validate} first when nothing may happen for a file that turns out invalid.
   *
   * @throws RemittanceRefused when the file is not a valid 835, naming every problem (up to {@value #MAX_PROBLEMS})
   */
  public static Summary read(InputStream file, ClaimListener listener) {
    return new Reading(listener, true).run(file);
  }

  private static Schema loadSchema() {
    try {
      return SchemaFactory.newFactory().createSchema(RemittanceReader.class.getResource(SCHEMA));
    } catch (EDISchemaException broken) {
      throw new IllegalStateException("the 835 schema " + SCHEMA + " does not load", broken);
    }
  }

  /**
   * Where in a transaction a segment stands, known from the segment ids as the 835 orders them (the schema checks that
   * order): the header, a party (loop 1000), a header number (2000), a claim (2100), a service line (2110), the
   * provider-level summary.
   */
  private enum Place {
    HEADER, PARTY, HEADER_NUMBER, CLAIM, LINE, SUMMARY
  }

  /** The state of one read: where in the file it is, the transaction's header, the claim being collected. */
  private static final class Reading {

    private final ClaimListener listener;
    private final boolean validating;
    private final List<FileProblem> problems = new ArrayList<>();
    private final Segment segment = new Segment();
    private int segmentNumber;
    private int transactions;
    private int claims;
    private Place place = Place.HEADER;

    // the transaction's header
    private String traceNumber;
    private String originatorId;
    private LocalDate paymentIssued;
    private LocalDate productionDate;
    private BigDecimal totalPaid;
    private String paymentMethod;
    private String payerName;
    private List<String> payerIds;
    private String payeeName;
    private String payeeNpi;
    private String payeeTin;
    private String payeeState;
    private String party;
    private RemittanceAdvice advice;
    private boolean headerChecked;

    // the claim and line being read
    private ClaimBuilder claim;
    private LineBuilder line;

    Reading(ClaimListener listener, boolean validating) {
      this.listener = listener;
      this.validating = validating;
    }

    Summary run(InputStream file) {
      try (EDIStreamReader reader = FACTORY.createEDIStreamReader(file)) {
        while (reader.hasNext() && problems.size() < MAX_PROBLEMS) {
          EDIStreamEvent event = reader.next();
          switch (event) {
            case START_SEGMENT -> {
              segmentNumber++;
              segment.start(reader.getText());
            }
            case ELEMENT_DATA -> segment.put(reader.getLocation().getElementPosition(),
                reader.getLocation().getComponentPosition(), reader.getText());
            case END_SEGMENT -> segmentEnded();
            case START_TRANSACTION -> {
              startTransaction();
              if (validating) {
                reader.setTransactionSchema(TRANSACTION_SCHEMA);
              }
            }
            case END_TRANSACTION -> {
              claimEnded();
              transactions++;
            }
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problem(reader, event);
            default -> { }
          }
        }
        if (transactions == 0 && problems.isEmpty()) {
          problems.add(new FileProblem(Math.max(segmentNumber, 1), null, null, "the file holds no 835 transaction"));
        }
      } catch (EDIStreamException unreadable) {
        var at = unreadable.getLocation();
        String id = at == null || at.getSegmentTag() == null || at.getSegmentTag().isBlank() ? null : at.getSegmentTag();
        var problem = new FileProblem(Math.max(segmentNumber, 1), segmentNumber == 0 ? null : id, null,
            words(unreadable));
        if (problems.isEmpty()) {
          throw RemittanceRefused.unreadable(problem);
        }
        problems.add(problem);
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      if (!problems.isEmpty()) {
        throw RemittanceRefused.structure(problems);
      }
      return new Summary(transactions, claims);
    }

    private String words(EDIStreamException unreadable) {
      if (segmentNumber == 0) {
        return "the file does not begin with an X12 interchange header (ISA)";
      }
      String message = unreadable.getMessage() == null ? "" : unreadable.getMessage();
      if (message.toLowerCase(Locale.ROOT).contains("end of")) {
        return "the file ends after this segment, before its interchange does (truncated: SE, GE or IEA is missing)";
      }
      return "not readable as X12: " + message.replaceAll("\\s+", " ").strip();
    }

    private void problem(EDIStreamReader reader, EDIStreamEvent event) {
      var at = reader.getLocation();
      EDIStreamValidationError error = reader.getErrorType();
      String what = error.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (event == EDIStreamEvent.SEGMENT_ERROR) {
        // reported before the segment's own start: it is the next one; for a missing segment the reference code
        // names the segment missing
        String named = reader.getReferenceCode();
        String text = reader.getText();
        boolean missing = error == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING
            || error == EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE;
        if (missing) {
          String id = named != null ? named : text;
          problems.add(new FileProblem(segmentNumber + 1, id, null,
              "required segment " + id + " is missing: expected before segment " + (segmentNumber + 1)));
        } else {
          problems.add(new FileProblem(segmentNumber + 1, text != null && !text.isBlank() ? text : named, null, what));
        }
        return;
      }
      int element = at.getElementPosition();
      String value = event == EDIStreamEvent.ELEMENT_DATA_ERROR && reader.hasText() ? reader.getText() : null;
      String detail = value == null || value.isEmpty() ? what : what + " ('" + printable(value) + "')";
      int component = at.getComponentPosition();
      problems.add(new FileProblem(segmentNumber, at.getSegmentTag(), element > 0 ? element : null,
          component > 0 ? detail + " in component " + component : detail));
    }

    /** A value quoted in a problem: short, one line. Element values are never patient names here (NM1 is not quoted). */
    private String printable(String value) {
      String oneLine = value.replaceAll("\\p{Cntrl}", "?");
      return oneLine.length() > 30 ? oneLine.substring(0, 30) + "…" : oneLine;
    }

    private void startTransaction() {
      traceNumber = null;
      originatorId = null;
      paymentIssued = null;
      productionDate = null;
      totalPaid = null;
      paymentMethod = null;
      payerName = null;
      payerIds = new ArrayList<>();
      payeeName = null;
      payeeNpi = null;
      payeeTin = null;
      payeeState = null;
      party = null;
      advice = null;
      headerChecked = false;
      claim = null;
      line = null;
      place = Place.HEADER;
    }

    /** The segments that open a loop (or end the claims) move the place; the others stay where they are. */
    private void moveTo(String tag) {
      switch (tag) {
        case "N1" -> place = Place.PARTY;
        case "LX" -> {
          claimEnded();
          place = Place.HEADER_NUMBER;
        }
        case "CLP" -> {
          claimEnded();
          place = Place.CLAIM;
        }
        case "SVC" -> place = place == Place.CLAIM || place == Place.LINE ? Place.LINE : place;
        case "PLB", "SE" -> {
          claimEnded();
          place = tag.equals("SE") ? Place.HEADER : Place.SUMMARY;
        }
        default -> { }
      }
    }

    private void segmentEnded() {
      String tag = segment.tag;
      moveTo(tag);
      switch (place) {
        case PARTY -> partySegment(tag);
        case CLAIM -> claimSegment(tag);
        case LINE -> lineSegment(tag);
        case HEADER -> headerSegment(tag);
        default -> { }
      }
    }

    private void headerSegment(String tag) {
      switch (tag) {
        case "BPR" -> {
          totalPaid = segment.amount(2);
          paymentMethod = segment.value(4);
          paymentIssued = segment.date(16);
        }
        case "TRN" -> {
          traceNumber = segment.value(2);
          originatorId = segment.value(3);
        }
        case "DTM" -> {
          if ("405".equals(segment.value(1))) {
            productionDate = segment.date(2);
          }
        }
        case "SE" -> {
          if (!headerChecked) {
            checkHeader();
          }
        }
        default -> { }
      }
    }

    private void partySegment(String tag) {
      switch (tag) {
        case "N1" -> {
          party = segment.value(1);
          if ("PR".equals(party)) {
            payerName = segment.value(2);
            addPayerId(segment.value(4));
          } else if ("PE".equals(party)) {
            payeeName = segment.value(2);
            if ("XX".equals(segment.value(3))) {
              payeeNpi = segment.value(4);
            } else if ("FI".equals(segment.value(3))) {
              payeeTin = segment.value(4);
            }
          }
        }
        case "N4" -> {
          if ("PE".equals(party)) {
            payeeState = segment.value(2);
          }
        }
        case "REF" -> {
          if ("PR".equals(party) && "2U".equals(segment.value(1))) {
            payerIds.add(0, segment.value(2));
          } else if ("PE".equals(party) && "TJ".equals(segment.value(1)) && payeeTin == null) {
            payeeTin = segment.value(2);
          }
        }
        default -> { }
      }
    }

    private void addPayerId(String id) {
      if (id != null && !id.isBlank() && !payerIds.contains(id)) {
        payerIds.add(id);
      }
    }

    /** The first claim needs the whole header: it is checked once, where the claims begin. */
    private boolean checkHeader() {
      headerChecked = true;
      int before = problems.size();
      if (traceNumber == null) {
        problems.add(new FileProblem(segmentNumber, segment.tag, null, "the transaction has no TRN trace number"));
      }
      if (paymentIssued == null && productionDate == null) {
        problems.add(new FileProblem(segmentNumber, segment.tag, null,
            "the transaction has no payment date: neither BPR16 nor DTM*405"));
      }
      if (payerName == null) {
        problems.add(new FileProblem(segmentNumber, segment.tag, null, "the transaction names no payer (N1*PR)"));
      }
      if (payeeName == null) {
        problems.add(new FileProblem(segmentNumber, segment.tag, null, "the transaction names no payee (N1*PE)"));
      }
      if (problems.size() > before) {
        return false;
      }
      addPayerId(originatorId);
      advice = new RemittanceAdvice(traceNumber, originatorId, paymentIssued != null ? paymentIssued : productionDate,
          totalPaid, paymentMethod, new Payer(payerName, List.copyOf(payerIds)),
          new Payee(payeeName, payeeNpi, payeeTin, payeeState));
      return true;
    }

    private void claimSegment(String tag) {
      switch (tag) {
        case "CLP" -> {
          if (!headerChecked) {
            checkHeader();
          }
          if (advice == null) {
            claim = null;
            return;
          }
          claim = new ClaimBuilder(segmentNumber, segment);
        }
        case "CAS" -> {
          if (claim != null) {
            segment.adjustments(claim.adjustments);
          }
        }
        case "MOA" -> {
          if (claim != null) {
            segment.remarks(claim.remarks, 3, 7);
          }
        }
        case "MIA" -> {
          if (claim != null) {
            segment.remarks(claim.remarks, 5, 5);
            segment.remarks(claim.remarks, 20, 23);
          }
        }
        case "DTM" -> {
          if (claim != null) {
            switch (segment.value(1) == null ? "" : segment.value(1)) {
              case "050" -> claim.receivedByPayer = segment.date(2);
              case "232" -> claim.statementFrom = segment.date(2);
              case "233" -> claim.statementTo = segment.date(2);
              default -> { }
            }
          }
        }
        default -> { }
      }
    }

    private void lineSegment(String tag) {
      if (claim == null) {
        return;
      }
      switch (tag) {
        case "SVC" -> {
          line = new LineBuilder(segment);
          claim.lines.add(line);
        }
        case "DTM" -> {
          String qualifier = segment.value(1);
          if ("472".equals(qualifier) || ("150".equals(qualifier) && line.serviceDate == null)) {
            line.serviceDate = segment.date(2);
          }
        }
        case "CAS" -> segment.adjustments(line.adjustments);
        case "AMT" -> {
          BigDecimal amount = segment.amount(2);
          if (amount != null) {
            line.amounts.put(segment.value(1), amount);
          }
        }
        case "LQ" -> {
          if ("HE".equals(segment.value(1))) {
            line.remarks.add(segment.value(2));
          }
        }
        default -> { }
      }
    }

    private void claimEnded() {
      if (claim != null) {
        claims++;
        if (problems.isEmpty()) {
          listener.claim(advice, claim.build());
        }
        claim = null;
        line = null;
      }
    }
  }

  /** The values of the segment being read, by element and component position (both from 1). */
  private static final class Segment {

    private static final int ELEMENTS = 32;
    private static final int COMPONENTS = 10;
    private final String[][] values = new String[ELEMENTS][COMPONENTS];
    private int used;
    String tag;

    void start(String tag) {
      this.tag = tag;
      for (int i = 0; i <= used && i < ELEMENTS; i++) {
        Arrays.fill(values[i], null);
      }
      used = 0;
    }

    void put(int element, int component, String value) {
      if (element < 1 || element >= ELEMENTS || value == null || value.isEmpty()) {
        return;
      }
      int at = component < 1 ? 1 : Math.min(component, COMPONENTS - 1);
      // a repeated element keeps its first occurrence (the 835 repeats none the import reads)
      if (values[element][at] == null) {
        values[element][at] = value;
      }
      used = Math.max(used, element);
    }

    String value(int element) {
      return value(element, 1);
    }

    String value(int element, int component) {
      return element < ELEMENTS && component < COMPONENTS ? values[element][component] : null;
    }

    BigDecimal amount(int element) {
      String value = value(element);
      try {
        return value == null ? null : new BigDecimal(value);
      } catch (NumberFormatException checkedBySchema) {
        return null;
      }
    }

    LocalDate date(int element) {
      String value = value(element);
      try {
        return value == null ? null : LocalDate.parse(value, CCYYMMDD);
      } catch (DateTimeParseException checkedBySchema) {
        return null;
      }
    }

    /** CAS: a group code, then up to six reason, amount, quantity triplets. */
    void adjustments(List<Adjustment> into) {
      String group = value(1);
      for (int reason = 2; reason <= 17; reason += 3) {
        String code = value(reason);
        BigDecimal amount = amount(reason + 1);
        if (code != null && amount != null) {
          into.add(new Adjustment(group, code, amount));
        }
      }
    }

    void remarks(List<String> into, int from, int to) {
      for (int element = from; element <= to; element++) {
        String code = value(element);
        if (code != null && !into.contains(code)) {
          into.add(code);
        }
      }
    }
  }

  private static final class ClaimBuilder {
    final int segmentNumber;
    final String claimNumber;
    final String status;
    final BigDecimal billed;
    final BigDecimal paid;
    final BigDecimal patientResponsibility;
    final String filingIndicator;
    final String payerClaimControlNumber;
    final String drg;
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<String> remarks = new ArrayList<>();
    final List<LineBuilder> lines = new ArrayList<>();
    LocalDate receivedByPayer;
    LocalDate statementFrom;
    LocalDate statementTo;

    ClaimBuilder(int segmentNumber, Segment clp) {
      this.segmentNumber = segmentNumber;
      claimNumber = clp.value(1);
      status = clp.value(2);
      billed = clp.amount(3);
      paid = clp.amount(4);
      patientResponsibility = clp.amount(5);
      filingIndicator = clp.value(6);
      payerClaimControlNumber = clp.value(7);
      drg = clp.value(11);
    }

    ClaimPayment build() {
      return new ClaimPayment(segmentNumber, claimNumber, status, billed, paid, patientResponsibility,
          filingIndicator, payerClaimControlNumber, drg, List.copyOf(adjustments), List.copyOf(remarks),
          lines.stream().map(LineBuilder::build).toList(), receivedByPayer, statementFrom, statementTo);
    }
  }

  private static final class LineBuilder {
    final String qualifier;
    final String procedureCode;
    final List<String> modifiers = new ArrayList<>();
    final BigDecimal billed;
    final BigDecimal paid;
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<String> remarks = new ArrayList<>();
    final Map<String, BigDecimal> amounts = new HashMap<>();
    LocalDate serviceDate;

    LineBuilder(Segment svc) {
      qualifier = svc.value(1, 1);
      procedureCode = svc.value(1, 2);
      for (int component = 3; component <= 6; component++) {
        if (svc.value(1, component) != null) {
          modifiers.add(svc.value(1, component));
        }
      }
      billed = svc.amount(2);
      paid = svc.amount(3);
    }

    ServicePayment build() {
      return new ServicePayment(qualifier, procedureCode, List.copyOf(modifiers), billed, paid, serviceDate,
          List.copyOf(adjustments), List.copyOf(remarks), Map.copyOf(amounts));
    }
  }
}
