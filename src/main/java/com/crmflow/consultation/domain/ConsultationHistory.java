package com.crmflow.consultation.domain;

import static com.crmflow.consultation.domain.ConsultationCodes.*;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's consultations as part of its archive ({@link CustomerHistorySource} {@code consultations}) and
 * its communication log (kind {@code consultation}, 咨询): number, channel, status, whether answered in time, the lead
 * it became — without the question's text or the enquirer's contact (read through {@code GET /api/consultations/{id}},
 * which has its own access check).
 */
@Component
public class ConsultationHistory implements CustomerHistorySource {

  public record ConsultationEntry(String consultationNumber, String channel, String channelLabel, String status,
      String statusLabel, boolean cooperationIntent, Instant receivedAt, Instant dueAt, Instant answeredAt,
      String answeredBy, Boolean met, Boolean resolved, String leadNumber) {}

  private final ConsultationRepository consultations;

  public ConsultationHistory(ConsultationRepository consultations) {
    this.consultations = consultations;
  }

  @Override
  public String key() {
    return "consultations";
  }

  @Override
  @Transactional(readOnly = true)
  public List<ConsultationEntry> entries(Long customerId) {
    return consultations.findByCustomerIdOrderByIdDesc(customerId).stream().map(c -> new ConsultationEntry(
        c.getConsultationNumber(), c.getChannel(), label(CHANNELS, c.getChannel()), c.getStatus(),
        label(STATUSES, c.getStatus()), Boolean.TRUE.equals(c.getCooperationIntent()), c.getReceivedAt(), c.getDueAt(),
        c.getAnsweredAt(), c.getAnsweredBy(), c.getMet(), c.getResolved(), c.getLeadNumber())).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Communication> communications(Long customerId) {
    return consultations.findByCustomerIdOrderByIdDesc(customerId).stream().map(c -> new Communication(
        c.getReceivedAt(), "consultation", "咨询", label(CHANNELS, c.getChannel()), summary(c),
        c.getAnsweredBy() != null ? c.getAnsweredBy() : c.getReceivedBy(), c.getConsultationNumber())).toList();
  }

  private static String summary(Consultation c) {
    StringBuilder s = new StringBuilder("客户咨询");
    if (Consultation.ANSWERED.equals(c.getStatus())) {
      s.append("，已通过").append(label(CHANNELS, c.getAnswerWay())).append("答复")
          .append(Boolean.TRUE.equals(c.getResolved()) ? "（问题已解决）" : "（问题未解决）");
      if (Boolean.FALSE.equals(c.getMet())) {
        s.append("，超过答复时限");
      }
    } else {
      s.append("，待答复");
    }
    if (c.getLeadNumber() != null) {
      s.append("；有合作意向，转入销售线索 ").append(c.getLeadNumber());
    }
    return s.toString();
  }
}
