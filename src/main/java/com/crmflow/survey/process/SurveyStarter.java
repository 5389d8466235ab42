package com.crmflow.survey.process;

import static com.crmflow.survey.process.SurveyVariables.CUSTOMER_ID;
import static com.crmflow.survey.process.SurveyVariables.OVERALL_FROM_SOURCE;
import static com.crmflow.survey.process.SurveyVariables.PROCESS_KEY;
import static com.crmflow.survey.process.SurveyVariables.SURVEY_ID;

import com.crmflow.platform.process.Engine;
import com.crmflow.survey.domain.SatisfactionSurvey;
import com.crmflow.survey.domain.SatisfactionSurveys;
import com.crmflow.survey.domain.SurveyCodes;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the survey feature publishes to the processes that end with the customer's verdict (SPEC P7.1): after
 * project acceptance ({@code customer-project}), after a closed complaint ({@code complaint-handling}) and after a
 * return visit ({@code return-visit}) their bindings call this service with the score their step already asked;
 * it becomes the overall score of a new {@code satisfaction-survey} (one table of surveys, the score not asked
 * twice). The periodic survey starts here too ({@link PeriodicSurveys}).
 *
 * <p>Runs in the caller's transaction; the engine work runs without the caller's Camunda authorizations (whoever
 * records a project feedback may not start survey instances themselves). A survey of the same trigger and source
 * still open is not started again (empty).
 */
@Service
public class SurveyStarter {

  private final SatisfactionSurveys surveys;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public SurveyStarter(SatisfactionSurveys surveys, RuntimeService runtimeService, IdentityService identityService) {
    this.surveys = surveys;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** After project acceptance: the project feedback's satisfaction (1–5) is the overall score. */
  @Transactional
  public Optional<String> afterProjectAcceptance(Long customerId, String projectNumber, int satisfaction,
      String actor) {
    return start(customerId, SurveyCodes.TRIGGER_PROJECT, projectNumber, satisfaction, actor);
  }

  /** After a closed complaint: the complaint survey's score (1–5) is the overall score. */
  @Transactional
  public Optional<String> afterComplaintClosed(Long customerId, String complaintNumber, int score, String actor) {
    return start(customerId, SurveyCodes.TRIGGER_COMPLAINT, complaintNumber, score, actor);
  }

  /** After a return visit: the visit's satisfaction (1–5) is the overall score. */
  @Transactional
  public Optional<String> afterReturnVisit(Long customerId, String visitNumber, int satisfaction, String actor) {
    return start(customerId, SurveyCodes.TRIGGER_VISIT, visitNumber, satisfaction, actor);
  }

  /** Opens the survey and starts its process (business key = survey number); returns the survey number. */
  @Transactional
  public Optional<String> start(Long customerId, String trigger, String sourceRef, Integer sourceScore,
      String actor) {
    Optional<SatisfactionSurvey> opened = surveys.open(customerId, trigger, sourceRef, sourceScore, actor);
    opened.ifPresent(s -> {
      ProcessInstance pi = system(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, s.getSurveyNumber(),
          Variables.createVariables().putValue(SURVEY_ID.getName(), s.getId())
              .putValue(CUSTOMER_ID.getName(), customerId)
              .putValue(OVERALL_FROM_SOURCE.getName(), s.getSourceScore() != null)));
      surveys.attachProcess(s.getId(), pi.getId());
    });
    return opened.map(SatisfactionSurvey::getSurveyNumber);
  }

  private <T> T system(Supplier<T> work) {
    return Context.getCommandContext() != null ? Engine.asSystem(work) : Engine.asSystem(identityService, work);
  }
}
