package com.crmflow.supervision.process;

import static com.crmflow.supervision.process.SupervisionVariables.INSPECTION_ID;
import static com.crmflow.supervision.process.SupervisionVariables.INSPECTION_PROCESS_KEY;

import com.crmflow.supervision.domain.InspectionInput.Request;
import com.crmflow.supervision.domain.Inspections;
import com.crmflow.supervision.process.form.SupervisionInspectionStartForm;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/inspections}: starts {@code supervision-inspection} with the values the start form would send,
 * as the authenticated user (the engine checks that the user may start it, as for Tasklist); the request is checked
 * first, so that a wrong one is a 400 naming the field and starts nothing.
 */
@Service
public class InspectionStarter {

  private final Inspections inspections;
  private final RuntimeService runtimeService;

  public InspectionStarter(Inspections inspections, RuntimeService runtimeService) {
    this.inspections = inspections;
    this.runtimeService = runtimeService;
  }

  public record Started(Long inspectionId, String inspectionNumber, String processInstanceId) {}

  @Transactional
  public Started start(Request request) {
    Request r = inspections.validate(request);
    ProcessInstanceWithVariables pi = runtimeService.createProcessInstanceByKey(INSPECTION_PROCESS_KEY)
        .setVariables(Variables.createVariables()
            .putValue(SupervisionInspectionStartForm.INSPECTED_PROCESS, r.processKey())
            .putValue(SupervisionInspectionStartForm.PERIOD_FROM, r.periodFrom().toString())
            .putValue(SupervisionInspectionStartForm.PERIOD_TO, r.periodTo().toString())
            .putValue(SupervisionInspectionStartForm.SAMPLE_SIZE, r.sampleSize().longValue()))
        .executeWithVariablesInReturn();
    Long id = INSPECTION_ID.from(pi.getVariables()).get();
    return new Started(id, inspections.get(id).getInspectionNumber(), pi.getId());
  }
}
