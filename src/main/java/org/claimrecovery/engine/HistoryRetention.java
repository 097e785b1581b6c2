package org.claimrecovery.engine;

import java.util.ArrayList;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the engine keeps a case's history, and when it removes what has expired: configuration for operators
 * (README "History and retention"), not a value in each model. Every process deployed gets the configured time to
 * live, whatever its model says (processes through a parse listener, decisions through a transform listener), and at
 * every start every definition deployed before is brought to it.
 * History is removed only inside the cleanup window; the removal time of an instance is fixed when it ends, from the
 * time to live then in force.
 */
@Component
class HistoryRetention extends AbstractProcessEnginePlugin {

  private final int timeToLiveDays;
  private final String cleanupWindowStart;
  private final String cleanupWindowEnd;

  HistoryRetention(@Value("${recovery.history.time-to-live-days}") int timeToLiveDays,
      @Value("${recovery.history.cleanup-window-start}") String cleanupWindowStart,
      @Value("${recovery.history.cleanup-window-end}") String cleanupWindowEnd) {
    if (timeToLiveDays < 1) {
      throw new IllegalArgumentException("recovery.history.time-to-live-days must be at least 1, was " + timeToLiveDays);
    }
    this.timeToLiveDays = timeToLiveDays;
    this.cleanupWindowStart = cleanupWindowStart;
    this.cleanupWindowEnd = cleanupWindowEnd;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryCleanupBatchWindowStartTime(cleanupWindowStart);
    configuration.setHistoryCleanupBatchWindowEndTime(cleanupWindowEnd);
    var listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.setHistoryTimeToLive(timeToLiveDays);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Every decision deployed gets it too (the decision engine exists once the engine's configuration is built). */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners()
        .add(new DecisionTimeToLive(timeToLiveDays));
  }

  private record DecisionTimeToLive(int days) implements DmnTransformListener {

    @Override
    public void transformDecision(Decision decision, DmnDecision dmnDecision) {
      if (dmnDecision instanceof DecisionDefinitionEntity definition) {
        definition.setHistoryTimeToLive(days);
      }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {}

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {}

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {}

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {}
  }

  /** Definitions deployed before the configuration changed (or from a model's own value) are brought to it. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var repository = engine.getRepositoryService();
    for (var definition : repository.createProcessDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != timeToLiveDays) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), timeToLiveDays);
      }
    }
    for (var definition : repository.createDecisionDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != timeToLiveDays) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), timeToLiveDays);
      }
    }
  }

  int timeToLiveDays() {
    return timeToLiveDays;
  }
}
