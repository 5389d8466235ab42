package com.crmflow.customer.credit;

import static com.crmflow.customer.credit.CreditVariables.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.Engine;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the user tasks of {@code credit-evaluation}: a read-only Markdown summary of the customer and
 * of the evaluation (the previous one, what finance decided) in the task-local variable {@code context}, shown at
 * the top of each form. Only the evaluation bound to this instance is shown.
 */
@Component("creditContext")
public class CreditContext implements TaskListener {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CreditEvaluations evaluations;
  private final ZoneId timeZone;

  public CreditContext(CreditEvaluations evaluations, ZoneId timeZone) {
    this.evaluations = evaluations;
    this.timeZone = timeZone;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = Engine.idVariable(task, EVALUATION_ID);
    if (id == null) {
      return;
    }
    CONTEXT.on(task).setLocal(summary(evaluations.boundTo(id, task.getProcessInstanceId()).getId()));
  }

  public String summary(Long evaluationId) {
    CreditEvaluation e = evaluations.get(evaluationId);
    Customer c = evaluations.customer(e.getCustomerId());
    StringBuilder md = new StringBuilder();
    md.append("**信用评估 ").append(e.getEvaluationNumber()).append("** · 客户：").append(c.getName())
        .append(" · 等级：").append(c.getGrade() == null ? "未评级" : c.getGrade())
        .append(" · 负责人：").append(c.getOwner() == null ? "未指定" : c.getOwner())
        .append("\n\n发起原因：").append(trigger(e.getTriggerKind()));
    if (e.getPreviousEvaluationId() != null) {
      CreditEvaluation prev = evaluations.get(e.getPreviousEvaluationId());
      md.append("\n\n上次评估：").append(prev.getEvaluationNumber()).append(" · ")
          .append(CreditRatings.label(prev.getRating())).append(" · 额度 ").append(amount(prev.getCreditLimit()))
          .append(" 元 · 有效期至 ").append(prev.getValidUntil());
    }
    if (e.getRating() != null) {
      md.append("\n\n**财务评估**：").append(CreditRatings.label(e.getRating())).append(" · 信用额度 ")
          .append(amount(e.getCreditLimit())).append(" 元 · 有效期至 ").append(e.getValidUntil())
          .append(" · ").append(e.getEvaluatedBy() == null ? "" : e.getEvaluatedBy()).append(" ")
          .append(e.getEvaluatedAt() == null ? "" : SHOWN.format(e.getEvaluatedAt().atZone(timeZone)))
          .append("\n\n评估依据：").append(e.getEvidence().replace("\n", "；"));
    }
    return md.toString();
  }

  static String trigger(String kind) {
    return switch (kind) {
      case CreditEvaluation.GRADING -> "客户等级调整为 A 级或 B 级";
      case CreditEvaluation.EXPIRY -> "上次评估有效期届满，重新评估";
      case CreditEvaluation.AGREEMENT -> "起草合作协议，客户没有有效的信用评估";
      default -> "申请信用评估";
    };
  }

  private static String amount(BigDecimal b) {
    return b == null ? "—" : b.toPlainString();
  }
}
