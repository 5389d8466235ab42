package com.crmflow.platform.history;

import com.crmflow.platform.forms.FormField;
import com.crmflow.platform.forms.FormSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Keeps free text and personal data out of Camunda's history tables ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}).
 *
 * <p>With history level {@code full} every variable write and every submitted form field would stay in the history
 * in plaintext — readable through {@code /engine-rest/history/detail} and {@code history/variable-instance} by every
 * group with READ_HISTORY, long after the regulation's records live in our own tables (where {@code /api} decides
 * who reads them). This plugin puts a filter in front of the engine's database history handler that drops the
 * variable-update and form-property events of
 * <ul>
 *   <li>every <b>text input</b> of the deployed forms ({@code forms/*.form}): the keys of {@code textfield} and
 *       {@code textarea} components, and the path of every dynamic list or group that contains one (its value is a
 *       list of items with text) — derived from the forms at start, so a new text field is covered without a list
 *       to maintain;</li>
 *   <li>the personal data of the complaint intake ({@link #PERSONAL_VARIABLES}; they are never kept as process
 *       variables either, see docs/security.md "Protection of personal data");</li>
 *   <li>the texts the processes write themselves ({@link #PROCESS_TEXT_VARIABLES}: the task header {@code context},
 *       the project's title).</li>
 * </ul>
 * What stays in the history: ids (complaintId, projectId, visitId, customerId, task ids …), business keys, routing
 * flags (checkboxes), option values (select, radio, checklist), numbers, dates, assignees and the option lists of
 * the forms — what Cockpit needs to show where an instance went and why. Everything else is written as before.
 */
@Component
public class FreeTextHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(FreeTextHistoryPlugin.class);

  /** Form fields holding personal data (they are never kept as process variables). */
  public static final Set<String> PERSONAL_VARIABLES = Set.of("contactName", "contactPhone", "contactEmail");
  /** Texts the processes write themselves (not form inputs). */
  public static final Set<String> PROCESS_TEXT_VARIABLES = Set.of("context", "projectTitle");
  /** The deployed forms (the same pattern as camunda.bpm.deployment-resource-pattern). */
  static final String FORMS = "classpath*:forms/**/*.form";
  private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea");

  private final Set<String> withoutHistory;

  /** {@code json}: Spring's ObjectMapper, to read the forms. */
  public FreeTextHistoryPlugin(ObjectMapper json) {
    Set<String> names = new TreeSet<>(PERSONAL_VARIABLES);
    names.addAll(PROCESS_TEXT_VARIABLES);
    names.addAll(textVariablesOf(forms(json)));
    this.withoutHistory = Set.copyOf(names);
    LOG.info("History keeps no values of {} text variables: {}", withoutHistory.size(), names);
  }

  /** The variable names whose values are never written to the history. */
  public Set<String> variablesWithoutHistory() {
    return withoutHistory;
  }

  /** Top-level text inputs, and dynamic lists/groups with a text input inside, of the given forms. */
  static Set<String> textVariablesOf(Collection<FormSchema> forms) {
    Set<String> names = new TreeSet<>();
    for (FormSchema form : forms) {
      for (FormField f : form.fields()) {
        if (containsText(f)) {
          names.add(f.key());
        }
      }
    }
    return names;
  }

  private static boolean containsText(FormField f) {
    return TEXT_TYPES.contains(f.type()) || f.children().stream().anyMatch(FreeTextHistoryPlugin::containsText);
  }

  private static List<FormSchema> forms(ObjectMapper json) {
    try {
      List<FormSchema> forms = new ArrayList<>();
      for (Resource r : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
        try (InputStream in = r.getInputStream()) {
          forms.add(FormSchema.parse(json, in));
        }
      }
      if (forms.isEmpty()) {
        throw new IllegalStateException("No forms found at " + FORMS + ": cannot tell which variables hold text");
      }
      return forms;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms at " + FORMS, e);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    if (configuration.isEnableDefaultDbHistoryEventHandler()) {
      // replaces the engine's own database handler by the same handler behind the filter
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      handlers.add(0, new WithoutFreeText(new DbHistoryEventHandler(), withoutHistory));
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class WithoutFreeText implements HistoryEventHandler {
    private final HistoryEventHandler delegate;
    private final Set<String> names;

    WithoutFreeText(HistoryEventHandler delegate, Set<String> names) {
      this.delegate = delegate;
      this.names = names;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity v && names.contains(v.getVariableName())) {
        return;
      }
      // submitted form fields are logged once more as "form properties"
      if (event instanceof HistoricFormPropertyEventEntity f && names.contains(f.getPropertyId())) {
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
