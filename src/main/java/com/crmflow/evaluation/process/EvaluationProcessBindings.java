package com.crmflow.evaluation.process;

import static com.crmflow.evaluation.process.EvaluationVariables.*;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.evaluation.domain.EvaluationProposal;
import com.crmflow.evaluation.domain.OwnerAssessment;
import com.crmflow.evaluation.domain.OwnerEvaluation;
import com.crmflow.evaluation.domain.OwnerFigures;
import com.crmflow.evaluation.domain.ProposalDecision;
import com.crmflow.evaluation.domain.Quarter;
import com.crmflow.evaluation.domain.QuarterlyEvaluations;
import com.crmflow.evaluation.process.form.OwnerEvaluationDecisionForm;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.InvalidFieldException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/owner-evaluation.bpmn}. Each is thin: the quarter comes
 * from the engine's clock (never from a variable), the decision form's lists from the evaluation's own rows, and
 * the submitted decisions go to {@link QuarterlyEvaluations#decide}, which refuses any proposal or owner that is
 * not this evaluation's.
 */
@Configuration
public class EvaluationProcessBindings {

  private final QuarterlyEvaluations evaluations;
  private final WorkingCalendar calendar;
  private final ObjectMapper json;

  public EvaluationProcessBindings(QuarterlyEvaluations evaluations, WorkingCalendar calendar, ObjectMapper json) {
    this.evaluations = evaluations;
    this.calendar = calendar;
    this.json = json;
  }

  /** 计算季度考核指标: the quarter that ended, its figures and proposals, bound to this instance. */
  @Bean
  public JavaDelegate computeOwnerEvaluation() {
    return execution -> {
      Quarter quarter = evaluations.lastEndedQuarter();
      OwnerEvaluation e = evaluations.compute(quarter);
      evaluations.attachProcess(e.getId(), execution.getProcessInstanceId());
      execution.setProcessBusinessKey("EVA-" + quarter);
      EVALUATION_ID.on(execution).set(e.getId());
      ANY_OWNER.on(execution).set(!OwnerEvaluation.EMPTY.equals(e.getStatus()));
    };
  }

  private OwnerEvaluation bound(DelegateExecution execution) {
    return evaluations.boundTo(idVariable(execution, EVALUATION_ID), execution.getProcessInstanceId());
  }

  /**
   * Create listener of 审定奖惩建议: the summary of the quarter (figures per owner) and the rows of the form's two
   * lists — one per proposal, one per owner — on the execution, where the submission lands too.
   */
  @Bean
  public TaskListener evaluationContext() {
    return task -> {
      OwnerEvaluation e = bound(task.getExecution());
      List<OwnerFigures> figures = evaluations.figuresOf(e.getId());
      List<EvaluationProposal> proposals = evaluations.proposalsOf(e.getId());
      Quarter q = Quarter.parse(e.getQuarter());
      StringBuilder md = new StringBuilder("**客户负责人季度考核 ").append(q.shown()).append("**（")
          .append(q.firstDay()).append(" 至 ").append(q.lastDay()).append("）\n\n")
          .append("| 客户负责人 | 满意度 | 初步响应及时率 | 结果反馈及时率 | 重新处理 | 客户满意结论 | 按时回访率 | 升级 | 新增A类 |\n")
          .append("|---|---|---|---|---|---|---|---|---|\n");
      ArrayNode owners = json.createArrayNode();
      for (OwnerFigures f : figures) {
        md.append("| ").append(f.getOwner()).append(" | ").append(summary(f).replace("；", " | ")).append(" |\n");
        owners.addObject().put(OwnerEvaluationDecisionForm.OWNERS_OWNER, f.getOwner())
            .put(OwnerEvaluationDecisionForm.OWNERS_FIGURES, summary(f));
      }
      md.append("\n奖惩建议 ").append(proposals.size()).append(" 条（决策表版本 ").append(e.getDecisionDefinitionId())
          .append("）");
      ArrayNode rows = json.createArrayNode();
      for (EvaluationProposal p : proposals) {
        rows.addObject().put(OwnerEvaluationDecisionForm.PROPOSALS_PROPOSAL_ID, p.getId())
            .put(OwnerEvaluationDecisionForm.PROPOSALS_OWNER, p.getOwner())
            .put(OwnerEvaluationDecisionForm.PROPOSALS_PROPOSAL,
                (EvaluationProposal.REWARD.equals(p.getKind()) ? "奖励建议：" : "惩罚审查：") + p.getReason());
      }
      task.getExecution().setVariable(PROPOSALS.getName(), SpinValues.jsonValue(rows.toString()).create());
      task.getExecution().setVariable(OWNERS.getName(), SpinValues.jsonValue(owners.toString()).create());
      CONTEXT.on(task).setLocal(md.toString());
    };
  }

  /** One owner's figures in one line (the context table and the form's owner list). */
  static String summary(OwnerFigures f) {
    return rate(f.getSatisfactionRate(), f.getSatisfiedSurveys(), f.getSurveys()) + "；"
        + rate(f.getResponseRate(), f.getResponsesMet(), f.getResponsesDecided()) + "；"
        + rate(f.getFeedbackRate(), f.getFeedbacksMet(), f.getFeedbacksDecided()) + "；"
        + f.getReopened() + "/" + f.getComplaints() + "；" + f.getSatisfiedVerdicts() + "/" + f.getVerdicts() + "；"
        + rate(f.getVisitRate(), f.getVisitsOnTime(), f.getVisitsDue()) + "；" + f.getUpgrades() + "；"
        + f.getNewACustomers();
  }

  private static String rate(BigDecimal rate, int numerator, int denominator) {
    return rate == null ? "—" : rate.stripTrailingZeros().toPlainString() + "%（" + numerator + "/" + denominator + "）";
  }

  /** Complete listener of 审定奖惩建议: the decision per proposal and each owner's attitude and teamwork. */
  @Bean
  public TaskListener evaluationDecided() {
    return task -> {
      FormData form = FormData.of(task);
      List<ProposalDecision> decisions = new ArrayList<>();
      for (JsonNode r : items(OwnerEvaluationDecisionForm.proposals(form))) {
        decisions.add(new ProposalDecision(number(r, OwnerEvaluationDecisionForm.PROPOSALS_PROPOSAL_ID,
            OwnerEvaluationDecisionForm.PROPOSALS), text(r, OwnerEvaluationDecisionForm.PROPOSALS_DECISION),
            text(r, OwnerEvaluationDecisionForm.PROPOSALS_REASON)));
      }
      List<OwnerAssessment> assessments = new ArrayList<>();
      for (JsonNode r : items(OwnerEvaluationDecisionForm.owners(form))) {
        assessments.add(new OwnerAssessment(text(r, OwnerEvaluationDecisionForm.OWNERS_OWNER),
            number(r, OwnerEvaluationDecisionForm.OWNERS_ATTITUDE, OwnerEvaluationDecisionForm.OWNERS),
            number(r, OwnerEvaluationDecisionForm.OWNERS_TEAMWORK, OwnerEvaluationDecisionForm.OWNERS)));
      }
      OwnerEvaluation e = bound(task.getExecution());
      evaluations.decide(e.getId(), decisions, assessments, actor(task));
    };
  }

  static List<JsonNode> items(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(list::add);
    }
    return list;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }

  static Long number(JsonNode node, String field, String list) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0) {
      return v.decimalValue().longValueExact();
    }
    try {
      return Long.valueOf(v.asText().trim());
    } catch (NumberFormatException ex) {
      throw new InvalidFieldException(list, "不是整数：" + v.asText());
    }
  }

  /** Due date of the decision task: {@code crm.evaluation.decision-due} working days from now. */
  @Bean
  public EvaluationModel evaluationModel() {
    return new EvaluationModel();
  }

  public class EvaluationModel {

    public Date decisionDue(DelegateExecution execution) {
      int days = Integer.parseInt(evaluations.settings().decisionDue().replaceAll("\\D", ""));
      return Date.from(calendar.plusWorkingDays(QuarterlyEvaluations.now().atZone(calendar.zone()), days)
          .toInstant());
    }
  }
}
