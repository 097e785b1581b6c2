package org.claimrecovery.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.claimrecovery.deadlines.BusinessCalendar;
import org.claimrecovery.deadlines.DeadlineCounting;
import org.claimrecovery.idr.IdrBatching.Batch;
import org.claimrecovery.idr.IdrBatching.Item;
import org.claimrecovery.idr.IdrBatching.Refusal;
import org.claimrecovery.pathway.PlanType;
import org.claimrecovery.pathway.ServiceCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which items may be filed with a lead as one federal IDR dispute, under the shipped rules/idr.yaml
 * (45 CFR 149.510(c)(3)(i)). The lead: an emergency visit (99285) on Monday 2026-06-01, whose 30-business-day
 * period runs to Tuesday 2026-07-14 (Juneteenth and the observed Independence Day skipped, domain brief §3).
 */
class IdrBatchingTest {

  private static final Item LEAD = new Item("c-1", "CLM-1", "12-3456789", "acme", PlanType.SELF_FUNDED_ERISA,
      "99285", ServiceCategory.EMERGENCY, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-01"), 2);

  private final IdrBatching batching = new IdrBatching(IdrRulesFiles.shipped(), IdrRulesFiles.shippedDeadlineRules(),
      new DeadlineCounting(new BusinessCalendar()));

  @Test
  void alikeClaimsOfOneProviderPlanCodeAndPeriodAreFiledTogether() {
    Item sameTinWrittenWithoutHyphen = like(LEAD, "CLM-2", b -> b.tin("123456789"));
    Item sameCodeOtherCase = like(LEAD, "CLM-3", b -> b.code(" 99285 ").serviceDate("2026-07-14"));

    Batch batch = batching.batch(LEAD, List.of(sameTinWrittenWithoutHyphen, sameCodeOtherCase));

    assertThat(batch.ruleSet()).isEqualTo("FEDERAL_IDR_2022");
    assertThat(batch.accepted()).containsExactly(LEAD, sameTinWrittenWithoutHyphen, sameCodeOtherCase);
    assertThat(batch.refused()).isEmpty();
    assertThat(batch.periodFrom()).isEqualTo("2026-06-01");
    assertThat(batch.periodTo()).isEqualTo("2026-07-14");
    assertThat(batch.lineItems()).isEqualTo(6);
    assertThat(batch.maxLineItems()).isNull();
  }

  static Stream<Arguments> refusedMembers() {
    return Stream.of(
        arguments("another provider TIN (45 CFR 149.510(c)(3)(i)(A))", like(LEAD, "CLM-9", b -> b.tin("98-7654321")),
            "Claim CLM-9 cannot join: it is billed under provider TIN 98-7654321, not the lead's 12-3456789 "
                + "(45 CFR 149.510(c)(3)(i)(A): …"),
        arguments("another payer (45 CFR 149.510(c)(3)(i)(B))", like(LEAD, "CLM-9", b -> b.payer("beta")),
            "Claim CLM-9 cannot join: it is paid by another plan (payer beta, SELF_FUNDED_ERISA; the lead's is payer "
                + "acme, SELF_FUNDED_ERISA) (45 CFR 149.510(c)(3)(i)(B): paid by the same group health plan or health "
                + "insurance issuer)."),
        arguments("same payer, another plan (45 CFR 149.510(c)(3)(i)(B))",
            like(LEAD, "CLM-9", b -> b.planType(PlanType.FULLY_INSURED)),
            "Claim CLM-9 cannot join: it is paid by another plan (payer acme, FULLY_INSURED; …"),
        arguments("another service code (45 CFR 149.510(c)(3)(i)(C))", like(LEAD, "CLM-9", b -> b.code("99284")),
            "Claim CLM-9 cannot join: it is billed under service code 99284, not the lead's 99285 "
                + "(45 CFR 149.510(c)(3)(i)(C): …"),
        arguments("furnished the business day after the period (45 CFR 149.510(c)(3)(i)(D))",
            like(LEAD, "CLM-9", b -> b.serviceDate("2026-07-15")),
            "Claim CLM-9 cannot join: it was furnished on 2026-07-15, outside the 30-business-day period 2026-06-01 "
                + "to 2026-07-14 that begins on the batch's earliest service date (45 CFR 149.510(c)(3)(i)(D): "
                + "furnished within the same 30-business-day period)."),
        arguments("furnished so early that its period ends before the lead's service (149.510(c)(3)(i)(D))",
            like(LEAD, "CLM-9", b -> b.serviceDate("2026-04-01")),
            "Claim CLM-9 cannot join: it was furnished on 2026-04-01, outside the 30-business-day period 2026-06-01 "
                + "to 2026-07-14 …"),
        arguments("air ambulance (domain brief §4; 45 CFR 149.520 not verified)",
            like(LEAD, "CLM-9", b -> b.category(ServiceCategory.AIR_AMBULANCE)),
            "Claim CLM-9 cannot join: it is an air ambulance claim, which is never batched (domain brief §4 (\"air "
                + "ambulance is not batched\"); not verified against 45 CFR 149.520 here)."),
        arguments("the lead offered as its own member", LEAD, "Claim CLM-1 cannot join: it is the lead claim."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedMembers")
  void aMemberFailingOneRuleIsRefusedNamingTheRuleAndItsCitation(String row, Item member, String reason) {
    Item alike = like(LEAD, "CLM-2", b -> b);

    Batch batch = batching.batch(LEAD, List.of(member, alike));

    assertThat(batch.accepted()).containsExactly(LEAD, alike);
    assertThat(batch.refused()).singleElement().satisfies(refusal -> {
      assertThat(refusal.item()).isEqualTo(member);
      if (reason.endsWith("…")) {
        assertThat(refusal.reason()).startsWith(reason.substring(0, reason.length() - 1));
      } else {
        assertThat(refusal.reason()).isEqualTo(reason);
      }
    });
  }

  @Test
  void anEarlierMemberOpensThePeriodAndALaterOneFallsOutOfIt() {
    // Wednesday 2026-05-20: 30 business days beginning that day end on Thursday 2026-07-02 (Memorial Day and
    // Juneteenth skipped), which still holds the lead of 2026-06-01
    Item earlier = like(LEAD, "CLM-2", b -> b.serviceDate("2026-05-20"));
    Item later = like(LEAD, "CLM-3", b -> b.serviceDate("2026-07-10"));

    Batch batch = batching.batch(LEAD, List.of(later, earlier));

    assertThat(batch.periodFrom()).isEqualTo("2026-05-20");
    assertThat(batch.periodTo()).isEqualTo("2026-07-02");
    assertThat(batch.accepted()).containsExactly(LEAD, earlier);
    assertThat(batch.refused()).extracting(Refusal::reason).containsExactly("Claim CLM-3 cannot join: it was "
        + "furnished on 2026-07-10, outside the 30-business-day period 2026-05-20 to 2026-07-02 that begins on the "
        + "batch's earliest service date (45 CFR 149.510(c)(3)(i)(D): furnished within the same 30-business-day "
        + "period).");
  }

  @Test
  void anAirAmbulanceLeadIsFiledAlone() {
    Item airLead = like(LEAD, "AIR-1", b -> b.code("A0431").category(ServiceCategory.AIR_AMBULANCE));
    Item sameTransport = like(airLead, "AIR-2", b -> b);

    Batch batch = batching.batch(airLead, List.of(sameTransport));

    assertThat(batch.accepted()).containsExactly(airLead);
    assertThat(batch.refused()).extracting(Refusal::reason).containsExactly("Claim AIR-2 cannot join: it would join "
        + "claim AIR-1, an air ambulance claim, which is never batched (domain brief §4 (\"air ambulance is not "
        + "batched\"); not verified against 45 CFR 149.520 here).");
  }

  @Test
  void underThe2026RulesAMemberThatWouldExceedTheLineItemCapIsRefusedAndASmallerOneStillJoins() {
    // initial payment received after 2026-08-03: FEDERAL_IDR_2026, cap 50 (reported, not confirmed)
    Item lead = like(LEAD, "CLM-1", b -> b.id("c-1").paymentReceivedOn("2026-08-10").lines(20));
    Item twenty = like(lead, "CLM-2", b -> b.lines(20));
    Item anotherTwenty = like(lead, "CLM-3", b -> b.lines(20));
    Item ten = like(lead, "CLM-4", b -> b.lines(10));

    Batch batch = batching.batch(lead, List.of(twenty, anotherTwenty, ten));

    assertThat(batch.ruleSet()).isEqualTo("FEDERAL_IDR_2026");
    assertThat(batch.accepted()).containsExactly(lead, twenty, ten);
    assertThat(batch.lineItems()).isEqualTo(50);
    assertThat(batch.maxLineItems()).isEqualTo(50);
    assertThat(batch.refused()).extracting(Refusal::reason).containsExactly("Claim CLM-3 cannot join: it would bring "
        + "the batch to 60 line items, above the cap of 50 under rule set FEDERAL_IDR_2026 (CMS-9897-F, FR Doc "
        + "2026-11140 (batching limits; 50 reported, not confirmed)).");
  }

  @Test
  void theSameClaimsUnderThe2022RulesHaveNoCap() {
    Item twenty = like(LEAD, "CLM-2", b -> b.lines(20));
    Item anotherTwenty = like(LEAD, "CLM-3", b -> b.lines(20));
    Item lead = like(LEAD, "CLM-1", b -> b.id("c-1").lines(20));

    Batch batch = batching.batch(lead, List.of(twenty, anotherTwenty));

    assertThat(batch.ruleSet()).isEqualTo("FEDERAL_IDR_2022");
    assertThat(batch.accepted()).hasSize(3);
    assertThat(batch.lineItems()).isEqualTo(60);
  }

  @Test
  void aClaimOfferedTwiceJoinsOnce() {
    Item member = like(LEAD, "CLM-2", b -> b);

    Batch batch = batching.batch(LEAD, List.of(member, member));

    assertThat(batch.accepted()).containsExactly(LEAD, member);
    assertThat(batch.refused()).extracting(Refusal::reason).containsExactly("Claim CLM-2 cannot join: it is offered "
        + "twice.");
  }

  @Test
  void aLeadWhosePaymentPredatesFederalIdrCannotLeadABatch() {
    Item before = like(LEAD, "OLD-1", b -> b.paymentReceivedOn("2021-12-15"));

    assertThatThrownBy(() -> batching.batch(before, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No federal IDR rule set is in force on 2021-12-15, the day the initial payment or denial of "
            + "claim OLD-1 was received: it cannot lead a federal IDR batch");
  }

  /** A copy of {@code item} as claim {@code number} (its own id), changed by {@code change}. */
  private static Item like(Item item, String number, UnaryOperator<ItemBuilder> change) {
    return change.apply(new ItemBuilder(item).id("id-" + number).number(number)).build();
  }

  private static final class ItemBuilder {

    private String id;
    private String number;
    private String tin;
    private String payer;
    private PlanType planType;
    private String code;
    private ServiceCategory category;
    private LocalDate serviceDate;
    private LocalDate paymentReceivedOn;
    private int lines;

    ItemBuilder(Item item) {
      id = item.claimId();
      number = item.claimNumber();
      tin = item.providerTin();
      payer = item.payerId();
      planType = item.planType();
      code = item.serviceCode();
      category = item.serviceCategory();
      serviceDate = item.serviceDate();
      paymentReceivedOn = item.paymentReceivedOn();
      lines = item.lineCount();
    }

    ItemBuilder id(String value) {
      id = value;
      return this;
    }

    ItemBuilder number(String value) {
      number = value;
      return this;
    }

    ItemBuilder tin(String value) {
      tin = value;
      return this;
    }

    ItemBuilder payer(String value) {
      payer = value;
      return this;
    }

    ItemBuilder planType(PlanType value) {
      planType = value;
      return this;
    }

    ItemBuilder code(String value) {
      code = value;
      return this;
    }

    ItemBuilder category(ServiceCategory value) {
      category = value;
      return this;
    }

    ItemBuilder serviceDate(String value) {
      serviceDate = LocalDate.parse(value);
      return this;
    }

    ItemBuilder paymentReceivedOn(String value) {
      paymentReceivedOn = LocalDate.parse(value);
      return this;
    }

    ItemBuilder lines(int value) {
      lines = value;
      return this;
    }

    Item build() {
      return new Item(id, number, tin, payer, planType, code, category, serviceDate, paymentReceivedOn, lines);
    }
  }
}
