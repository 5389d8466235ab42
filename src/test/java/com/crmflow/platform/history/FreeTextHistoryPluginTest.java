package com.crmflow.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.platform.forms.FormSchema;
import com.crmflow.testsupport.Verifies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** Which variables the history keeps no values of: derived from the forms' text inputs. */
class FreeTextHistoryPluginTest {

  @Test
  void textInputsAndListsWithTextAreFoundAndOptionsFlagsNumbersDatesAreNot() throws IOException {
    FormSchema form = FormSchema.parse(new com.fasterxml.jackson.databind.ObjectMapper(), new ByteArrayInputStream("""
        {"id": "probe", "components": [
          {"type": "textfield", "key": "summary"},
          {"type": "textarea", "key": "notes"},
          {"type": "select", "key": "cause", "values": [{"label": "a", "value": "a"}]},
          {"type": "checkbox", "key": "approved"},
          {"type": "number", "key": "score"},
          {"type": "datetime", "key": "dueDate", "subtype": "date"},
          {"type": "dynamiclist", "path": "risks", "components": [
            {"type": "textfield", "key": "name"}, {"type": "select", "key": "impact"}]},
          {"type": "dynamiclist", "path": "reviewRounds", "components": [{"type": "checkbox", "key": "ok"}]},
          {"type": "group", "components": [{"type": "textarea", "key": "groupedText"}, {"type": "radio", "key": "way"}]}
        ]}""".getBytes(StandardCharsets.UTF_8)));
    assertThat(FreeTextHistoryPlugin.textVariablesOf(List.of(form)))
        .containsExactlyInAnyOrder("summary", "notes", "risks", "groupedText");
  }

  @Test
  @Verifies("X.2")
  void theDeployedFormsTextsArePersonalDataAndProcessTextsAreCovered() {
    Set<String> names = new FreeTextHistoryPlugin(new com.fasterxml.jackson.databind.ObjectMapper()).variablesWithoutHistory();
    assertThat(names).contains("content", "contactName", "contactPhone", "contactEmail", "assessmentNote",
        "investigationDetails", "evidence", "meetingMinutes", "resolutionPlan", "customerComment", "taskResult",
        "findings", "minutes", "opinions", "complaintContent", "improvementResult", "context", "projectTitle");
    assertThat(names).doesNotContain("complaintId", "customerId", "projectId", "visitId", "category", "severity",
        "cause", "responsibleDepartment", "meetingNeeded", "customerSatisfied", "satisfactionScore", "actionDueDate",
        "planApproved", "selfCheckPassed", "executor", "projectLead", "relatedDepartments", "visitDate");
  }

  @Test
  @Verifies("X.2")
  void theFilterDropsVariableUpdatesAndFormPropertiesOfTextsAndPassesEverythingElse() {
    List<HistoryEvent> written = new ArrayList<>();
    HistoryEventHandler db = new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        written.add(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        written.addAll(events);
      }
    };
    var filter = new FreeTextHistoryPlugin.WithoutFreeText(db, Set.of("notes"));
    HistoricVariableUpdateEventEntity text = variable("notes");
    HistoricVariableUpdateEventEntity id = variable("complaintId");
    HistoricFormPropertyEventEntity textField = formProperty("notes");
    HistoricFormPropertyEventEntity flag = formProperty("approved");
    HistoryEvent other = new HistoryEvent();
    filter.handleEvents(List.of(text, id, textField, flag, other));
    assertThat(written).containsExactly(id, flag, other);
  }

  private static HistoricVariableUpdateEventEntity variable(String name) {
    HistoricVariableUpdateEventEntity e = new HistoricVariableUpdateEventEntity();
    e.setVariableName(name);
    return e;
  }

  private static HistoricFormPropertyEventEntity formProperty(String name) {
    HistoricFormPropertyEventEntity e = new HistoricFormPropertyEventEntity();
    e.setPropertyId(name);
    return e;
  }
}
