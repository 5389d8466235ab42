package com.crmflow.survey.domain;

import static com.crmflow.survey.domain.SurveyCodes.TRIGGERS;
import static com.crmflow.survey.domain.SurveyCodes.WAYS;
import static com.crmflow.survey.domain.SurveyCodes.label;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's satisfaction surveys in its archive ({@code history.surveys} of {@code GET /api/customers/{id}})
 * and on its communication timeline (kind {@code survey}, 满意度调查): the owner sees each survey, its scores and
 * a low score's improvement task with its outcome.
 */
@Component
@Transactional(readOnly = true)
public class SurveyHistory implements CustomerHistorySource {

  private final SatisfactionSurveys surveys;

  public SurveyHistory(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  /** One survey as the archive shows it. */
  public record SurveyEntry(String surveyNumber, String trigger, String triggerName, String sourceRef, String status,
      String owner, Instant createdAt, String way, Integer quality, Integer timeliness, Integer attitude,
      Integer professionalism, Integer overall, boolean overallFromSource, String surveyedBy, Instant surveyedAt,
      boolean lowScore, Instant improvementDueAt, String improvementOutcome, String improvedBy, Instant improvedAt) {}

  @Override
  public String key() {
    return "surveys";
  }

  @Override
  public List<SurveyEntry> entries(Long customerId) {
    return surveys.surveysOf(customerId).stream().map(SurveyHistory::entry).toList();
  }

  static SurveyEntry entry(SatisfactionSurvey s) {
    return new SurveyEntry(s.getSurveyNumber(), s.getTriggerKind(), label(TRIGGERS, s.getTriggerKind()),
        s.getSourceRef(), s.getStatus(), s.getOwner(), s.getCreatedAt(), s.getWay(), s.getQualityScore(),
        s.getTimelinessScore(), s.getAttitudeScore(), s.getProfessionalismScore(), s.getOverallScore(),
        s.getSourceScore() != null, s.getSurveyedBy(), s.getSurveyedAt(), s.isLowScore(), s.getImprovementDueAt(),
        s.getImprovementOutcome(), s.getImprovedBy(), s.getImprovedAt());
  }

  /** Each recorded survey, and each improvement task done, as a contact on the customer's timeline. */
  @Override
  public List<Communication> communications(Long customerId) {
    return surveys.surveysOf(customerId).stream().filter(s -> SatisfactionSurvey.DONE.equals(s.getStatus()))
        .map(SurveyHistory::communication).toList();
  }

  static Communication communication(SatisfactionSurvey s) {
    StringBuilder summary = new StringBuilder(label(TRIGGERS, s.getTriggerKind())).append("：总体 ")
        .append(s.getOverallScore()).append("/5，质量 ").append(s.getQualityScore()).append("，及时性 ")
        .append(s.getTimelinessScore()).append("，服务态度 ").append(s.getAttitudeScore()).append("，专业能力 ")
        .append(s.getProfessionalismScore());
    if (s.isLowScore()) {
      summary.append("；低分，改进任务")
          .append(s.getImprovementOutcome() == null ? "办理中"
              : "：" + SatisfactionSurveys.outcomeLabel(s.getImprovementOutcome()));
    }
    return new Communication(s.getSurveyedAt(), "survey", "满意度调查", label(WAYS, s.getWay()), summary.toString(),
        s.getSurveyedBy(), s.getSurveyNumber());
  }
}
