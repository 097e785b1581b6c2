package org.claimrecovery.engine.modelpolicy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.claimrecovery.engine.modelpolicy.ModelPolicy.Origin;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Every new deployment passes the {@link ModelPolicy} before the engine takes it: Camunda Modeler's Deploy,
 * the REST API and the service's own deployment of bpmn/ and forms/ at start. The check runs before the
 * engine's own deployers, which parse the models and already evaluate a timer start event's expression.
 * A refusal is Camunda's ParseException: the REST API answers 400 with the problems of each resource (which
 * Modeler lists), and at start the service stops with the same message.
 */
@Component
class DeploymentsPassModelPolicy extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  DeploymentsPassModelPolicy(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the delegates the policy allows are the beans ExpressionBeans exposes, from the same lookup
    var policy = new ModelPolicy(ExpressionBeans.delegates(context), ExpressionBeans.deadlineMethods(context));
    var deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<Deployer>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(0, new Checking(policy));
    configuration.setCustomPreDeployers(deployers);
  }

  static class Checking implements Deployer {

    private final ModelPolicy policy;

    Checking(ModelPolicy policy) {
      this.policy = policy;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
      // not new: the engine reloads a definition deployed before into its cache, checked when it was deployed
      if (!deployment.isNew()) {
        return;
      }
      Map<String, byte[]> resources = new LinkedHashMap<>();
      deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
      // the service deploys its release at start with no user; a person deploys through the REST API
      Origin origin = Context.getCommandContext().getAuthenticatedUserId() == null ? Origin.RELEASE : Origin.PERSON;
      List<PolicyViolation> violations = policy.check(resources, origin);
      if (!violations.isEmpty()) {
        throw new Refused(violations);
      }
    }
  }

  /** Every problem, in the message and per resource, as the engine reports a model it cannot parse. */
  static class Refused extends ParseException {

    Refused(List<PolicyViolation> violations) {
      super(message(violations), violations.get(0).resource(), List.of(), List.of());
      this.resorceReports = violations.stream()
          .collect(Collectors.groupingBy(PolicyViolation::resource, LinkedHashMap::new, Collectors.toList()))
          .entrySet().stream()
          .map(resource -> (ResourceReport) new Report(resource.getKey(),
              resource.getValue().stream().map(violation -> (Problem) new PolicyProblem(violation)).toList()))
          .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String message(List<PolicyViolation> violations) {
      return "The deployment breaks the model policy (README \"For process owners\"): deploying a model is not "
          + "deploying code.\n" + violations.stream().map(violation -> "- " + violation)
              .collect(Collectors.joining("\n"));
    }
  }

  private record Report(String resource, List<Problem> errors) implements ResourceReport {

    @Override
    public String getResourceName() {
      return resource;
    }

    @Override
    public List<Problem> getErrors() {
      return errors;
    }

    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }

  private record PolicyProblem(PolicyViolation violation) implements Problem {

    @Override
    public String getMessage() {
      return violation.problem();
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return violation.elementId();
    }

    @Override
    public List<String> getElementIds() {
      return violation.elementId() == null ? List.of() : List.of(violation.elementId());
    }
  }
}
