package com.crmflow.survey.process;

import static com.crmflow.survey.process.SurveyVariables.CRM_DEPT;
import static com.crmflow.survey.process.SurveyVariables.SURVEY_ID;

import com.crmflow.platform.identity.Organization;
import com.crmflow.platform.process.Engine;
import com.crmflow.survey.domain.SatisfactionSurvey;
import com.crmflow.survey.domain.SatisfactionSurveys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code ${surveyTasks.…}}: who works the tasks of {@code satisfaction-survey}, read from the survey bound to the
 * instance (never from a variable a user could send). The survey: the customer's owner (004 §4.1: the customer
 * manager of the customer service department maintains the relationship; the complaint survey has always been
 * the owner's), with crm-dept as candidates. The improvement task of a low score: the owner's managers — the
 * leads of the owner's teams ({@code teams} in config/organization.yaml, who already see and maintain their
 * members' customers) — or crm-dept when the owner has no team lead.
 */
@Component("surveyTasks")
public class SurveyTasks {

  private final SatisfactionSurveys surveys;
  private final Organization organization;

  public SurveyTasks(SatisfactionSurveys surveys, Organization organization) {
    this.surveys = surveys;
    this.organization = organization;
  }

  private SatisfactionSurvey survey(VariableScope scope) {
    return surveys.boundTo(Engine.idVariable(scope, SURVEY_ID), Engine.processInstanceId(scope));
  }

  /** The survey task's assignee: the customer's owner when the survey opened (null: crm-dept claims it). */
  public String owner(VariableScope scope) {
    return survey(scope).getOwner();
  }

  /** The leads of the teams {@code owner} is a member of. */
  public List<String> managersOf(String owner) {
    Set<String> leads = new LinkedHashSet<>();
    if (owner != null) {
      organization.teams().stream().filter(t -> t.members().contains(owner)).forEach(t -> leads.addAll(t.leads()));
    }
    leads.remove(owner);
    return new ArrayList<>(leads);
  }

  /** Candidate users of the improvement task: the managers the survey recorded. */
  public List<String> improvementUsers(VariableScope scope) {
    String assignees = survey(scope).getImprovementAssignees();
    return assignees == null ? List.of() : Arrays.asList(assignees.split(","));
  }

  /** Candidate groups of the improvement task: crm-dept when the owner has no manager. */
  public List<String> improvementGroups(VariableScope scope) {
    return survey(scope).getImprovementAssignees() == null ? List.of(CRM_DEPT) : List.of();
  }

  /** Due date of the improvement task ({@code crm.survey.improvement-due} working days after the survey). */
  public Date improvementDue(VariableScope scope) {
    SatisfactionSurvey s = survey(scope);
    return s.getImprovementDueAt() == null ? null : Date.from(s.getImprovementDueAt());
  }
}
