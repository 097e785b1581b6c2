package org.claimrecovery.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.claimrecovery.process.TaskFormFacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A person changes a case by completing a task, and completing a task sets only the fields of its form.
 * Without this, whoever may complete a task may also send any other variable with it (a case's
 * {@code claimId} or {@code pathway}) and steer the case past the product's rules. Applies to every way a
 * task's work is handed in (complete, submit form, resolve, BPMN error, escalation) through any channel.
 * A text longer than the engine can store (4,000 characters) or with control characters is refused too, so the
 * form answers 400 with the field instead of the engine failing. The other way round, a form opens with the facts
 * of the case as they are now and its own fields empty ({@link TaskFormsOpenAsTheCaseIs}). Comments and attachments
 * on a task are part of its work too ({@link TaskNotes}).
 */
@Component
class FormBoundSubmissions extends AbstractProcessEnginePlugin {

  /** ACT_RU_VARIABLE.TEXT_: Camunda's limit for a String variable. */
  static final int MAX_TEXT_LENGTH = 4000;
  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
  private static final Pattern EMBEDDED_FORM_FIELD = Pattern.compile("cam-variable-name\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern FEEL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Form fields and the variables its texts show, per process definition and task: a deployed one never changes. */
  private final Map<String, FormShape> formsByTask = new ConcurrentHashMap<>();
  private final TaskFormsOpenAsTheCaseIs opening;
  private CommandExecutor commands;

  FormBoundSubmissions(ObjectProvider<TaskFormFacts> facts) {
    this.opening = new TaskFormsOpenAsTheCaseIs(facts);
  }

  /** A task form: the keys of its fields, and the variables its texts show ({@code =variable} expressions). */
  record FormShape(Set<String> fields, Set<String> shown) {}

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new FormBoundTaskService());
    configuration.setFormService(new FormBoundFormService());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    commands = configuration.getCommandExecutorTxRequired();
  }

  /** @throws FormFieldValidationException naming each variable that is not a field of the task's form */
  void check(String taskId, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty() || taskId == null) {
      return;
    }
    // whoever may not work the task hears that first (403), not what its form holds
    TaskEntity task = commands.execute(context -> {
      TaskEntity found = context.getTaskManager().findTaskById(taskId);
      if (found != null) {
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(found));
      }
      return found;
    });
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine answers for a missing task; tasks outside a process are not case work
    }
    Set<String> fields = shapeOf(task, taskId).fields();
    var problems = new LinkedHashMap<String, String>();
    variables.forEach((name, value) -> {
      if (!fields.contains(name)) {
        problems.put(name, name + " is not a field of this task's form");
      } else if (text(value) instanceof String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
          problems.put(name, name + " is longer than " + MAX_TEXT_LENGTH + " characters");
        } else if (CONTROL_CHARACTERS.matcher(text).find()) {
          problems.put(name, name + " contains control characters");
        }
      }
    });
    if (!problems.isEmpty()) {
      String name = task.getName() != null ? task.getName() : task.getTaskDefinitionKey();
      // a form validation failure: the REST API (and Tasklist) answer 400 and the task stays as it was
      throw new FormFieldValidationException(problems.keySet().iterator().next(), "Task '" + name
          + "' was not completed: " + String.join("; ", problems.values())
          + ". Completing a task sets only the fields of its form.");
    }
  }

  private static Object text(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private FormShape shapeOf(TaskEntity task, String taskId) {
    return formsByTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> formShape(taskId));
  }

  /**
   * The keys of a Camunda Form, the variables of an embedded form, or the fields of a generated form; and the
   * variables a Camunda Form's texts show.
   */
  private FormShape formShape(String taskId) {
    return commands.execute(context -> context.runWithoutAuthorization(() -> {
      var forms = context.getProcessEngineConfiguration().getFormService();
      var formData = forms.getTaskFormData(taskId);
      var fields = new LinkedHashSet<String>();
      var shown = new LinkedHashSet<String>();
      formData.getFormFields().stream().map(FormField::getId).forEach(fields::add);
      boolean deployedForm = formData.getCamundaFormRef() != null
          || (formData.getFormKey() != null && formData.getFormKey().contains(":deployment:"));
      if (deployedForm) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
          String content = new String(form.readAllBytes(), StandardCharsets.UTF_8);
          if (content.stripLeading().startsWith("{")) {
            JsonNode schema = JSON.readTree(content);
            collectKeys(schema, fields);
            collectShown(schema, shown);
          } else {
            EMBEDDED_FORM_FIELD.matcher(content).results().forEach(match -> fields.add(match.group(1)));
          }
        } catch (IOException unreadable) {
          throw new UncheckedIOException("cannot read the form of task " + taskId, unreadable);
        }
      }
      return new FormShape(Set.copyOf(fields), Set.copyOf(shown));
    }));
  }

  /** The variables named in the FEEL expressions of a form's texts, e.g. {@code =preparationSummary}. */
  private static void collectShown(JsonNode node, Collection<String> shown) {
    if (node.isObject()) {
      if ("text".equals(node.path("type").asText()) && node.path("text").asText().startsWith("=")) {
        FEEL_NAME.matcher(node.path("text").asText().substring(1)).results().forEach(name -> shown.add(name.group()));
      }
      node.forEach(child -> collectShown(child, shown));
    } else if (node.isArray()) {
      node.forEach(child -> collectShown(child, shown));
    }
  }

  private static void collectKeys(JsonNode node, Collection<String> keys) {
    if (node.isObject()) {
      if (node.hasNonNull("key") && node.hasNonNull("type")) {
        keys.add(node.get("key").asText());
      }
      node.forEach(child -> collectKeys(child, keys));
    } else if (node.isArray()) {
      node.forEach(child -> collectKeys(child, keys));
    }
  }

  private final class FormBoundTaskService extends TaskServiceImpl {

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      check(taskId, variables);
      super.complete(taskId, variables);
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
        boolean deserializeValues) {
      check(taskId, variables);
      return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
      check(taskId, variables);
      super.resolveTask(taskId, variables);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
      check(taskId, variables);
      super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
      check(taskId, variables);
      super.handleEscalation(taskId, escalationCode, variables);
    }

    // comments and attachments are part of a task's work (TaskNotes)

    @Override
    public Comment createComment(String taskId, String processInstanceId, String message) {
      TaskNotes.check(commands, taskId, processInstanceId);
      return super.createComment(taskId, processInstanceId, message);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void addComment(String taskId, String processInstanceId, String message) {
      TaskNotes.check(commands, taskId, processInstanceId);
      super.addComment(taskId, processInstanceId, message);
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
        String attachmentName, String attachmentDescription, InputStream content) {
      TaskNotes.check(commands, taskId, processInstanceId);
      return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
          content);
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
        String attachmentName, String attachmentDescription, String url) {
      TaskNotes.check(commands, taskId, processInstanceId);
      return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
          url);
    }

    @Override
    public void saveAttachment(Attachment attachment) {
      checkAttachment(attachment == null ? null : attachment.getId());
      super.saveAttachment(attachment);
    }

    @Override
    public void deleteAttachment(String attachmentId) {
      checkAttachment(attachmentId);
      super.deleteAttachment(attachmentId);
    }

    @Override
    public void deleteTaskAttachment(String taskId, String attachmentId) {
      checkAttachment(attachmentId);
      super.deleteTaskAttachment(taskId, attachmentId);
    }

    private void checkAttachment(String attachmentId) {
      Attachment existing = attachmentId == null ? null : super.getAttachment(attachmentId);
      if (existing != null) {
        TaskNotes.check(commands, existing.getTaskId(), existing.getProcessInstanceId());
      }
    }
  }

  private final class FormBoundFormService extends FormServiceImpl {

    /** The REST API's {@code GET /task/{id}/form-variables}, which Tasklist reads when a Camunda Form opens. */
    @Override
    public VariableMap getTaskFormVariables(String taskId, Collection<String> formVariables,
        boolean deserializeObjectValues) {
      VariableMap stored = super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues);
      TaskEntity task = commands.execute(context -> context.getTaskManager().findTaskById(taskId));
      if (task == null || task.getProcessDefinitionId() == null) {
        return stored;
      }
      FormShape form = shapeOf(task, taskId);
      return opening.opened(stored, form.fields(), form.shown());
    }

    @Override
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
      check(taskId, properties);
      super.submitTaskFormData(taskId, properties);
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      check(taskId, properties);
      super.submitTaskForm(taskId, properties);
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
        boolean deserializeValues) {
      check(taskId, properties);
      return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
    }
  }
}
