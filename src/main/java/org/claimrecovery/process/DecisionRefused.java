package org.claimrecovery.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion that breaks a business rule. It is a form validation failure so that the engine REST
 * API (and with it Tasklist) answers 400 with the reason, as for any invalid form input.
 */
public class DecisionRefused extends FormFieldValidationException {

  public DecisionRefused(String field, String reason) {
    super(field, reason);
  }
}
