package org.claimrecovery.idr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimrecovery.idr.IdrRules.ProhibitedFactor;
import org.springframework.stereotype.Component;

/**
 * Flags an IDR offer justification that relies on a factor the certified IDR entity must not consider (billed
 * charges, usual and customary charges, public payer rates: PHS Act 2799A-1(c)(5)(D)). Such a justification
 * weakens the offer it supports, so the defect is worth finding before the offer is submitted. A finding is a
 * flag for a person: a phrase can appear for an innocent reason ("the patient has no Medicare coverage").
 */
@Component
public class OfferJustificationCheck {

  /** Characters of context shown on each side of a phrase. */
  private static final int EXCERPT_CONTEXT = 40;

  private final List<FactorPattern> patterns;

  public OfferJustificationCheck(IdrRules rules) {
    this.patterns = rules.prohibitedFactors().stream().flatMap(factor -> {
      var phrases = factor.phrases().stream()
          .map(phrase -> new FactorPattern(factor, compile(phrase, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      var acronyms = factor.acronyms().stream().map(acronym -> new FactorPattern(factor, compile(acronym, 0)));
      return Stream.concat(phrases, acronyms);
    }).toList();
  }

  /**
   * One use of a prohibited factor in a justification.
   *
   * @param factor      the factor's id, e.g. BILLED_CHARGES
   * @param description the factor in words
   * @param phrase      the words as they appear in the text
   * @param excerpt     the phrase with some words around it ("…" where the text goes on)
   * @param citation    why the entity must not consider it
   * @param position    where the phrase starts in the text (0 = first character)
   */
  public record Finding(String factor, String description, String phrase, String excerpt, String citation,
      int position) {}

  /** The findings in {@code justification}, in the order they appear; none for a blank text. */
  public List<Finding> check(String justification) {
    if (justification == null || justification.isBlank()) {
      return List.of();
    }
    List<Match> matches = new ArrayList<>();
    for (FactorPattern pattern : patterns) {
      Matcher matcher = pattern.regex().matcher(justification);
      while (matcher.find()) {
        matches.add(new Match(pattern.factor(), matcher.start(), matcher.end()));
      }
    }
    // "150% of Medicare" matches both "% of Medicare" and "Medicare": one finding, for the longest phrase
    matches.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::length).reversed()));
    List<Finding> findings = new ArrayList<>();
    int coveredUntil = -1;
    for (Match match : matches) {
      if (match.start() < coveredUntil) {
        continue;
      }
      coveredUntil = match.end();
      ProhibitedFactor factor = match.factor();
      findings.add(new Finding(factor.id(), factor.description(),
          justification.substring(match.start(), match.end()), excerpt(justification, match), factor.citation(),
          match.start()));
    }
    return List.copyOf(findings);
  }

  /**
   * A phrase as a whole word or words: no letter or digit may touch it where the phrase itself begins or ends
   * with one (so "UCR" is not found in "UCRX", while "% of Medicare" is found in "150% of Medicare"); a space
   * matches any run of spaces, line breaks or hyphens ("usual-and-customary").
   */
  private static Pattern compile(String phrase, int flags) {
    String trimmed = phrase.strip();
    StringBuilder regex = new StringBuilder();
    if (isWordCharacter(trimmed.charAt(0))) {
      regex.append("(?<![\\p{L}\\p{N}])");
    }
    String[] words = trimmed.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(words[i]));
    }
    if (isWordCharacter(trimmed.charAt(trimmed.length() - 1))) {
      regex.append("(?![\\p{L}\\p{N}])");
    }
    return Pattern.compile(regex.toString(), flags);
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** The phrase with up to {@link #EXCERPT_CONTEXT} characters either side, cut at a space, on one line. */
  private static String excerpt(String text, Match match) {
    int from = Math.max(0, match.start() - EXCERPT_CONTEXT);
    int to = Math.min(text.length(), match.end() + EXCERPT_CONTEXT);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      from = space >= 0 && space < match.start() ? space + 1 : from;
    }
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space >= match.end() ? space : to;
    }
    String excerpt = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "…" : "") + excerpt + (to < text.length() ? "…" : "");
  }

  private record FactorPattern(ProhibitedFactor factor, Pattern regex) {}

  private record Match(ProhibitedFactor factor, int start, int end) {

    int length() {
      return end - start;
    }
  }
}
