package com.crmflow.care.process;

import static com.crmflow.care.process.CareVariables.CARE_ACTIVITY_ID;
import static com.crmflow.care.process.CareVariables.IMPROVEMENT_ID;

import com.crmflow.care.domain.CareActivities;
import com.crmflow.care.domain.CareActivity;
import com.crmflow.care.domain.CareCodes;
import com.crmflow.care.domain.CareTarget;
import com.crmflow.platform.process.Engine;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code ${careTasks.…}}: who works the tasks of {@code care-activity}, their collections and due dates on the
 * working-day calendar — read from the records bound to the instance, never from a variable a user could send. The
 * organizer (who planned the activity) works its steps; an improvement item goes to its owner.
 */
@Component("careTasks")
public class CareTasks {

  private final CareActivities activities;

  public CareTasks(CareActivities activities) {
    this.activities = activities;
  }

  CareActivity activity(VariableScope scope) {
    return activities.boundTo(Engine.idVariable(scope, CARE_ACTIVITY_ID), Engine.processInstanceId(scope));
  }

  /** The organizer: assignee of every step of the activity but the improvement items. */
  public String organizer(VariableScope scope) {
    return activity(scope).getOrganizer();
  }

  /** 确认客户邀请: one task per target customer. */
  public List<Long> targetIds(VariableScope scope) {
    return activities.targets(activity(scope).getId()).stream().map(CareTarget::getId).toList();
  }

  /** 落实改进事项: one task per improvement item. */
  public List<Long> improvementIds(VariableScope scope) {
    return activities.improvements(activity(scope).getId()).stream().map(i -> i.getId()).toList();
  }

  public String improvementOwner(VariableScope scope) {
    return activities.boundImprovement(Engine.idVariable(scope, IMPROVEMENT_ID), Engine.processInstanceId(scope))
        .getOwner();
  }

  public Date improvementDue(VariableScope scope) {
    return Date.from(activities.improvementDue(activities.boundImprovement(Engine.idVariable(scope, IMPROVEMENT_ID),
        Engine.processInstanceId(scope))));
  }

  public Date invitationDue(VariableScope scope) {
    return Date.from(activities.invitationDue(activity(scope)));
  }

  public Date activityDay(VariableScope scope) {
    return Date.from(activities.activityDay(activity(scope)));
  }

  public Date summaryDue(VariableScope scope) {
    return Date.from(activities.summaryDue(activity(scope)));
  }

  static String kind(CareActivity a) {
    return CareCodes.label(CareCodes.KINDS, a.getKind());
  }
}
