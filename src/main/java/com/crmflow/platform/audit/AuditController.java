package com.crmflow.platform.audit;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.platform.audit.AuditLog.Entry;
import com.crmflow.platform.audit.AuditLog.Filter;
import com.crmflow.platform.audit.AuditLog.Verification;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.web.Paging;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors: {@code supervisor} (监督部门) and {@code camunda-admin}; everyone else 403. */
@RestController
@PreAuthorize("hasAnyAuthority('GROUP_supervisor', 'GROUP_camunda-admin')")
@DeniedMessage("审计日志仅供监督部门（supervisor）和系统管理员查看")
@RequestMapping("/api/audit")
public class AuditController {

  static final int MAX_SIZE = 200;

  private final AuditLog audit;

  private final ZoneId timeZone;

  public AuditController(AuditLog audit, ZoneId timeZone) {
    this.timeZone = timeZone;
    this.audit = audit;
  }

  public record AuditPage(List<Entry> items, int page, int size, long total) {}

  /**
   * Entries, newest first. {@code from}/{@code to}: a date (inclusive, Beijing time) or an ISO instant
   * ({@code to} exclusive).
   */
  @GetMapping
  public AuditPage list(@RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size, MAX_SIZE);
    Instant start = instant("from", from, false);
    Instant end = instant("to", to, true);
    if (start != null && end != null && start.isAfter(end)) {
      throw new InvalidFieldException("from", "不能晚于 to");
    }
    Filter f = new Filter(blankToNull(entityType), blankToNull(entityId), blankToNull(actor), start, end);
    return new AuditPage(audit.query(f, page, size), page, size, audit.count(f));
  }

  /** Recomputes the hash chain: {@code valid} false names the first entry that was changed, removed or inserted. */
  @GetMapping("/verification")
  public Verification verify() {
    return audit.verify();
  }


  private Instant instant(String name, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      if (v.length() == 10) {
        LocalDate d = LocalDate.parse(v);
        return (endOfDay ? d.plusDays(1) : d).atStartOfDay(timeZone).toInstant();
      }
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(name, "不是有效的日期（2026-11-01）或时间（2026-11-01T08:00:00Z）：" + v);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
