package org.claimrecovery.process.idr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.claimrecovery.idr.FederalIdr;
import org.claimrecovery.process.DecisionRefused;
import org.claimrecovery.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/** The guard on prepareIdrInitiation: FederalIdr's problems refuse the completion; who completes decides override. */
class IdrInitiationGuardTest {

  final FederalIdr idr = mock(FederalIdr.class);
  final IdentityService identityService = mock(IdentityService.class);
  final IdrInitiationGuard guard = new IdrInitiationGuard(idr, identityService);

  @Test
  void problemsRefuseTheCompletionWithEveryMessageAndNothingIsPrepared() {
    signedIn("sam", List.of("billing-specialists"));
    when(idr.preparationProblems(any(), any(), any(), anyBoolean())).thenReturn(List.of(
        new FieldProblem("offerJustification", "The justification cites \"billed charges\"."),
        new FieldProblem("offerAmount", "Give our offer.")));

    assertThatThrownBy(() -> guard.notify(task(Map.of("claimId", "c1", "offerAmount", "1200",
        "offerJustification", "billed charges"))))
        .isInstanceOf(DecisionRefused.class)
        .hasMessageContaining("The justification cites \"billed charges\". Give our offer.");
    verify(idr).preparationProblems(new BigDecimal("1200"), "billed charges", null, false);
    verify(idr, never()).prepared(any(), any(), any(), any(), any(), any());
  }

  @Test
  void aSupervisorsOverrideIsPassedOnAndThePreparationRecorded() {
    signedIn("sue", List.of("billing-supervisors"));
    when(idr.preparationProblems(any(), any(), any(), anyBoolean())).thenReturn(List.of());

    guard.notify(task(Map.of("claimId", "c1", "offerAmount", 1200.5, "offerJustification", "billed charges",
        "overrideReason", "quoted from the payer")));

    verify(idr).preparationProblems(new BigDecimal("1200.5"), "billed charges", "quoted from the payer", true);
    verify(idr).prepared("c1", new BigDecimal("1200.5"), "billed charges", "quoted from the payer", null, "sue");
  }

  @Test
  void withoutAnAuthenticatedPersonNobodyIsASupervisor() {
    when(idr.preparationProblems(any(), any(), any(), anyBoolean())).thenReturn(List.of());

    guard.notify(task(Map.of("claimId", "c1", "offerAmount", "900", "offerJustification", "acuity")));

    verify(idr).preparationProblems(new BigDecimal("900"), "acuity", null, false);
    verify(idr).prepared(eq("c1"), eq(new BigDecimal("900")), eq("acuity"), eq(null), eq(null), eq("system"));
  }

  private void signedIn(String user, List<String> groups) {
    when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(user, groups));
  }

  private static DelegateTask task(Map<String, Object> variables) {
    var task = mock(DelegateTask.class);
    when(task.getVariable(any())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    return task;
  }
}
