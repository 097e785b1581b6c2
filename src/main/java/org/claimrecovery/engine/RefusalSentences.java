package org.claimrecovery.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimrecovery.engine.FormLabels.Field;

/**
 * A refusal as the person at the form reads it: the field by the label the form shows, choices by their labels, and
 * no ids, request paths or variable names. "The payment is below the QPA: accepting it needs a written reason
 * (acceptReason)." reads "The payment is below the QPA: accepting it needs a written reason (“Why accept a payment
 * below the QPA?”)."
 */
final class RefusalSentences {

  private static final Pattern PARENTHESIS = Pattern.compile("(\\s*)\\(([^()]*)\\)");
  private static final Pattern UUID = Pattern.compile(
      "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
  /** A variable's name: lower camel case with at least one capital (acceptReason, responseReceivedOn). */
  private static final Pattern VARIABLE = Pattern.compile("(?<![\\w./-])[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+(?![\\w/-])");
  /** An option value or code as models write them: capitals, digits and underscores (ACCEPT, GO_ON). */
  private static final Pattern CODE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");
  private static final Pattern TECHNICAL = Pattern.compile("(/api/|/engine-rest|^(GET|POST|PUT|DELETE) /)");

  private RefusalSentences() {}

  /**
   * The refusal of a form's input in the form's words.
   *
   * @param reason what the rule said
   * @param field the variable the rule refused, if it named one
   * @param labels what the task's (or start) form calls its fields
   */
  static String forField(String reason, String field, FormLabels labels) {
    Optional<Field> refused = labels.field(field);
    String text = reason == null ? "" : reason.strip();
    text = inParentheses(text, labels);
    text = variablesByLabel(text, labels);
    text = codesByLabel(text, labels, refused);
    text = tidy(UUID.matcher(text).replaceAll(""));
    if (refused.isPresent() && !text.contains(quoted(refused.get().label()))) {
      text = quoted(refused.get().label()) + ": " + text;
    }
    if (text.isEmpty()) {
      return text;
    }
    return text.matches("(?s).*[.!?]$") ? text : text + ".";
  }

  /**
   * A change the engine refused to a person: what they tried, and why it is not theirs to do.
   *
   * @param action what was tried, as a sentence's subject ("Completing this task")
   * @param groups the person's groups
   */
  static String forAuthorization(String action, Collection<String> groups) {
    String why = groups.contains(Groups.AUDITORS) ? "auditors read cases and change nothing"
        : "it is not part of your groups' work";
    return action + " is not open to you: " + why + ".";
  }

  /** What a request to the engine API tries, as a sentence's subject; the path is relative to an engine. */
  static String action(String method, String path) {
    for (var rule : ACTIONS) {
      if (rule.method().equals(method) && rule.path().matcher(path).matches()) {
        return rule.words();
      }
    }
    return "This change";
  }

  private record Action(String method, Pattern path, String words) {
    static Action of(String method, String path, String words) {
      return new Action(method, Pattern.compile(path), words);
    }
  }

  private static final String ID = "[^/]+";
  private static final List<Action> ACTIONS = List.of(
      Action.of("POST", "/task/create", "Creating a task"),
      Action.of("POST", "/task/" + ID + "/claim", "Claiming this task"),
      Action.of("POST", "/task/" + ID + "/unclaim", "Giving this task back"),
      Action.of("POST", "/task/" + ID + "/(complete|submit-form|resolve|bpmnError|bpmnEscalation)",
          "Completing this task"),
      Action.of("POST", "/task/" + ID + "/(assignee|delegate)", "Assigning this task"),
      Action.of("POST", "/task/" + ID + "/identity-links(/delete)?", "Changing who works this task"),
      Action.of("PUT", "/task/" + ID, "Changing this task's dates"),
      Action.of("POST", "/task/" + ID + "/comment/create", "Commenting on this task"),
      Action.of("POST", "/task/" + ID + "/attachment/create", "Attaching a file to this task"),
      Action.of("POST", "/task/" + ID + "/(localVariables|variables)", "Changing this task's variables"),
      Action.of("PUT", "/task/" + ID + "/(localVariables|variables)/.+", "Changing this task's variables"),
      Action.of("DELETE", "/task/" + ID + "/(localVariables|variables)/.+", "Changing this task's variables"),
      Action.of("POST", "/process-definition/.+/(start|submit-form)", "Starting this process"),
      Action.of("PUT", "/process-definition/.+/suspended", "Suspending or resuming this process"),
      Action.of("POST", "/process-instance/" + ID + "/variables", "Changing this case's variables"),
      Action.of("PUT", "/process-instance/" + ID + "/variables/.+", "Changing this case's variables"),
      Action.of("POST", "/process-instance/" + ID + "/variables/.+", "Changing this case's variables"),
      Action.of("DELETE", "/process-instance/" + ID + "/variables/.+", "Changing this case's variables"),
      Action.of("PUT", "/process-instance/" + ID + "/suspended", "Suspending or resuming this case"),
      Action.of("DELETE", "/process-instance/" + ID, "Cancelling this case"),
      Action.of("POST", "/process-instance/" + ID + "/modification(-async)?", "Moving this case"),
      Action.of("PUT", "/job/" + ID + "/(retries|duedate|suspended|priority)", "Changing this job"),
      Action.of("POST", "/job/" + ID + "/(execute|duedate/recalculate)", "Changing this job"),
      Action.of("PUT", "/job(-definition)?/.*(retries|suspended|priority|duedate).*", "Changing jobs"),
      Action.of("PUT", "/incident/" + ID + "/annotation", "Annotating this incident"),
      Action.of("DELETE", "/deployment/" + ID, "Deleting this deployment"),
      Action.of("POST", "/deployment/create", "Deploying"));

  /** Parentheses name a field by its label, and lose their ids, request paths and codes. */
  private static String inParentheses(String text, FormLabels labels) {
    Matcher parenthesis = PARENTHESIS.matcher(text);
    var result = new StringBuilder();
    while (parenthesis.find()) {
      var kept = new ArrayList<String>();
      for (String part : parenthesis.group(2).split(",\\s*")) {
        String bare = part.strip().replaceFirst("^(or|and) ", "");
        Optional<Field> field = labels.fields().containsKey(bare) || VARIABLE.matcher(bare).matches()
            ? labels.field(bare) : Optional.empty();
        if (field.isPresent()) {
          kept.add(quoted(field.get().label()));
        } else if (UUID.matcher(bare).find() || TECHNICAL.matcher(bare).find()
            || (bare.contains("_") && CODE.matcher(bare).matches() && optionLabel(bare, labels, null).isEmpty())
            || VARIABLE.matcher(bare).matches()) {
          continue; // an id, a path, a code or a variable the form does not have: nothing a person reads
        } else {
          kept.add(kept.isEmpty() ? bare : part.strip());
        }
      }
      String replacement = kept.isEmpty() ? "" : parenthesis.group(1) + "(" + String.join(", ", kept) + ")";
      parenthesis.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    parenthesis.appendTail(result);
    return result.toString();
  }

  /** Variable names the form has become their labels, in one pass so that a label is never rewritten. */
  private static String variablesByLabel(String text, FormLabels labels) {
    return replaceOutsideQuotes(text, VARIABLE, name -> labels.field(name).map(field -> quoted(field.label())));
  }

  /** A choice's code becomes the label the form shows for it; the refused field's choices come first. */
  private static String codesByLabel(String text, FormLabels labels, Optional<Field> refused) {
    return replaceOutsideQuotes(text, CODE, code -> optionLabel(code, labels, refused.orElse(null)));
  }

  private static Optional<String> optionLabel(String code, FormLabels labels, Field first) {
    var fields = new ArrayList<Field>();
    if (first != null) {
      fields.add(first);
    }
    fields.addAll(labels.fields().values().stream().sorted(Comparator.comparing(Field::key)).toList());
    return fields.stream().map(Field::options).filter(options -> options.containsKey(code))
        .map(options -> options.get(code)).findFirst();
  }

  private interface Replacement {
    Optional<String> of(String match);
  }

  /** Replaces matches that are not inside a label already quoted (“…”). */
  private static String replaceOutsideQuotes(String text, Pattern pattern, Replacement replacement) {
    var result = new StringBuilder();
    int from = 0;
    while (from < text.length()) {
      int open = text.indexOf('“', from);
      int end = open < 0 ? text.length() : open;
      Matcher match = pattern.matcher(text.substring(from, end));
      var part = new StringBuilder();
      while (match.find()) {
        match.appendReplacement(part, Matcher.quoteReplacement(replacement.of(match.group()).orElse(match.group())));
      }
      match.appendTail(part);
      result.append(part);
      if (open < 0) {
        break;
      }
      int close = text.indexOf('”', open);
      int after = close < 0 ? text.length() : close + 1;
      result.append(text, open, after);
      from = after;
    }
    return result.toString();
  }

  private static String tidy(String text) {
    return text.replaceAll("\\(\\s*\\)", "").replaceAll("[ \\t]+", " ").replaceAll(" ([.,:;!?)])", "$1")
        .replaceAll("\\( ", "(").strip();
  }

  private static String quoted(String label) {
    return "“" + label + "”";
  }
}
