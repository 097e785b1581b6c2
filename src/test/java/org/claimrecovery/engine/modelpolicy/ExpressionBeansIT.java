package org.claimrecovery.engine.modelpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimrecovery.support.TestUsers.OWNER;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Expressions in models reach the delegates and the deadlines bean, and no other bean of the service: the
 * limit holds in the engine itself, whatever a model gets past.
 */
@IntegrationTest
class ExpressionBeansIT {

  @Autowired Api api;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired ApplicationContext context;

  /** Straight to the engine's expression manager, as a model that slipped past the policy would be evaluated. */
  @Test
  void expressionsReachTheDeadlinesBeanButNotTheDataSourceOrJdbcClientEvenWithoutThePolicy() {
    assertThat(context.containsBean("jdbcClient")).isTrue();
    assertThat(context.containsBean("dataSource")).isTrue();

    assertThat(evaluate("${deadlines}").getClass().getSimpleName()).startsWith("DeadlineExpressions");
    assertThat(evaluate("${closeCaseDelegate}")).isNotNull();
    assertThatThrownBy(() -> evaluate("${jdbcClient.sql('SELECT COUNT(*) FROM ACT_ID_USER').query().singleValue()}"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Cannot resolve identifier 'jdbcClient'");
    assertThatThrownBy(() -> evaluate("${dataSource.connection}"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Cannot resolve identifier 'dataSource'");
  }

  /** A bare name is a variable to the policy; in a deployed model it finds no bean either. */
  @Test
  void aDeployedModelNamingTheDataSourceFindsNoBean() {
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="beanLookupDefinitions"
            targetNamespace="http://claimrecovery.org/bpmn/probe">
          <bpmn:process id="beanLookup" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="startToLookUp" sourceRef="start" targetRef="lookUp" />
            <bpmn:serviceTask id="lookUp" camunda:expression="${dataSource}" camunda:resultVariable="found" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    var deployed = api.deploy(OWNER, "bean-lookup", "bean-lookup.bpmn", model);
    assertThat(deployed.status()).isEqualTo(200);
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("beanLookup"))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Cannot resolve identifier 'dataSource'");
    } finally {
      repository.deleteDeployment(deployed.body().path("id").asText(), true);
    }
  }

  private Object evaluate(String expression) {
    var parsed = engine.getExpressionManager().createExpression(expression);
    return engine.getCommandExecutorTxRequired()
        .execute(commandContext -> parsed.getValue(StartProcessVariableScope.getSharedInstance()));
  }
}
