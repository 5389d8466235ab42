package com.crmflow.agreement.api;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementExecution;
import com.crmflow.agreement.domain.AgreementExecutions;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.agreement.domain.CoordinationMeetings;
import com.crmflow.platform.process.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The execution of an agreement (SPEC P6.4): its progress table (合作项目进度跟踪表: every obligation with owner, due
 * date, progress and last report), its coordination meetings and its risk register. Shown to whoever may see the
 * agreement ({@link AgreementVisibility}: legal, the customer's viewers, the drafter); everyone else gets 404.
 */
@RestController
@RequestMapping("/api/agreements")
public class AgreementExecutionController {

  private final Agreements agreements;
  private final AgreementExecutions executions;
  private final CoordinationMeetings meetings;
  private final AgreementVisibility visibility;

  public AgreementExecutionController(Agreements agreements, AgreementExecutions executions,
      CoordinationMeetings meetings, AgreementVisibility visibility) {
    this.agreements = agreements;
    this.executions = executions;
    this.meetings = meetings;
    this.visibility = visibility;
  }

  public record ReportView(String progress, String progressLabel, int percentage, String note, String reportedBy,
      Instant reportedAt) {}

  public record ObligationView(int itemNo, String content, String owner, LocalDate dueDate, String clause,
      String progress, String progressLabel, int percentage, boolean overdue, int overdueLevel, ReportView lastReport) {}

  public record MeetingView(LocalDate meetingDate, String attendees, String minutes, String decisions,
      String recordedBy, Instant recordedAt) {}

  public record RiskView(Long riskId, String description, String category, String categoryLabel, String likelihood,
      String impact, String level, String levelLabel, String measures, String owner, String status,
      String statusLabel) {}

  public record ExecutionView(String agreementNumber, String status, String owner, Instant startedAt,
      Instant endedAt, String endReason, List<ObligationView> obligations, List<MeetingView> meetings,
      List<RiskView> risks) {}

  @GetMapping("/{number}/execution")
  @Transactional(readOnly = true)
  public ExecutionView execution(@PathVariable String number) {
    Agreement a = visibility.visible(number);
    AgreementExecution e = executions.ofAgreement(a.getId())
        .orElseThrow(() -> new NotFoundException("合作协议 " + number + " 尚未生效，没有协议执行"));
    LocalDate today = agreements.today();
    List<ObligationView> items = executions.obligationsOf(e.getId()).stream().map(o -> new ObligationView(
        o.getItemNo(), o.getContent(), o.getOwner(), o.getDueDate(), o.getClause(), o.getStatus(),
        AgreementExecutions.progress(o.getStatus()), o.getPercentage(),
        !AgreementExecutions.DONE.equals(o.getStatus()) && o.getDueDate().isBefore(today), o.getOverdueLevel(),
        executions.lastReport(o.getId()).map(r -> new ReportView(r.getStatus(),
            AgreementExecutions.progress(r.getStatus()), r.getPercentage(), r.getNote(), r.getReportedBy(),
            r.getReportedAt())).orElse(null))).toList();
    List<MeetingView> held = meetings.meetingsOf(e.getId()).stream().map(m -> new MeetingView(m.getMeetingDate(),
        m.getAttendees(), m.getMinutes(), m.getDecisions(), m.getRecordedBy(), m.getRecordedAt())).toList();
    List<RiskView> risks = meetings.registerOf(e.getId()).stream().map(r -> new RiskView(r.getId(),
        r.getDescription(), r.getCategory(), CoordinationMeetings.CATEGORIES.get(r.getCategory()), r.getLikelihood(),
        r.getImpact(), r.getLevel(), CoordinationMeetings.LEVELS.get(r.getLevel()), r.getMeasures(), r.getOwner(),
        r.getStatus(), CoordinationMeetings.RISK_STATUSES.get(r.getStatus()))).toList();
    return new ExecutionView(a.getAgreementNumber(), e.getStatus(), executions.owner(a), e.getStartedAt(),
        e.getEndedAt(), e.getEndReason(), items, held, risks);
  }
}
