package com.crmflow.customer.credit;

import static com.crmflow.customer.credit.CreditVariables.*;

import com.crmflow.platform.process.Engine;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts {@code credit-evaluation}: one process instance per evaluation (business key = evaluation number), started
 * by {@code POST /api/customers/{id}/credit-evaluations} or when a grading run raises a customer to grade A or B.
 * The engine work runs on the process's behalf, without the caller's Camunda authorizations.
 */
@Service
public class CreditStarter {

  private final CreditEvaluations evaluations;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public CreditStarter(CreditEvaluations evaluations, RuntimeService runtimeService,
      IdentityService identityService) {
    this.evaluations = evaluations;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** A new evaluation of the customer and its process instance; 409 while another one is open. */
  @Transactional
  public CreditEvaluation start(Long customerId, String trigger, String requestedBy) {
    CreditEvaluation e = evaluations.request(customerId, trigger, requestedBy);
    ProcessInstance pi = asSystem(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, e.getEvaluationNumber(),
        Variables.createVariables().putValue(EVALUATION_ID.getName(), e.getId())
            .putValue(CUSTOMER_ID.getName(), customerId)));
    evaluations.attachProcess(e.getId(), pi.getId());
    return e;
  }

  private <T> T asSystem(Supplier<T> work) {
    return Context.getCommandContext() != null ? Engine.asSystem(work) : Engine.asSystem(identityService, work);
  }
}
