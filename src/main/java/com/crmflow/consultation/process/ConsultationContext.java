package com.crmflow.consultation.process;

import static com.crmflow.consultation.domain.ConsultationCodes.*;

import com.crmflow.consultation.domain.Consultation;
import com.crmflow.consultation.domain.ConsultationEvent;
import com.crmflow.consultation.domain.Consultations;
import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.Engine;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task of {@code customer-consultation}: a read-only Markdown summary of the
 * consultation (who asks, the question, the response time, the journal) in the task-local variable {@code context}.
 * The enquirer's contact is personal data and never goes into a process variable: the summary shows it masked and
 * says where the full contact is read ({@code GET /api/consultations/{number}}, encrypted at rest).
 */
@Component("consultationContext")
public class ConsultationContext implements TaskListener {

  private static final int JOURNAL_LINES = 6;

  private final Consultations consultations;

  public ConsultationContext(Consultations consultations) {
    this.consultations = consultations;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = Engine.idVariable(task, ConsultationVariables.CONSULTATION_ID);
    if (id != null) {
      // only the consultation bound to this instance is shown, never one a rewritten id points at
      ConsultationVariables.CONTEXT.on(task).setLocal(summary(consultations.boundTo(id, task.getProcessInstanceId())));
    }
  }

  public String summary(Consultation c) {
    StringBuilder md = new StringBuilder();
    md.append("**咨询 ").append(c.getConsultationNumber()).append("** · ");
    Customer customer = consultations.customer(c).orElse(null);
    if (customer != null) {
      md.append("客户：").append(customer.getName()).append(customer.getGrade() == null ? "" : "（" + customer.getGrade() + " 级）");
    } else {
      md.append("咨询人公司：").append(c.getCompanyName()).append("（不在客户档案中）");
    }
    md.append(" · 咨询方式：").append(label(CHANNELS, c.getChannel())).append(" · 状态：")
        .append(label(STATUSES, c.getStatus()));
    md.append("\n\n受理：").append(consultations.shown(c.getReceivedAt())).append("（").append(c.getReceivedBy())
        .append("） · **答复时限：").append(consultations.shown(c.getDueAt())).append("**");
    if (c.getSeniorEscalatedAt() != null) {
      md.append(" · **严重超时，已升级高层管理团队**");
    } else if (c.getEscalatedAt() != null) {
      md.append(" · **已超时，已升级客户服务经理**");
    } else if (c.getWarnedAt() != null) {
      md.append(" · 即将到期");
    }
    if (c.getContactName() != null || c.getContactPhone() != null || c.getContactEmail() != null) {
      md.append("\n\n联系人：").append(maskName(c.getContactName())).append(" · 电话：").append(maskPhone(c.getContactPhone()))
          .append(" · 邮箱：").append(maskEmail(c.getContactEmail()))
          .append("（完整联系方式见咨询记录 /api/consultations/").append(c.getConsultationNumber()).append("）");
    }
    if (Boolean.TRUE.equals(c.getCooperationIntent())) {
      md.append("\n\n**咨询人有合作意向**：答复后转为客户开发的销售线索");
    }
    md.append("\n\n> ").append(c.getQuestion().replace("\n", "\n> "));
    if (c.getAnswer() != null) {
      md.append("\n\n答复（").append(c.getAnsweredBy()).append("，").append(label(CHANNELS, c.getAnswerWay())).append("）：")
          .append(Consultations.oneLine(c.getAnswer(), 300));
    }
    List<ConsultationEvent> journal = consultations.journalOf(c.getId());
    if (!journal.isEmpty()) {
      md.append("\n\n**办理记录**");
      journal.stream().skip(Math.max(0, journal.size() - JOURNAL_LINES)).forEach(e -> md.append("\n- ")
          .append(consultations.shown(e.getCreatedAt())).append(" ").append(e.getNote()));
    }
    return md.toString();
  }

  static String maskName(String name) {
    return name == null ? "—" : name.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append) + "**";
  }

  static String maskPhone(String phone) {
    if (phone == null) {
      return "—";
    }
    String digits = phone.replaceAll("[^0-9]", "");
    return "尾号 " + digits.substring(Math.max(0, digits.length() - 4));
  }

  static String maskEmail(String email) {
    if (email == null) {
      return "—";
    }
    int at = email.indexOf('@');
    return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
  }
}
