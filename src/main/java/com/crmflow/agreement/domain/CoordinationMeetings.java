package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协调会议与风险防控 (SPEC P6.4; 001 §7(2).2 and .3): every {@code crm.agreement.meeting-cycle} (default monthly) the
 * agreement's owner records the coordination meeting — date, attendees, minutes, decisions — and reviews the risk
 * register: each risk identified (description, category), assessed (likelihood × impact → level by the risk matrix),
 * with its measures, owner and status. The register persists across meetings: a submitted row with a risk number
 * updates that risk of this agreement, a row without one adds a risk.
 */
@Service
@Transactional
public class CoordinationMeetings {

  public static final String FIELD_RISKS = "risks";
  public static final int MAX_RISKS = 50;
  public static final Map<String, String> CATEGORIES = Map.of("market", "市场风险", "policy", "政策风险", "credit",
      "信用风险", "performance", "履约风险", "legal", "法律风险", "other", "其他风险");
  public static final Map<String, String> LEVELS = Map.of("low", "低", "medium", "中", "high", "高");
  public static final Map<String, String> RISK_STATUSES = Map.of(AgreementRisk.OPEN, "未关闭", AgreementRisk.CLOSED,
      "已关闭");

  /** The meeting's record. */
  public record MeetingInput(
      @Label("会议日期") @NotNull LocalDate meetingDate,
      @Label("参会人员") @NotBlank @Size(max = 1000) String attendees,
      @Label("会议纪要") @NotBlank @Size(max = 4000) String minutes,
      @Label("会议决定") @Size(max = 2000) String decisions,
      @Label("风险登记") @Size(max = MAX_RISKS) List<@Valid RiskInput> risks) {}

  /** One row of the risk register; {@code riskId} null adds a risk. */
  public record RiskInput(
      @Label("风险编号") Long riskId,
      @Label("风险描述") @NotBlank @Size(max = 1000) String description,
      @Label("风险类别") @NotBlank @OneOf({"market", "policy", "credit", "performance", "legal", "other"}) String category,
      @Label("发生可能性") @NotBlank @OneOf({"low", "medium", "high"}) String likelihood,
      @Label("影响程度") @NotBlank @OneOf({"low", "medium", "high"}) String impact,
      @Label("防控措施") @NotBlank @Size(max = 2000) String measures,
      @Label("风险负责人") @NotBlank @Size(max = 64) String riskOwner,
      @Label("风险状态") @NotBlank @OneOf({AgreementRisk.OPEN, AgreementRisk.CLOSED}) String riskStatus) {}

  private final AgreementExecutions executions;
  private final AgreementMeetingRepository meetings;
  private final AgreementRiskRepository risks;
  private final RiskLevels riskLevels;
  private final GroupMembership groups;
  private final AgreementExecutionSettings settings;

  public CoordinationMeetings(AgreementExecutions executions, AgreementMeetingRepository meetings,
      AgreementRiskRepository risks, RiskLevels riskLevels, GroupMembership groups,
      AgreementExecutionSettings settings) {
    this.executions = executions;
    this.meetings = meetings;
    this.risks = risks;
    this.riskLevels = riskLevels;
    this.groups = groups;
    this.settings = settings;
  }

  @Transactional(readOnly = true)
  public List<AgreementRisk> registerOf(Long executionId) {
    return risks.findByExecutionIdOrderById(executionId);
  }

  @Transactional(readOnly = true)
  public List<AgreementMeeting> meetingsOf(Long executionId) {
    return meetings.findByExecutionIdOrderByMeetingDateDescIdDesc(executionId);
  }

  /** Records the meeting and the reviewed risk register in one go: all of it or nothing. */
  public AgreementMeeting record(Long executionId, MeetingInput in, String actor) {
    Inputs.valid(in);
    AgreementExecution e = executions.get(executionId);
    Agreement a = executions.agreementOf(e);
    AgreementExecutions.requireRunning(e, a, "记录协调会议");
    executions.requireOwner(e, actor, "协调会议");
    LocalDate today = executions.agreements().today();
    if (in.meetingDate().isAfter(today)) {
      throw new InvalidFieldException("meetingDate", "会议日期（" + in.meetingDate() + "）不能晚于今天（" + today + "）");
    }
    List<RiskInput> rows = in.risks() == null ? List.of() : in.risks();
    // every rule first, so that a refused row leaves nothing written
    Set<Long> seen = new HashSet<>();
    int n = 1;
    for (RiskInput r : rows) {
      String name = "第 " + n + " 项风险";
      if (r.riskId() != null) {
        AgreementRisk existing = risks.findById(r.riskId()).orElse(null);
        if (existing == null || !existing.getExecutionId().equals(executionId)) {
          throw new InvalidFieldException(FIELD_RISKS, name + "的风险编号 " + r.riskId() + " 不在合作协议 "
              + a.getAgreementNumber() + " 的风险登记中");
        }
        if (!seen.add(r.riskId())) {
          throw new InvalidFieldException(FIELD_RISKS, name + "的风险编号 " + r.riskId() + " 重复");
        }
      }
      if (!groups.isMemberOfAny(r.riskOwner(), settings.obligationOwnerGroups())) {
        throw new InvalidFieldException(FIELD_RISKS, name + "的风险负责人「" + r.riskOwner() + "」不是可以负责协议执行的人员");
      }
      n++;
    }
    AgreementMeeting m = new AgreementMeeting();
    m.setExecutionId(executionId);
    m.setMeetingDate(in.meetingDate());
    m.setAttendees(trim(in.attendees()));
    m.setMinutes(trim(in.minutes()));
    m.setDecisions(trim(in.decisions()));
    m.setRecordedBy(actor);
    m.setRecordedAt(executions.agreements().now());
    meetings.saveAndFlush(m);
    int added = 0;
    int closed = 0;
    for (RiskInput r : rows) {
      AgreementRisk risk = r.riskId() == null ? new AgreementRisk() : risks.findById(r.riskId()).orElseThrow();
      if (r.riskId() == null) {
        risk.setExecutionId(executionId);
        risk.setIdentifiedInMeetingId(m.getId());
        added++;
      }
      risk.setDescription(trim(r.description()));
      risk.setCategory(r.category());
      risk.setLikelihood(r.likelihood());
      risk.setImpact(r.impact());
      risk.setLevel(riskLevels.level(r.likelihood(), r.impact()));
      risk.setMeasures(trim(r.measures()));
      risk.setOwner(r.riskOwner().trim());
      if (AgreementRisk.CLOSED.equals(r.riskStatus()) && !AgreementRisk.CLOSED.equals(risk.getStatus())) {
        risk.setClosedAt(m.getRecordedAt());
        closed++;
      } else if (AgreementRisk.OPEN.equals(r.riskStatus())) {
        risk.setClosedAt(null);
      }
      risk.setStatus(r.riskStatus());
      risk.setReviewedInMeetingId(m.getId());
      risks.save(risk);
    }
    executions.agreements().journal(a, "MEETING_RECORDED", "协调会议（" + in.meetingDate() + "）已记录；风险登记："
        + rows.size() + " 项已审查，新增 " + added + " 项，关闭 " + closed + " 项", actor);
    return m;
  }
}
