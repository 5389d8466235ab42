package com.crmflow.care.api;

import static com.crmflow.care.domain.CareCodes.CHANNELS;
import static com.crmflow.care.domain.CareCodes.REPLIES;
import static com.crmflow.care.domain.CareCodes.STATUSES;
import static com.crmflow.care.domain.CareCodes.label;

import com.crmflow.care.domain.CareActivities;
import com.crmflow.care.domain.CareActivities.PlanInput;
import com.crmflow.care.domain.CareActivity;
import com.crmflow.care.process.CareStarts;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.platform.identity.Organization;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.security.CurrentUser;
import com.crmflow.platform.web.DeniedMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer care activities (SPEC P8): account managers and crm-dept plan an activity (the plan, its target
 * customers and its {@code care-activity} process in one transaction) and read it. An activity is read by its
 * organizer, the organizer's team leads and those who see every customer (crm-dept, senior-management,
 * supervisor); everyone else gets 404, as if it did not exist. The steps are worked in Tasklist.
 */
@RestController
@RequestMapping("/api/care-activities")
public class CareActivityController {

  static final Pattern NUMBER = Pattern.compile("^CARE-\\d{4}-\\d{6}$");

  private final CareStarts starts;
  private final CareActivities activities;
  private final CurrentUser currentUser;
  private final Organization organization;

  public CareActivityController(CareStarts starts, CareActivities activities, CurrentUser currentUser,
      Organization organization) {
    this.starts = starts;
    this.activities = activities;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  /** The plan as JSON; the rules of each field are {@link PlanInput}'s ({@code plannedOn}: yyyy-MM-dd). */
  public record CarePlanRequest(String kind, String title, String plannedOn, String place, String content,
      BigDecimal budget, String targetMode, List<String> grades, List<Long> customerIds) {}

  public record CareCreated(Long id, String activityNumber, String kind, String status, LocalDate plannedOn,
      int targets) {}

  @PreAuthorize("hasAnyAuthority('GROUP_account-manager', 'GROUP_crm-dept', 'GROUP_camunda-admin')")
  @DeniedMessage("只有客户经理和客户关系管理部门可以发起客户关怀活动")
  @PostMapping
  public ResponseEntity<CareCreated> create(@RequestBody CarePlanRequest r) {
    CareActivity a = starts.start(new PlanInput(r.kind(), r.title(), date(r.plannedOn()), r.place(), r.content(),
        r.budget(), r.targetMode(), r.grades(), r.customerIds()), currentUser.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(new CareCreated(a.getId(), a.getActivityNumber(),
        a.getKind(), a.getStatus(), a.getPlannedOn(), activities.targets(a.getId()).size()));
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("plannedOn", "不是有效的日期（yyyy-MM-dd）：" + s);
    }
  }

  public record TargetView(Long customerId, String reply, String replyLabel, Boolean attended, Boolean greeted,
      String greetingChannel) {}

  public record ImprovementView(Long id, String item, String owner, LocalDate dueOn, String result, String doneBy,
      Instant doneAt) {}

  public record CareView(Long id, String activityNumber, String kind, String kindLabel, String title,
      LocalDate plannedOn, String place, String content, BigDecimal budget, String targetMode, String targetGrades,
      String status, String statusLabel, String organizer, Instant createdAt, String executionNotes, Integer score,
      String summary, String evaluation, List<TargetView> targets, List<ImprovementView> improvements) {}

  /** One activity by its id or number (CARE-2026-000001). */
  @GetMapping("/{ref}")
  @Transactional(readOnly = true)
  public CareView get(@PathVariable String ref) {
    CareActivity a = find(ref);
    String me = currentUser.id();
    boolean reads = me != null && (me.equals(a.getOrganizer()) || organization.leads(me, a.getOrganizer())
        || currentUser.inAnyOf(CustomerAccess.SEE_ALL));
    if (!reads) {
      throw new NotFoundException("找不到关怀活动 " + ref);
    }
    return new CareView(a.getId(), a.getActivityNumber(), a.getKind(), CareActivities.kindLabel(a.getKind()),
        a.getTitle(), a.getPlannedOn(), a.getPlace(), a.getContent(), a.getBudget(), a.getTargetMode(),
        a.getTargetGrades(), a.getStatus(), label(STATUSES, a.getStatus()), a.getOrganizer(), a.getCreatedAt(),
        a.getExecutionNotes(), a.getScore(), a.getSummary(), a.getEvaluation(),
        activities.targets(a.getId()).stream().map(t -> new TargetView(t.getCustomerId(), t.getReply(),
            label(REPLIES, t.getReply()), t.getAttended(), t.getGreeted(), label(CHANNELS, t.getGreetingChannel())))
            .toList(),
        activities.improvements(a.getId()).stream().map(x -> new ImprovementView(x.getId(), x.getItem(), x.getOwner(),
            x.getDueOn(), x.getResult(), x.getDoneBy(), x.getDoneAt())).toList());
  }

  private CareActivity find(String ref) {
    if (NUMBER.matcher(ref).matches()) {
      return activities.byNumber(ref).orElseThrow(() -> new NotFoundException("找不到关怀活动 " + ref));
    }
    try {
      return activities.find(Long.valueOf(ref)).orElseThrow(() -> new NotFoundException("找不到关怀活动 " + ref));
    } catch (NumberFormatException e) {
      throw new NotFoundException("找不到关怀活动 " + ref);
    }
  }
}
