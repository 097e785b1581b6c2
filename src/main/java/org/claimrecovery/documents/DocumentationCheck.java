package org.claimrecovery.documents;

import java.util.List;
import java.util.stream.Collectors;
import org.claimrecovery.text.Markdown;

/**
 * The documents a filing requires, held against those on file: which are missing and why they are needed.
 *
 * @param claimNumber and {@code payerId} name the claim as Tasklist's upload form asks for it
 */
public record DocumentationCheck(String claimId, String claimNumber, String payerId, Filing filing,
    List<RequiredDocument> required, List<RequiredDocument> missing) {

  public DocumentationCheck {
    required = List.copyOf(required);
    missing = List.copyOf(missing);
  }

  public boolean complete() {
    return missing.isEmpty();
  }

  /** What the filing is, in words: "internal appeal (level 2)". */
  public String filingWords() {
    return filing.mechanism().words() + (filing.level() == null ? "" : " (level " + filing.level() + ")");
  }

  /** The missing documents by name, joined: for a refusal's one line. */
  public String missingInOneLine() {
    return missing.stream().map(DocumentationCheck::names).collect(Collectors.joining("; "));
  }

  /**
   * For the person gathering the documents (form markdown): each missing document by name and why, and
   * how to upload it. Values from the claim and the rules' words are literal text.
   */
  public String missingSummary() {
    var md = new StringBuilder();
    if (complete()) {
      md.append("All ").append(required.size()).append(" documents the ").append(filingWords())
          .append(" requires are on file.\n");
      return md.toString();
    }
    md.append("**Missing for the ").append(filingWords()).append("**: ").append(missing.size()).append(" of ")
        .append(required.size()).append(" required documents.\n\n");
    for (RequiredDocument document : missing) {
      md.append("- ").append(markdownNames(document)).append(": ").append(Markdown.text(document.why())).append('\n');
    }
    var onFile = required.stream().filter(document -> !missing.contains(document)).toList();
    if (!onFile.isEmpty()) {
      md.append("\n**On file** ").append(onFile.stream().map(document -> document.type().words())
          .collect(Collectors.joining(", "))).append('\n');
    }
    md.append("\n**How to upload** In Tasklist: *Start process*, *Attach a document to a claim*, with claim number ")
        .append(Markdown.text(claimNumber)).append(" and payer id ").append(Markdown.text(payerId))
        .append(", choosing the type named above. Or through the API: `POST /api/claims/").append(claimId)
        .append("/documents` with the `file` and its `type`. Then complete this task: the documents are checked again.\n");
    return Markdown.bounded(md.toString(), "the required documents in the decision requiredDocuments and the "
        + "claim's documents (GET /api/claims/" + claimId + "/documents)");
  }

  private static String markdownNames(RequiredDocument document) {
    return document.satisfiedBy().stream().map(type -> "**" + type.words() + "**")
        .collect(Collectors.joining(" or instead "));
  }

  private static String names(RequiredDocument document) {
    return document.satisfiedBy().stream().map(DocumentType::words).collect(Collectors.joining(" or "));
  }
}
