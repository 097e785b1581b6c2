package org.claimrecovery.engine;

/** The groups the product's authorizations are granted to. */
public final class Groups {

  public static final String ADMINS = "camunda-admin";
  public static final String SPECIALISTS = "billing-specialists";
  public static final String SUPERVISORS = "billing-supervisors";
  public static final String AUDITORS = "auditors";
  public static final String PROCESS_OWNERS = "process-owners";
  /** Systems posting claims and payer events through the API. */
  public static final String INTEGRATIONS = "integrations";

  private Groups() {}
}
