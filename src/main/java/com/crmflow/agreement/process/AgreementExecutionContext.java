package com.crmflow.agreement.process;

import static com.crmflow.agreement.process.AgreementExecutionVariables.*;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementExecution;
import com.crmflow.agreement.domain.AgreementExecutions;
import com.crmflow.agreement.domain.AgreementMeeting;
import com.crmflow.agreement.domain.AgreementObligation;
import com.crmflow.agreement.domain.AgreementRisk;
import com.crmflow.agreement.domain.CoordinationMeetings;
import com.crmflow.agreement.domain.ObligationProgress;
import com.crmflow.agreement.process.form.AgreementMeetingForm;
import com.crmflow.platform.process.Engine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task of {@code agreement-execution}: a read-only Markdown summary in the task-local
 * variable {@code context} — the agreement and its obligations, and the progress table (合作项目进度跟踪表: item,
 * owner, due date, progress, last report; overdue items marked); on 记录协调会议 also the last meetings and the risk
 * register, which the form opens with (variable {@code risks} on the execution; {@code meetingRecorded} takes it
 * out again).
 */
@Component("agreementExecutionContext")
public class AgreementExecutionContext implements TaskListener {

  private static final int MEETINGS_SHOWN = 3;

  private final AgreementExecutions executions;
  private final CoordinationMeetings meetings;
  private final ObjectMapper json;

  public AgreementExecutionContext(AgreementExecutions executions, CoordinationMeetings meetings, ObjectMapper json) {
    this.executions = executions;
    this.meetings = meetings;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    // only the execution bound to this instance is shown, never one a rewritten id points at
    AgreementExecution e = executions.boundTo(Engine.idVariable(task, EXECUTION_ID), task.getProcessInstanceId());
    StringBuilder md = new StringBuilder(header(e));
    if (TASK_REPORT_PROGRESS.equals(task.getTaskDefinitionKey())) {
      AgreementObligation o = executions.boundObligation(Engine.idVariable(task, OBLIGATION_ID),
          task.getProcessInstanceId());
      md.append("\n\n**本项义务**：第 ").append(o.getItemNo()).append(" 项 ").append(oneLine(o.getContent()))
          .append(" · 完成期限 ").append(o.getDueDate())
          .append(o.getClause() == null ? "" : " · 关联条款 " + oneLine(o.getClause()));
    }
    md.append("\n\n").append(progressTable(e.getId()));
    if (TASK_RECORD_MEETING.equals(task.getTaskDefinitionKey())) {
      md.append("\n\n").append(meetingsAndRisks(e.getId()));
      // on the execution, where the submission of the form lands as well (a task-local copy would shadow it)
      task.getExecution().setVariable(RISKS.getName(), SpinValues.jsonValue(register(e.getId())).create());
    }
    CONTEXT.on(task).setLocal(md.toString());
  }

  private String header(AgreementExecution e) {
    Agreement a = executions.agreementOf(e);
    return "**合作协议 " + a.getAgreementNumber() + "**「" + oneLine(a.getTitle()) + "」 · 客户："
        + executions.agreements().customer(a.getCustomerId()).getName() + " · 合作期限：" + a.getStartDate() + " 至 "
        + a.getEndDate() + " · 协议负责人：" + executions.owner(a)
        + "\n\n**双方的权利和义务**：" + oneLine(a.getRightsObligations());
  }

  /** The progress table of the execution (Markdown). */
  public String progressTable(Long executionId) {
    List<AgreementObligation> items = executions.obligationsOf(executionId);
    if (items.isEmpty()) {
      return "**进度跟踪表**：协议义务尚未分解";
    }
    LocalDate today = executions.agreements().today();
    StringBuilder md = new StringBuilder("**进度跟踪表**\n\n| 序号 | 协议义务 | 负责人 | 完成期限 | 进度 | 最近报告 |\n|---|---|---|---|---|---|");
    for (AgreementObligation o : items) {
      boolean late = !AgreementExecutions.DONE.equals(o.getStatus()) && o.getDueDate().isBefore(today);
      String last = executions.lastReport(o.getId()).map(AgreementExecutionContext::report).orElse("—");
      md.append("\n| ").append(o.getItemNo()).append(" | ").append(cell(o.getContent())).append(" | ")
          .append(o.getOwner()).append(" | ").append(o.getDueDate()).append(late ? " **已逾期**" : "").append(" | ")
          .append(AgreementExecutions.progress(o.getStatus())).append(' ').append(o.getPercentage()).append("% | ")
          .append(last).append(" |");
    }
    return md.toString();
  }

  private static String report(ObligationProgress r) {
    return r.getReportedAt().toString().substring(0, 10) + " " + r.getReportedBy()
        + (r.getNote() == null ? "" : "：" + cell(r.getNote()));
  }

  private String meetingsAndRisks(Long executionId) {
    StringBuilder md = new StringBuilder();
    List<AgreementMeeting> held = meetings.meetingsOf(executionId);
    md.append("**以往协调会议**");
    if (held.isEmpty()) {
      md.append("：尚无");
    }
    for (AgreementMeeting m : held.subList(0, Math.min(MEETINGS_SHOWN, held.size()))) {
      md.append("\n- ").append(m.getMeetingDate()).append("：").append(m.getDecisions() == null ? "（无会议决定）"
          : oneLine(m.getDecisions()));
    }
    List<AgreementRisk> risks = meetings.registerOf(executionId);
    md.append("\n\n**风险登记**");
    if (risks.isEmpty()) {
      md.append("：尚无登记的风险");
      return md.toString();
    }
    md.append("\n\n| 编号 | 风险 | 类别 | 等级 | 防控措施 | 负责人 | 状态 |\n|---|---|---|---|---|---|---|");
    for (AgreementRisk r : risks) {
      md.append("\n| ").append(r.getId()).append(" | ").append(cell(r.getDescription())).append(" | ")
          .append(CoordinationMeetings.CATEGORIES.getOrDefault(r.getCategory(), r.getCategory())).append(" | ")
          .append(CoordinationMeetings.LEVELS.getOrDefault(r.getLevel(), r.getLevel())).append(" | ")
          .append(cell(r.getMeasures())).append(" | ").append(r.getOwner()).append(" | ")
          .append(CoordinationMeetings.RISK_STATUSES.getOrDefault(r.getStatus(), r.getStatus())).append(" |");
    }
    return md.toString();
  }

  /** The open risks as rows of the form's risk list. */
  private String register(Long executionId) {
    ArrayNode rows = json.createArrayNode();
    for (AgreementRisk r : meetings.registerOf(executionId)) {
      if (AgreementRisk.OPEN.equals(r.getStatus())) {
        rows.addObject().put(AgreementMeetingForm.RISKS_RISK_ID, r.getId())
            .put(AgreementMeetingForm.RISKS_DESCRIPTION, r.getDescription())
            .put(AgreementMeetingForm.RISKS_CATEGORY, r.getCategory())
            .put(AgreementMeetingForm.RISKS_LIKELIHOOD, r.getLikelihood())
            .put(AgreementMeetingForm.RISKS_IMPACT, r.getImpact())
            .put(AgreementMeetingForm.RISKS_MEASURES, r.getMeasures())
            .put(AgreementMeetingForm.RISKS_RISK_OWNER, r.getOwner())
            .put(AgreementMeetingForm.RISKS_RISK_STATUS, r.getStatus());
      }
    }
    return rows.toString();
  }

  private static String cell(String s) {
    return oneLine(s).replace("|", "｜");
  }

  private static String oneLine(String s) {
    return s == null ? "—" : s.replace("\n", "；");
  }
}
