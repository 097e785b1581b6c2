package org.claimrecovery.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} without file variables. Documents (patient records) are stored by the product
 * with their SHA-256; a file variable removed from a process would still leave its bytes in the history
 * tables (ACT_HI_VARINST, ACT_HI_DETAIL and their ACT_GE_BYTEARRAY rows) under Camunda's full level.
 *
 * <p>The level keeps full's name and id (3): the engine stores the id in ACT_GE_PROPERTY and refuses to
 * start when it changes, so existing databases need nothing, and {@code camunda.bpm.history-level: full}
 * selects this level (the engine takes the last registered level of a name). Any other configured level is
 * left alone.
 */
@Component
class NoFilesInHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<HistoryLevel>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new FullWithoutFiles());
    configuration.setCustomHistoryLevels(levels);
  }

  /** Camunda's full level, except that no variable history event is produced for a file variable. */
  static class FullWithoutFiles extends HistoryLevelFull {

    private static final Set<HistoryEventTypes> VARIABLE_EVENTS = EnumSet.of(
        HistoryEventTypes.VARIABLE_INSTANCE_CREATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
        HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
        HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof VariableInstanceEntity variable && eventType instanceof HistoryEventTypes type
          && VARIABLE_EVENTS.contains(type) && ValueType.FILE.getName().equals(variable.getTypeName())) {
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }
  }
}
