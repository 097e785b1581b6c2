package org.claimrecovery.support;

/** JSON claim bodies for API tests. */
public final class Claims {

  private Claims() {}

  /** An NSA emergency claim on a self-funded plan, with its initial payment received on {@code paidOn}. */
  public static String nsaClaim(String claimNumber, String paidOn) {
    return """
        {"claimNumber": "%s",
         "payer": {"id": "acme", "name": "Acme Health Plan", "email": "claims@acme.example",
                   "address": "PO Box 1, Hartford, CT 06101"},
         "provider": {"npi": "1234567893", "tin": "12-3456789", "name": "Riverside Emergency Physicians"},
         "patientAccount": "PT-SECRET-4711",
         "planType": "SELF_FUNDED_ERISA", "planState": "FL", "serviceState": "FL",
         "serviceCategory": "EMERGENCY", "noticeAndConsentObtained": false, "billedAs": "PROFESSIONAL",
         "serviceDate": "2026-04-20", "submittedOn": "2026-04-24",
         "lines": [{"serviceCode": "99285", "billedAmount": 2400.00, "paidAmount": 600.00, "qpa": 900.00}],
         "initialPayment": {"receivedOn": "%s", "amount": 600.00}}
        """.formatted(claimNumber, paidOn);
  }

  /** A claim the payer has neither paid nor denied yet. */
  public static String unpaidClaim(String claimNumber, String submittedOn) {
    return """
        {"claimNumber": "%s",
         "payer": {"id": "acme", "name": "Acme Health Plan"},
         "provider": {"npi": "1234567893", "tin": "123456789", "name": "Riverside Emergency Physicians"},
         "planType": "FULLY_INSURED", "planState": "GA", "serviceState": "GA",
         "serviceCategory": "EMERGENCY", "billedAs": "PROFESSIONAL",
         "serviceDate": "%s", "submittedOn": "%s",
         "lines": [{"serviceCode": "99284", "billedAmount": 1650.00}]}
        """.formatted(claimNumber, submittedOn, submittedOn);
  }

  /** A non-NSA claim denied for medical necessity (CARC 50). */
  public static String deniedClaim(String claimNumber, String deniedOn) {
    return """
        {"claimNumber": "%s",
         "payer": {"id": "acme", "name": "Acme Health Plan"},
         "provider": {"npi": "1234567893", "tin": "123456789", "name": "Riverside Orthopedics"},
         "planType": "FULLY_INSURED", "planState": "PA", "serviceState": "PA",
         "serviceCategory": "OTHER", "billedAs": "PROFESSIONAL",
         "serviceDate": "2026-04-01", "submittedOn": "2026-04-03",
         "lines": [{"serviceCode": "27447", "billedAmount": 41000.00, "paidAmount": 0}],
         "denial": {"receivedOn": "%s", "reasonCode": "50", "description": "Not medically necessary"}}
        """.formatted(claimNumber, deniedOn);
  }
}
