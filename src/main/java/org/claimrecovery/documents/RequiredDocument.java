package org.claimrecovery.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A document a filing requires: one of its type, or of any of its alternatives, satisfies it (the denial letter or
 * the remittance advice both show the determination appealed).
 *
 * @param why what the person gathering it is told, with the rule's source
 */
public record RequiredDocument(DocumentType type, List<DocumentType> alternatives, String why) {

  public RequiredDocument {
    alternatives = List.copyOf(alternatives);
  }

  /**
   * A rule's row as the table states it: {@code alternatives} comma-separated, empty or null for none. A type the
   * product does not know is refused, so a misspelt row stops the check rather than requiring nothing.
   */
  public static RequiredDocument of(String type, String alternatives, String why) {
    var others = new ArrayList<DocumentType>();
    if (alternatives != null) {
      for (String alternative : alternatives.split(",")) {
        if (!alternative.isBlank()) {
          others.add(known(alternative));
        }
      }
    }
    return new RequiredDocument(known(type), others, why == null ? "" : why.strip());
  }

  private static DocumentType known(String type) {
    try {
      return DocumentType.valueOf(type == null ? "" : type.strip());
    } catch (IllegalArgumentException unknown) {
      throw new IllegalStateException("The decision requiredDocuments names the document type \"" + type
          + "\", which is not one of " + List.of(DocumentType.values()));
    }
  }

  /** Every type that satisfies it, the main one first. */
  public List<DocumentType> satisfiedBy() {
    return Stream.concat(Stream.of(type), alternatives.stream()).toList();
  }

  public boolean isMetBy(Collection<DocumentType> onFile) {
    return satisfiedBy().stream().anyMatch(onFile::contains);
  }
}
