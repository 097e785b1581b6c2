package org.claimrecovery.claims;

/** National Provider Identifier check digit: Luhn over the NPI with the 80840 card-issuer prefix. */
final class Npi {

  private static final int PREFIX_80840_SUM = 24;

  static boolean isValid(String npi) {
    if (npi == null || !npi.matches("\\d{10}")) {
      return false;
    }
    int sum = PREFIX_80840_SUM;
    for (int i = 0; i < 9; i++) {
      int digit = npi.charAt(8 - i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    int check = (10 - sum % 10) % 10;
    return check == npi.charAt(9) - '0';
  }

  private Npi() {}
}
