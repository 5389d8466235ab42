package com.crmflow.platform.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of Camunda's history tables. A start form in Tasklist (e.g. 客户投诉处理: the
 * complainant's name, phone, e-mail) submits its fields as process variables; the first service task moves them
 * into our encrypted tables and removes the variables in the same transaction, so they never reach
 * {@code ACT_RU_VARIABLE} — but with history level {@code full} every variable write would stay in
 * {@code ACT_HI_VARINST}/{@code ACT_HI_DETAIL} in plaintext (as variable updates and as submitted form fields).
 * This plugin drops those history events for the names in {@link #PERSONAL_VARIABLES}; everything else is written
 * as before.
 */
@Component
public class PersonalVariablesHistoryPlugin extends AbstractProcessEnginePlugin {

  /** Form fields holding personal data (they are never kept as process variables). */
  public static final Set<String> PERSONAL_VARIABLES = Set.of("contactName", "contactPhone", "contactEmail");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    if (configuration.isEnableDefaultDbHistoryEventHandler()) {
      // replaces the engine's own database handler by the same handler behind the filter
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      handlers.add(0, new WithoutPersonalVariables(new DbHistoryEventHandler()));
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class WithoutPersonalVariables implements HistoryEventHandler {
    private final HistoryEventHandler delegate;

    WithoutPersonalVariables(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity v && PERSONAL_VARIABLES.contains(v.getVariableName())) {
        return;
      }
      // submitted form fields are logged once more as "form properties"
      if (event instanceof HistoricFormPropertyEventEntity f && PERSONAL_VARIABLES.contains(f.getPropertyId())) {
        return;
      }
      delegate.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
