package com.crmflow.care.process;

import static com.crmflow.care.process.CareVariables.GREETING_ID;

import com.crmflow.care.domain.CareGreeting;
import com.crmflow.care.domain.CareGreetings;
import com.crmflow.platform.process.Engine;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code ${careGreetingTasks.…}}: the greeting tasks of {@code care-greetings} — the greetings the run generated
 * (bound to the instance), the customer's owner as assignee, due on the working day on or before the occasion.
 */
@Component("careGreetingTasks")
public class CareGreetingTasks {

  private final CareGreetings greetings;

  public CareGreetingTasks(CareGreetings greetings) {
    this.greetings = greetings;
  }

  public List<Long> birthdayIds(VariableScope scope) {
    return greetings.idsOf(Engine.processInstanceId(scope), CareGreeting.BIRTHDAY);
  }

  public List<Long> holidayIds(VariableScope scope) {
    return greetings.idsOf(Engine.processInstanceId(scope), CareGreeting.HOLIDAY);
  }

  CareGreeting greeting(VariableScope scope) {
    return greetings.boundTo(Engine.idVariable(scope, GREETING_ID), Engine.processInstanceId(scope));
  }

  /** The customer's owner the greeting was generated for. */
  public String greetingOwner(VariableScope scope) {
    return greeting(scope).getOwner();
  }

  /** The working day on or before the birthday or the holiday's first day. */
  public Date greetingDue(VariableScope scope) {
    return Date.from(greetings.dueAt(greeting(scope)));
  }
}
