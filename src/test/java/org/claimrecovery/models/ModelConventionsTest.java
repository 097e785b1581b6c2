package org.claimrecovery.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.claimrecovery.documents.DocumentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * House conventions of the process owners' models in {@code bpmn/} and {@code forms/}, checked on every build so a
 * model edited in Camunda Modeler cannot break the engine, Tasklist or the conventions the developers rely on.
 * Plain model API, no engine: deployment itself is covered by {@link ModelDeploymentTest}.
 */
class ModelConventionsTest {

  /** Processes that serve no single case (a remittance file covers many claims): their forms have no headline. */
  static final Set<String> PROCESSES_WITHOUT_A_CASE = Set.of("import-remittance");

  /** Component types the form-js 1.8.7 viewer of Tasklist 7.24 renders; anything else shows an error. */
  static final Set<String> TASKLIST_FORM_COMPONENT_TYPES = Set.of(
      "textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist",
      "button", "text", "html", "image", "spacer", "separator", "group", "dynamiclist", "iframe", "table",
      "expression");

  static final Pattern EXPRESSION = Pattern.compile("^\\$\\{.+}$", Pattern.DOTALL);
  static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][A-Za-z0-9]*$");

  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path TEMPLATES = ROOT.resolve(".camunda/element-templates");
  static final ObjectMapper JSON = new ObjectMapper();

  static Map<Path, BpmnModelInstance> bpmnModels;
  static Map<Path, DmnModelInstance> dmnModels;
  static Map<Path, JsonNode> forms;
  /** Embedded HTML forms: only as start forms, for what Camunda Forms cannot do (a file picker). */
  static Map<Path, String> embeddedForms;
  static Map<Path, JsonNode> elementTemplates;

  @BeforeAll
  static void readModels() {
    bpmnModels = new LinkedHashMap<>();
    filesEndingWith(ROOT.resolve("bpmn"), ".bpmn").forEach(f -> bpmnModels.put(f, Bpmn.readModelFromFile(f.toFile())));
    dmnModels = new LinkedHashMap<>();
    filesEndingWith(ROOT.resolve("bpmn"), ".dmn").forEach(f -> dmnModels.put(f, Dmn.readModelFromFile(f.toFile())));
    forms = new LinkedHashMap<>();
    filesEndingWith(ROOT.resolve("forms"), ".form").forEach(f -> forms.put(f, readJson(f)));
    embeddedForms = new LinkedHashMap<>();
    filesEndingWith(ROOT.resolve("forms"), ".html").forEach(f -> embeddedForms.put(f, readText(f)));
    elementTemplates = new LinkedHashMap<>();
    filesEndingWith(TEMPLATES, ".json").forEach(f -> elementTemplates.put(f, readJson(f)));

    assertThat(bpmnModels).as("BPMN models under bpmn/").isNotEmpty();
    assertThat(dmnModels).as("DMN models under bpmn/").isNotEmpty();
    assertThat(forms).as("Camunda Forms under forms/").isNotEmpty();
  }

  @Test
  void everyProcessIsExecutableVersionedAndKeepsHistory() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (Process process : model.getModelElementsByType(Process.class)) {
        String where = name(file) + " process " + process.getId();
        if (!process.isExecutable()) {
          violations.add(where + ": not executable");
        }
        if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
          violations.add(where + ": no camunda:historyTimeToLive (mandatory since 7.20)");
        }
        if (isBlank(process.getCamundaVersionTag())) {
          violations.add(where + ": no camunda:versionTag");
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  /** Every process is tested on its own: the process claim-recovery by ClaimRecoveryModelTest, and so on. */
  @Test
  void everyProcessHasAModelTest() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (Process process : model.getModelElementsByType(Process.class)) {
        String modelTest = ModelConventionsTest.class.getPackageName() + "." + upperCamelCase(process.getId())
            + "ModelTest";
        try {
          Class.forName(modelTest);
        } catch (ClassNotFoundException missing) {
          violations.add(name(file) + " process " + process.getId() + ": no model test " + modelTest);
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void everyFlowElementIsDrawnForModeler() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() != null)
          .map(shape -> shape.getBpmnElement().getId())
          .collect(Collectors.toSet());
      Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
          .filter(edge -> edge.getBpmnElement() != null)
          .map(edge -> edge.getBpmnElement().getId())
          .collect(Collectors.toSet());
      model.getModelElementsByType(FlowNode.class).stream()
          .filter(node -> !shapes.contains(node.getId()))
          .forEach(node -> violations.add(name(file) + ": flow node " + node.getId() + " has no BPMNShape"));
      model.getModelElementsByType(SequenceFlow.class).stream()
          .filter(flow -> !edges.contains(flow.getId()))
          .forEach(flow -> violations.add(name(file) + ": sequence flow " + flow.getId() + " has no BPMNEdge"));
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void shapesDoNotOverlap() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() instanceof FlowNode)
          .toList();
      for (int i = 0; i < shapes.size(); i++) {
        for (int j = i + 1; j < shapes.size(); j++) {
          BpmnShape a = shapes.get(i);
          BpmnShape b = shapes.get(j);
          if (isAttachedTo(a.getBpmnElement(), b.getBpmnElement()) || isAttachedTo(b.getBpmnElement(), a.getBpmnElement())) {
            continue;
          }
          // an expanded subprocess holds its own elements: they must lie inside it, not beside it
          if (isInside(a.getBpmnElement(), b.getBpmnElement()) || isInside(b.getBpmnElement(), a.getBpmnElement())) {
            BpmnShape child = isInside(a.getBpmnElement(), b.getBpmnElement()) ? a : b;
            BpmnShape parent = child == a ? b : a;
            if (!within(child.getBounds(), parent.getBounds())) {
              violations.add(name(file) + ": " + child.getBpmnElement().getId() + " sticks out of "
                  + parent.getBpmnElement().getId());
            }
            continue;
          }
          if (overlap(a.getBounds(), b.getBounds())) {
            violations.add(name(file) + ": " + a.getBpmnElement().getId() + " overlaps " + b.getBpmnElement().getId());
          }
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  /** Without its marker an exclusive gateway is an empty diamond, which a reader cannot tell from other kinds. */
  @Test
  void exclusiveGatewaysShowTheirMarker() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() instanceof ExclusiveGateway && !shape.isMarkerVisible())
        .forEach(shape -> violations.add(name(file) + ": gateway " + shape.getBpmnElement().getId()
            + " is drawn without its X marker (isMarkerVisible=\"true\")")));
    assertThat(violations).isEmpty();
  }

  /**
   * A label on a shape, a flow or another label cannot be read. Checked on the label bounds Modeler stores when
   * it places a label, so every named event, gateway and flow has them.
   */
  @Test
  void labelsStayClearOfShapesFlowsAndOtherLabels() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      Map<BaseElement, Bounds> labels = new LinkedHashMap<>();
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        placeLabel(file, shape.getBpmnElement(), shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds(),
            labels, violations);
      }
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        placeLabel(file, edge.getBpmnElement(), edge.getBpmnLabel() == null ? null : edge.getBpmnLabel().getBounds(),
            labels, violations);
      }
      List<BaseElement> labelled = new ArrayList<>(labels.keySet());
      for (int i = 0; i < labelled.size(); i++) {
        BaseElement element = labelled.get(i);
        Bounds label = labels.get(element);
        String where = name(file) + ": label of " + element.getId();
        for (int j = i + 1; j < labelled.size(); j++) {
          if (overlap(label, labels.get(labelled.get(j)))) {
            violations.add(where + " overlaps the label of " + labelled.get(j).getId());
          }
        }
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
          // an expanded subprocess holds the labels of its own elements
          if (shape.getBpmnElement() instanceof FlowNode node && !isInside(element, node)
              && overlap(label, shape.getBounds())) {
            violations.add(where + " overlaps " + node.getId());
          }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
          if (crossesAnySegment(new ArrayList<>(edge.getWaypoints()), label)) {
            violations.add(where + " lies on the flow " + edge.getBpmnElement().getId());
          }
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  /**
   * Lanes show who does what: every process has them, and each of its flow nodes sits in exactly one, the one it is
   * drawn in (Modeler assigns a node to the lane its centre lies in). The elements of a subprocess go with it.
   */
  @Test
  void everyFlowNodeSitsInTheLaneItIsDrawnIn() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      Map<String, Bounds> drawn = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() != null)
          .collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), BpmnShape::getBounds));
      for (Process process : model.getModelElementsByType(Process.class)) {
        String where = name(file) + " process " + process.getId();
        List<Lane> lanes = new ArrayList<>();
        process.getLaneSets().forEach(laneSet -> collectLeafLanes(laneSet, lanes));
        if (lanes.isEmpty()) {
          violations.add(where + ": no lanes; a lane per group that works its tasks, and one for the service");
          continue;
        }
        lanes.stream().filter(lane -> isBlank(lane.getName()))
            .forEach(lane -> violations.add(where + ": lane " + lane.getId() + " has no name"));
        for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
          List<Lane> in = lanes.stream().filter(lane -> lane.getFlowNodeRefs().contains(node)).toList();
          if (in.size() != 1) {
            violations.add(where + ": " + node.getId() + " is in " + in.size() + " lanes, not one");
          } else if (drawn.containsKey(node.getId()) && drawn.containsKey(in.get(0).getId())
              && !containsCentreOf(drawn.get(in.get(0).getId()), drawn.get(node.getId()))) {
            violations.add(where + ": " + node.getId() + " is in lane " + in.get(0).getId() + " but drawn outside it");
          }
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void flowElementIdsAreCamelCaseBusinessTerms() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> model.getModelElementsByType(FlowElement.class).stream()
        .filter(element -> !CAMEL_CASE.matcher(element.getId()).matches())
        .forEach(element -> violations.add(name(file) + ": id " + element.getId() + " is not camelCase")));
    assertThat(violations).isEmpty();
  }

  @Test
  void everyUserTaskHasCandidateGroupsADueDateAndADeployedCamundaForm() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = name(file) + " user task " + task.getId();
        if (isBlank(task.getCamundaCandidateGroups())) {
          violations.add(where + ": no camunda:candidateGroups");
        }
        if (isBlank(task.getCamundaDueDate())) {
          violations.add(where + ": no camunda:dueDate; a task is due by the deadline it serves");
        }
        if (isBlank(task.getCamundaFormRef())) {
          violations.add(where + ": no camunda:formRef");
        }
        if (isBlank(task.getCamundaFormRefBinding())) {
          violations.add(where + ": no camunda:formRefBinding (mandatory with formRef)");
        }
        if (!isBlank(task.getCamundaFormKey())) {
          violations.add(where + ": uses camunda:formKey; reference the Camunda Form by id (formRef) instead");
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  static final String EMBEDDED_DEPLOYMENT = "embedded:deployment:";
  static final Pattern CAM_VARIABLE = Pattern.compile(
      "<(input|select|textarea)\\b[^>]*\\bcam-variable-name=\"([^\"]+)\"[^>]*>", Pattern.CASE_INSENSITIVE);
  static final Pattern CAM_TYPE = Pattern.compile("\\bcam-variable-type=\"(String|Boolean|Integer|Long|Short|Double|Date|File|Json|Xml)\"");

  /**
   * A start event may have an embedded form (Tasklist's "Start process"), referenced from the deployment by
   * its path under forms/ so that it is deployed with the model; every embedded form is used by one.
   */
  @Test
  void startFormsAreEmbeddedFormsDeployedFromForms() {
    Set<String> embedded = embeddedForms.keySet().stream().map(file -> name(file).replace('\\', '/'))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> used = new TreeSet<>();
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        String formKey = start.getCamundaFormKey();
        if (isBlank(formKey)) {
          continue;
        }
        String where = name(file) + " start event " + start.getId();
        if (!(start.getParentElement() instanceof Process)) {
          violations.add(where + ": only a process's start event shows a start form");
        }
        if (!formKey.startsWith(EMBEDDED_DEPLOYMENT)) {
          violations.add(where + ": formKey " + formKey + " is not " + EMBEDDED_DEPLOYMENT + "forms/<name>.html");
          continue;
        }
        String resource = formKey.substring(EMBEDDED_DEPLOYMENT.length());
        used.add(resource);
        if (!embedded.contains(resource)) {
          violations.add(where + ": " + resource + " is not an embedded form in forms/ " + embedded);
        }
      }
    });
    embedded.stream().filter(form -> !used.contains(form))
        .forEach(form -> violations.add(form + " is the start form of no process"));
    assertThat(violations).isEmpty();
  }

  /** Every field of an embedded form names its variable and its type, so Tasklist submits typed values. */
  @Test
  void embeddedFormFieldsAreTypedVariables() {
    List<String> violations = new ArrayList<>();
    embeddedForms.forEach((file, html) -> {
      var fields = CAM_VARIABLE.matcher(html);
      int count = 0;
      while (fields.find()) {
        count++;
        String field = fields.group(0);
        String variable = fields.group(2);
        if (!CAMEL_CASE.matcher(variable).matches()) {
          violations.add(name(file) + " " + variable + ": variable name is not camelCase");
        }
        if (!CAM_TYPE.matcher(field).find()) {
          violations.add(name(file) + " " + variable + ": no (known) cam-variable-type");
        }
        if (field.contains("type=\"file\"") && !field.contains("cam-variable-type=\"File\"")) {
          violations.add(name(file) + " " + variable + ": a file input must be cam-variable-type=\"File\"");
        }
      }
      if (count == 0) {
        violations.add(name(file) + ": no field with cam-variable-name");
      }
      if (!html.contains("<form")) {
        violations.add(name(file) + ": no <form> element");
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void timersUseDeadlineExpressionsNeverLiterals() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        String where = name(file) + " timer of " + ((BaseElement) timer.getParentElement()).getId();
        Map<String, String> definitions = new LinkedHashMap<>();
        if (timer.getTimeDate() != null) {
          definitions.put("timeDate", timer.getTimeDate().getTextContent());
        }
        if (timer.getTimeDuration() != null) {
          definitions.put("timeDuration", timer.getTimeDuration().getTextContent());
        }
        if (timer.getTimeCycle() != null) {
          definitions.put("timeCycle", timer.getTimeCycle().getTextContent());
        }
        if (definitions.isEmpty()) {
          violations.add(where + ": no timeDate, timeDuration or timeCycle");
        }
        definitions.forEach((kind, value) -> {
          if (value == null || !EXPRESSION.matcher(value.trim()).matches()) {
            violations.add(where + ": " + kind + " <" + value + "> is a literal; deadlines are data, use ${deadlines...}");
          }
        });
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void serviceTasksCallDelegateBeans() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String where = name(file) + " service task " + task.getId();
        if (!isBlank(task.getCamundaClass())) {
          violations.add(where + ": uses camunda:class; use camunda:delegateExpression=\"${beanName}\"");
        }
        if (isBlank(task.getCamundaDelegateExpression())) {
          violations.add(where + ": no camunda:delegateExpression");
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void everyFlowOutOfAnExclusiveGatewayHasAConditionOrIsTheDefault() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
        Collection<SequenceFlow> outgoing = gateway.getOutgoing();
        if (outgoing.size() < 2) {
          continue; // a merge
        }
        for (SequenceFlow flow : outgoing) {
          boolean isDefault = flow.equals(gateway.getDefault());
          boolean hasCondition = flow.getConditionExpression() != null
              && !isBlank(flow.getConditionExpression().getTextContent());
          String where = name(file) + " gateway " + gateway.getId() + " flow " + flow.getId();
          if (!isDefault && !hasCondition) {
            violations.add(where + ": neither a condition nor the default flow");
          }
          if (isDefault && hasCondition) {
            violations.add(where + ": the default flow must not have a condition");
          }
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void receiveTasksAndMessageEventsReferenceNamedMessages() {
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
        checkMessage(violations, name(file) + " receive task " + task.getId(), task.getMessage());
      }
      for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
        checkMessage(violations, name(file) + " message event of " + ((BaseElement) definition.getParentElement()).getId(),
            definition.getMessage());
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void everyDecisionKeepsHistoryAndIsVersioned() {
    List<String> violations = new ArrayList<>();
    dmnModels.forEach((file, model) -> {
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        String where = name(file) + " decision " + decision.getId();
        if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
          violations.add(where + ": no camunda:historyTimeToLive (mandatory since 7.20)");
        }
        if (isBlank(decision.getVersionTag())) {
          violations.add(where + ": no camunda:versionTag");
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void formsUseOnlyComponentsTasklistRenders() {
    List<String> violations = new ArrayList<>();
    forms.forEach((file, form) -> {
      if (isBlank(form.path("id").asText(null))) {
        violations.add(name(file) + ": no form id");
      }
      collectComponentViolations(name(file), form.path("components"), violations);
    });
    assertThat(violations).isEmpty();
  }

  /**
   * Every task form opens with the case's headline (claim, payer, provider, pathway, next deadline; computed when it
   * opens) and speaks in words: no label, description, option or text shows a code such as IDR_OFFER_SUBMISSION.
   */
  @Test
  void everyTaskFormOpensWithTheCaseHeadlineAndShowsNoCodes() {
    Pattern code = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    Set<String> formsWithoutACase = bpmnModels.values().stream()
        .flatMap(model -> model.getModelElementsByType(Process.class).stream())
        .filter(process -> PROCESSES_WITHOUT_A_CASE.contains(process.getId()))
        .flatMap(process -> process.getChildElementsByType(UserTask.class).stream())
        .map(UserTask::getCamundaFormRef).collect(Collectors.toSet());
    List<String> violations = new ArrayList<>();
    forms.forEach((file, form) -> {
      JsonNode first = form.path("components").path(0);
      boolean opensWithHeadline = "text".equals(first.path("type").asText())
          && "=caseHeadline".equals(first.path("text").asText());
      if (!opensWithHeadline && !formsWithoutACase.contains(form.path("id").asText())) {
        violations.add(name(file) + ": does not open with the text =caseHeadline");
      }
      form.findParents("type").forEach(component -> {
        for (String shown : List.of("label", "description", "text")) {
          String words = component.path(shown).asText("");
          if (!words.startsWith("=") && code.matcher(words).find()) {
            violations.add(name(file) + " " + component.path("id").asText() + " " + shown + ": " + words);
          }
        }
        component.path("values").forEach(option -> {
          if (code.matcher(option.path("label").asText("")).find()) {
            violations.add(name(file) + " " + component.path("id").asText() + " option: " + option.path("label"));
          }
        });
      });
    });
    assertThat(violations).isEmpty();
  }

  /** The upload picker names each document type as the forms that ask for it do, so people find what they are told. */
  @Test
  void theUploadPickerNamesEveryDocumentTypeAsTheFormsDo() {
    String picker = embeddedForms.entrySet().stream()
        .filter(form -> name(form.getKey()).endsWith("attach-document.html"))
        .map(Map.Entry::getValue).findFirst().orElseThrow();
    for (DocumentType type : DocumentType.values()) {
      assertThat(picker).as(type.name())
          .contains("<option value=\"" + type.name() + "\">" + type.words() + "</option>");
    }
  }

  @Test
  void formRefsNameDeployedForms() {
    Set<String> formIds = forms.values().stream().map(form -> form.path("id").asText()).collect(Collectors.toSet());
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> model.getModelElementsByType(UserTask.class).stream()
        .filter(task -> !isBlank(task.getCamundaFormRef()) && !formIds.contains(task.getCamundaFormRef()))
        .forEach(task -> violations.add(name(file) + " user task " + task.getId() + ": formRef "
            + task.getCamundaFormRef() + " is not the id of a form in forms/ " + formIds)));
    assertThat(violations).isEmpty();
  }

  @Test
  void decisionRefsNameDeployedDecisions() {
    Set<String> decisionIds = dmnModels.values().stream()
        .flatMap(model -> model.getModelElementsByType(Decision.class).stream())
        .map(Decision::getId)
        .collect(Collectors.toSet());
    List<String> violations = new ArrayList<>();
    bpmnModels.forEach((file, model) -> {
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        String where = name(file) + " business rule task " + task.getId();
        if (isBlank(task.getCamundaDecisionRef())) {
          violations.add(where + ": no camunda:decisionRef");
        } else if (!decisionIds.contains(task.getCamundaDecisionRef())) {
          violations.add(where + ": decisionRef " + task.getCamundaDecisionRef() + " is not a decision in bpmn/*.dmn "
              + decisionIds);
        }
      }
    });
    assertThat(violations).isEmpty();
  }

  @Test
  void everyDelegateBeanHasAnElementTemplateAndViceVersa() {
    Map<String, JsonNode> templatesByDelegate = new LinkedHashMap<>();
    Map<String, JsonNode> templatesById = new LinkedHashMap<>();
    List<String> violations = new ArrayList<>();
    elementTemplates.forEach((file, content) -> {
      for (JsonNode template : content.isArray() ? content : JSON.createArrayNode().add(content)) {
        templatesById.put(template.path("id").asText(), template);
        String delegate = delegateExpressionOf(template);
        if (delegate == null) {
          violations.add(name(file) + " template " + template.path("id").asText() + ": binds no camunda:delegateExpression");
        } else {
          templatesByDelegate.put(delegate, template);
        }
      }
    });

    Set<String> usedDelegates = new TreeSet<>();
    bpmnModels.forEach((file, model) -> {
      for (Activity activity : model.getModelElementsByType(Activity.class)) {
        String delegate = activity.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
        if (delegate == null) {
          continue;
        }
        usedDelegates.add(delegate);
        String where = name(file) + " " + activity.getId();
        if (!templatesByDelegate.containsKey(delegate)) {
          violations.add(where + ": " + delegate + " has no element template in .camunda/element-templates/");
        }
        String templateId = activity.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
        if (templateId != null) {
          JsonNode template = templatesById.get(templateId);
          if (template == null) {
            violations.add(where + ": camunda:modelerTemplate " + templateId + " does not exist");
          } else if (!delegate.equals(delegateExpressionOf(template))) {
            violations.add(where + ": calls " + delegate + " but its template " + templateId + " binds "
                + delegateExpressionOf(template));
          }
        }
      }
    });
    templatesByDelegate.keySet().stream()
        .filter(delegate -> !usedDelegates.contains(delegate))
        .forEach(delegate -> violations.add("element template for " + delegate + " is used by no model"));

    assertThat(violations).isEmpty();
  }

  // helpers ////////////////////////////////////////////////////////////////////////////////////

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  static void collectComponentViolations(String file, JsonNode components, List<String> violations) {
    if (components.isMissingNode()) {
      return;
    }
    for (JsonNode component : components) {
      String id = component.path("id").asText("<no id>");
      String type = component.path("type").asText(null);
      if (type == null || !TASKLIST_FORM_COMPONENT_TYPES.contains(type)) {
        violations.add(file + " component " + id + ": type " + type + " is not rendered by Tasklist 7.24 (form-js 1.8.7)");
      }
      if (!component.hasNonNull("id")) {
        violations.add(file + " component of type " + type + ": no id");
      }
      collectComponentViolations(file, component.path("components"), violations);
    }
  }

  static String delegateExpressionOf(JsonNode template) {
    for (JsonNode property : template.path("properties")) {
      if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
        return property.path("value").asText(null);
      }
    }
    return null;
  }

  static void checkMessage(List<String> violations, String where, Message message) {
    if (message == null) {
      violations.add(where + ": no messageRef");
    } else if (isBlank(message.getName())) {
      violations.add(where + ": message " + message.getId() + " has no name to correlate by");
    }
  }

  /** Events, gateways and flows carry their name outside their shape, where it can collide. */
  static void placeLabel(Path file, BaseElement element, Bounds bounds, Map<BaseElement, Bounds> labels,
      List<String> violations) {
    if (!(element instanceof Event || element instanceof Gateway || element instanceof SequenceFlow)
        || isBlank(((FlowElement) element).getName())) {
      return;
    }
    if (bounds == null) {
      violations.add(name(file) + ": the label of " + element.getId() + " has no place (BPMNLabel bounds)");
    } else {
      labels.put(element, bounds);
    }
  }

  /** Whether a flow passes through the box; running along its edge does not count. */
  static boolean crossesAnySegment(List<Waypoint> waypoints, Bounds box) {
    var inner = new Rectangle2D.Double(box.getX() + 0.5, box.getY() + 0.5, box.getWidth() - 1, box.getHeight() - 1);
    for (int i = 0; i + 1 < waypoints.size(); i++) {
      Waypoint from = waypoints.get(i);
      Waypoint to = waypoints.get(i + 1);
      if (inner.intersectsLine(from.getX(), from.getY(), to.getX(), to.getY())) {
        return true;
      }
    }
    return false;
  }

  static void collectLeafLanes(LaneSet laneSet, List<Lane> leaves) {
    for (Lane lane : laneSet.getLanes()) {
      if (lane.getChildLaneSet() == null || lane.getChildLaneSet().getLanes().isEmpty()) {
        leaves.add(lane);
      } else {
        collectLeafLanes(lane.getChildLaneSet(), leaves);
      }
    }
  }

  static boolean containsCentreOf(Bounds outer, Bounds inner) {
    double x = inner.getX() + inner.getWidth() / 2;
    double y = inner.getY() + inner.getHeight() / 2;
    return outer.getX() < x && x < outer.getX() + outer.getWidth() && outer.getY() < y && y < outer.getY() + outer.getHeight();
  }

  static boolean isAttachedTo(ModelElementInstance element, ModelElementInstance host) {
    return element instanceof BoundaryEvent boundary && host.equals(boundary.getAttachedTo());
  }

  static boolean isInside(ModelElementInstance element, ModelElementInstance container) {
    for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent.equals(container)) {
        return true;
      }
    }
    return false;
  }

  static boolean within(Bounds inner, Bounds outer) {
    return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  static List<Path> filesEndingWith(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new AssertionError(name(file) + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String name(Path file) {
    return ROOT.relativize(file).toString();
  }

  static String upperCamelCase(String processKey) {
    return Stream.of(processKey.split("-"))
        .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
        .collect(Collectors.joining());
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
