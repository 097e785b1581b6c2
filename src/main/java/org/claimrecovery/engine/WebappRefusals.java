package org.claimrecovery.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Refusals in Tasklist and Cockpit read as business sentences. The webapps call the engine through their own engine
 * API ({@code /camunda/api/engine}), and show the {@code message} of a refused request: Camunda's is "Cannot submit
 * task form 7ea7c61e-…: … (acceptReason)". Here a rule's refusal of a form's input becomes the rule's reason with
 * the field named by its label in the task's (or start) form, and a refused change says what was tried and why it is
 * not the person's to do. Status and {@code type} stay as the engine answered. {@code /engine-rest}, which scripts and
 * Camunda Modeler use, keeps the engine's own messages with their variable names.
 */
@Configuration
class WebappRefusals {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The engine API's paths: /engine/{engine name}/{resource path}. */
  private static final Pattern ENGINE_PATH = Pattern.compile("/engine/[^/]+(/.*)");
  /** A query sent as POST: a collection ("/task", "/history/task") or a filter's list or count. */
  private static final Pattern QUERY = Pattern.compile("/(history/)?[^/]+|/.*/(list|count)");
  private static final Pattern TASK = Pattern.compile("/task/([^/]+)/[^/]+");
  private static final Pattern DEFINITION = Pattern.compile(
      "/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:submit-form|start)");

  @Bean
  FilterRegistrationBean<InWords> webappRefusalsInWords(ObjectProvider<ProcessEngineConfigurationImpl> engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new InWords(engine));
    registration.setName("webapp-refusals-in-words");
    registration.addUrlPatterns(webappPath + "/api/engine/*");
    registration.setOrder(3);
    return registration;
  }

  static final class InWords extends OncePerRequestFilter {

    private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

    InWords(ObjectProvider<ProcessEngineConfigurationImpl> engine) {
      this.engine = engine;
    }

    /** Reads and queries (Tasklist's lists are POSTs) refuse nothing to put into words: they pass unbuffered. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      Matcher enginePath = ENGINE_PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
      return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
          || "OPTIONS".equals(request.getMethod()) || !enginePath.matches()
          || QUERY.matcher(enginePath.group(1)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      var answer = new ContentCachingResponseWrapper(response);
      RefusalWitness.watch();
      RefusalWitness.Refusal refusal;
      try {
        chain.doFilter(request, answer);
      } finally {
        refusal = RefusalWitness.seen();
      }
      byte[] inWords = refusal == null ? null : inWords(request, answer, refusal);
      if (inWords != null) {
        answer.resetBuffer();
        answer.getOutputStream().write(inWords);
      }
      answer.copyBodyToResponse();
    }

    /** The answer's body with the refusal in words, or null to leave it as it is. */
    private byte[] inWords(HttpServletRequest request, ContentCachingResponseWrapper answer,
        RefusalWitness.Refusal refusal) {
      Matcher enginePath = ENGINE_PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
      if (answer.getStatus() < 400 || !enginePath.matches()) {
        return null;
      }
      ObjectNode body;
      try {
        body = JSON.readTree(answer.getContentAsByteArray()) instanceof ObjectNode node ? node : null;
      } catch (IOException notJson) {
        return null;
      }
      if (body == null || !body.path("message").isTextual()) {
        return null;
      }
      String path = enginePath.group(1);
      String sentence;
      // a refused comment comes as 400: the engine API answers every failed comment so
      if (refusal.notPermitted() && (answer.getStatus() == 403 || answer.getStatus() == 400)) {
        sentence = RefusalSentences.forAuthorization(RefusalSentences.action(request.getMethod(), path),
            refusal.groups());
      } else if (!refusal.notPermitted() && refusal.reason() != null
          && body.get("message").asText().endsWith(refusal.reason())) {
        sentence = RefusalSentences.forField(refusal.reason(), refusal.field(), labelsOf(path));
      } else {
        return null;
      }
      body.put("message", sentence);
      try {
        return JSON.writeValueAsBytes(body);
      } catch (IOException unwritable) {
        return null;
      }
    }

    /** What the form of the task or start event the request names calls its fields; none if it names neither. */
    private FormLabels labelsOf(String path) {
      try {
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
          return privileged(() -> {
            var forms = engine.getObject().getFormService();
            FormData form = forms.getTaskFormData(task.group(1));
            return deployed(form) ? read(forms.getDeployedTaskForm(task.group(1))).and(generated(form))
                : generated(form);
          });
        }
        Matcher definition = DEFINITION.matcher(path);
        if (definition.matches()) {
          return privileged(() -> {
            String definitionId = definition.group(3) != null ? definition.group(3)
                : latest(definition.group(1), definition.group(2)).getId();
            var forms = engine.getObject().getFormService();
            FormData form = forms.getStartFormData(definitionId);
            return deployed(form) ? read(forms.getDeployedStartForm(definitionId)).and(generated(form))
                : generated(form);
          });
        }
      } catch (RuntimeException formUnreadable) {
        // the refusal still reads well without labels: the reason loses only its variable names' translation
        logger.debug("no labels for the refusal at " + path, formUnreadable);
      }
      return FormLabels.NONE;
    }

    private ProcessDefinition latest(String key, String tenantId) {
      var query = engine.getObject().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion();
      return (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId)).singleResult();
    }

    /** The person may not read the form (an auditor), yet the answer to them names its fields. */
    private <T> T privileged(Supplier<T> read) {
      return engine.getObject().getCommandExecutorTxRequired()
          .execute(context -> context.runWithoutAuthorization(read::get));
    }

    private static boolean deployed(FormData form) {
      return form.getCamundaFormRef() != null
          || (form.getFormKey() != null && form.getFormKey().contains(":deployment:"));
    }

    private static FormLabels read(InputStream deployedForm) {
      try (deployedForm) {
        String content = new String(deployedForm.readAllBytes(), StandardCharsets.UTF_8);
        return content.stripLeading().startsWith("{") ? FormLabels.ofCamundaForm(content)
            : FormLabels.ofEmbeddedForm(content);
      } catch (IOException unreadable) {
        return FormLabels.NONE;
      }
    }

    private static FormLabels generated(FormData form) {
      var labels = new LinkedHashMap<String, String>();
      for (FormField field : form.getFormFields()) {
        labels.put(field.getId(), field.getLabel());
      }
      return FormLabels.ofGeneratedFields(labels);
    }
  }
}
