package com.crmflow.platform.notification;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.platform.notification.MailOutbox.Entry;
import com.crmflow.platform.notification.MailOutbox.Status;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.web.Paging;
import com.crmflow.platform.process.NotFoundException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail outbox for those who look after delivery (客户服务经理, 系统管理员): list messages by status — bodies
 * are not shown — and send a FAILED one again.
 */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyAuthority('GROUP_cs-manager', 'GROUP_camunda-admin')")
@DeniedMessage("只有客户服务经理和系统管理员可以查看和重发邮件通知")
public class NotificationController {

  static final int MAX_PAGE_SIZE = 200;

  private final MailOutbox outbox;
  private final Clock clock;

  public NotificationController(MailOutbox outbox, Clock clock) {
    this.clock = clock;
    this.outbox = outbox;
  }

  /** One page, newest first. */
  public record NotificationPage(List<Entry> items, int page, int size, long total) {}

  @GetMapping
  public NotificationPage list(@RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Status s = status(status);
    Paging.check(page, size, MAX_PAGE_SIZE);
    return new NotificationPage(outbox.list(s, page * size, size), page, size, outbox.count(s));
  }

  /** FAILED → PENDING with fresh attempts; the sender picks it up on its next run. */
  @PostMapping("/{id}/retry")
  public Entry retry(@PathVariable long id) {
    Entry entry = outbox.find(id).orElseThrow(() -> new NotFoundException("找不到邮件通知 " + id));
    if (entry.status() != Status.FAILED) {
      throw new BusinessRuleException("只有发送失败（FAILED）的邮件可以重新发送，邮件 " + id + " 的状态是 " + entry.status());
    }
    if (!outbox.retry(id, clock.instant())) {
      throw new BusinessRuleException("邮件 " + id + " 已不是发送失败状态，请刷新后再试");
    }
    return outbox.find(id).orElseThrow();
  }

  private static Status status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("status", "必须是 " + Arrays.toString(Status.values()) + " 之一");
    }
  }

}
