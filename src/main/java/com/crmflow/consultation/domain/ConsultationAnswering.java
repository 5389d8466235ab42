package com.crmflow.consultation.domain;

import static com.crmflow.consultation.domain.ConsultationCodes.*;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 答复咨询 (SPEC P5.5; 001 §4(2).1 "客服人员及时回复客户咨询，解答客户疑问"): the answer, how it was given and whether
 * the question is resolved; who answered is the person completing the task; whether the response time was kept. A
 * consultation with cooperation intent then becomes a lead (001 §4(2).2), recorded by {@link #recordLead}.
 */
@Service
@Transactional
public class ConsultationAnswering {

  /** The answer as given to the enquirer. */
  public record AnswerInput(
      @Label("答复内容") @NotBlank @Size(max = 4000) String answer,
      @Label("答复方式") @NotBlank @OneOf({PHONE, EMAIL, ONLINE}) String answerWay,
      @Label("问题已解决") @NotNull Boolean resolved) {}

  private final Consultations consultations;

  public ConsultationAnswering(Consultations consultations) {
    this.consultations = consultations;
  }

  /** Records the answer of {@code actor}; an answered consultation cannot be answered again. */
  public Consultation answer(Long id, AnswerInput in, String actor) {
    Inputs.valid(in);
    if (actor == null) {
      throw new BusinessRuleException("答复咨询需要登录的用户");
    }
    Consultation c = consultations.get(id);
    if (!Consultation.OPEN.equals(c.getStatus())) {
      throw new BusinessRuleException("咨询 " + c.getConsultationNumber() + " 已答复，不能再次答复");
    }
    Instant now = consultations.now();
    c.setAnswer(in.answer().trim());
    c.setAnswerWay(in.answerWay());
    c.setResolved(in.resolved());
    c.setAnsweredBy(actor);
    c.setAnsweredAt(now);
    c.setMet(!now.isAfter(c.getDueAt()));
    c.setStatus(Consultation.ANSWERED);
    consultations.journal(c, "ANSWERED", "通过" + label(CHANNELS, in.answerWay()) + "答复"
        + (in.resolved() ? "，问题已解决" : "，问题未解决") + (c.getMet() ? "（在答复时限内）"
        : "（超过答复时限 " + consultations.shown(c.getDueAt()) + "）"), actor);
    return c;
  }

  /** The cooperation intent became the lead {@code leadNumber} (new) or was linked to the customer's open lead. */
  public void recordLead(Long id, String leadNumber, boolean created, String actor) {
    Consultation c = consultations.get(id);
    if (!Boolean.TRUE.equals(c.getCooperationIntent())) {
      throw new BusinessRuleException("咨询 " + c.getConsultationNumber() + " 没有合作意向，不转为销售线索");
    }
    c.setLeadNumber(leadNumber);
    consultations.journal(c, "LEAD", created ? "合作意向已转为销售线索 " + leadNumber + "（客户开发）"
        : "客户已有跟进中的销售线索 " + leadNumber + "，咨询已关联到该线索", actor);
  }
}
