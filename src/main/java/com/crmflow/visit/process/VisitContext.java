package com.crmflow.visit.process;

import static com.crmflow.visit.domain.VisitCodes.*;
import static com.crmflow.visit.process.VisitVariables.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.ModelProperties;
import com.crmflow.visit.domain.Visit;
import com.crmflow.visit.domain.VisitEvent;
import com.crmflow.visit.domain.VisitImprovement;
import com.crmflow.visit.domain.CustomerOpenWork;
import com.crmflow.visit.domain.VisitImprovements;
import com.crmflow.visit.domain.Visits;
import com.crmflow.visit.domain.VisitSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task of {@code return-visit}: a read-only Markdown summary of the customer (grade,
 * maintenance focus, owner, last visit, open complaints and projects) and of the visit in the task-local variable
 * {@code context}, shown at the top of each form. No contact data: the customer's contacts stay in the archive.
 * The visit task also gets the departments of its issue list ({@code departmentOptions}).
 */
@Component("visitContext")
public class VisitContext implements TaskListener {

  private static final int JOURNAL_LINES = 6;

  private final Visits visits;
  private final VisitImprovements improvements;
  private final CustomerOpenWork openWork;
  private final VisitSettings settings;
  private final IdentityService identityService;

  private final ObjectMapper json;

  public VisitContext(Visits visits, VisitImprovements improvements, CustomerOpenWork openWork,
      VisitSettings settings, IdentityService identityService, ObjectMapper json) {
    this.json = json;
    this.visits = visits;
    this.improvements = improvements;
    this.openWork = openWork;
    this.settings = settings;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Long visitId = Engine.idVariable(task, VISIT_ID);
    if (visitId == null) {
      return;
    }
    // what the task shows is said by the model: contextShows = improvement (the item), options = departments
    boolean showsImprovement = "improvement".equals(ModelProperties.of(task, "contextShows").orElse(null));
    Long improvementId = showsImprovement ? Engine.idVariable(task, IMPROVEMENT_ID) : null;
    // only the visit (and improvement item) bound to this instance is shown, never one a rewritten id points at
    Long bound = visits.boundTo(visitId, task.getProcessInstanceId()).getId();
    Long item = improvementId == null ? null
        : improvements.boundImprovement(improvementId, task.getProcessInstanceId()).getId();
    CONTEXT.on(task).setLocal(summary(bound, item));
    if ("departments".equals(ModelProperties.of(task, ModelProperties.OPTIONS).orElse(null))) {
      ArrayNode options = json.createArrayNode();
      settings.departments().forEach(d -> options.addObject().put("label", d.name()).put("value", d.name()));
      DEPARTMENT_OPTIONS.on(task).setLocal(SpinValues.jsonValue(options.toString()).create());
    }
  }

  public String summary(Long visitId, Long improvementId) {
    Visit v = visits.get(visitId);
    Customer c = visits.customer(v.getCustomerId());
    Period cycle = settings.cycleFor(c.getGrade());
    StringBuilder md = new StringBuilder();
    md.append("**客户回访 ").append(v.getVisitNumber()).append("** · 客户：").append(c.getName())
        .append(" · 等级：").append(grade(c.getGrade())).append(" · 负责人：").append(person(v.getOwner() != null
            ? v.getOwner() : c.getOwner()));
    md.append("\n\n计划回访日期：").append(v.getDueDate()).append(" · 回访周期：").append(VisitSettings.describe(cycle))
        .append(" · 状态：").append(label(STATUSES, v.getStatus()));
    if (v.getOverdueLevel() > 0) {
      md.append(" · **已逾期").append(v.getOverdueLevel() > 1 ? "，已升级客户关系管理部门督办" : "").append("**");
    }
    String focus = settings.focusFor(c.getGrade());
    if (focus != null) {
      md.append("\n\n维护重点：").append(focus);
    }
    if (!Visit.DONE.equals(v.getStatus())) {
      Visit last = visits.lastVisit(c.getId()).orElse(null);
      md.append("\n\n上次回访：");
      if (last == null) {
        md.append("尚无回访记录");
      } else {
        md.append(last.getVisitDate()).append(" · ").append(label(WAYS, last.getWay())).append(" · 满意度 ")
            .append(last.getSatisfaction()).append("/5 · ").append(person(last.getVisitedBy()));
      }
    }
    md.append("\n\n未结投诉：").append(openWork.openComplaints(c.getId())).append(" 件 · 进行中的项目：")
        .append(openWork.openProjects(c.getId())).append(" 个");
    if (Visit.DONE.equals(v.getStatus())) {
      md.append("\n\n**本次回访**（").append(v.getVisitDate()).append("，").append(label(WAYS, v.getWay()))
          .append("）\n\n项目进展：").append(oneLine(v.getProjectProgress()));
      if (v.getOpinions() != null) {
        md.append("\n\n客户意见：").append(oneLine(v.getOpinions()));
      }
    }
    if (improvementId != null) {
      VisitImprovement item = improvements.improvement(improvementId);
      md.append("\n\n**改进事项**（责任部门：").append(item.getDepartment()).append("，")
          .append(visits.shown(item.getDueAt())).append(" 前处理）\n\n> ")
          .append(item.getIssue().replace("\n", "\n> "));
    }
    List<VisitEvent> journal = visits.journalOf(visitId);
    md.append("\n\n**回访记录**");
    for (VisitEvent e : journal.subList(Math.max(0, journal.size() - JOURNAL_LINES), journal.size())) {
      md.append("\n- ").append(visits.shown(e.getCreatedAt())).append(' ').append(oneLine(e.getNote()));
    }
    return md.toString();
  }

  private String person(String userId) {
    if (userId == null) {
      return "未指定";
    }
    User u = Engine.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (u == null) {
      return userId;
    }
    String name = (u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? "" : u.getFirstName());
    return name.isBlank() ? userId : name + "（" + userId + "）";
  }

  private static String oneLine(String s) {
    return s == null ? "—" : s.replace("\n", "；");
  }
}
