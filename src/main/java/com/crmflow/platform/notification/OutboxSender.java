package com.crmflow.platform.notification;

import com.crmflow.platform.notification.MailOutbox.Claimed;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: every {@code crm.mail.send-interval} it takes the due PENDING messages and sends each
 * that this node manages to claim (see {@link MailOutbox#claim}), so any number of application nodes can run it.
 * A failed attempt is retried with exponential backoff ({@code crm.mail.backoff}); after
 * {@code crm.mail.max-attempts} — or at once when the message itself is unusable, e.g. a malformed address — the
 * message is FAILED and logged as a warning. Failures are never thrown: the outbox records them
 * ({@code GET /api/notifications?status=FAILED}).
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final NotificationProperties properties;
  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final String node;
  private final Clock clock;

  public OutboxSender(NotificationProperties properties, MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender,
      Clock clock) {
    this.clock = clock;
    this.properties = properties;
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.node = nodeName();
  }

  @Scheduled(fixedDelayString = "${crm.mail.send-interval:PT10S}", initialDelayString = "${crm.mail.send-interval:PT10S}")
  public void run() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      LOG.warn("Mail outbox run failed, trying again in {}: {}", properties.sendInterval(), e.toString());
    }
  }

  /** One run now. Returns the number of messages sent. */
  public int sendDue() {
    return sendDue(clock.instant());
  }

  /** One run as if it were {@code now} (tests step over the backoff with it). */
  public int sendDue(Instant now) {
    if (!properties.enabled()) {
      return 0;
    }
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      LOG.warn("crm.mail.enabled is true, but there is no mail server configured (spring.mail.host): nothing sent");
      return 0;
    }
    Instant staleBefore = now.minus(properties.claimTimeout());
    int sent = 0;
    List<Long> due = outbox.due(now, staleBefore, properties.batchSize());
    for (int i = 0; i < due.size(); i++) {
      long id = due.get(i);
      Optional<Claimed> claimed = outbox.claim(id, node, now, staleBefore);
      if (claimed.isEmpty()) {
        continue; // another node took it
      }
      Claimed message = claimed.get();
      try {
        sender.send(mime -> {
          MimeMessageHelper mail = new MimeMessageHelper(mime, false, "UTF-8");
          mail.setFrom(properties.from(), properties.fromName());
          mail.setTo(message.recipient());
          mail.setSubject(message.subject());
          mail.setText(message.body(), false);
        });
        outbox.markSent(id, node, now);
        sent++;
      } catch (RuntimeException e) {
        failed(message, e, now);
        if (serverUnavailable(e)) {
          if (i + 1 < due.size()) {
            LOG.info("Mail server unavailable: {} other due message(s) wait for the next run", due.size() - i - 1);
          }
          break;
        }
      }
    }
    return sent;
  }

  private void failed(Claimed message, RuntimeException e, Instant now) {
    int attempts = message.attempts() + 1;
    String error = describe(e);
    // an address is personal data (complaint contacts): logs show it masked, the outbox row keeps it for retries
    String to = masked(message.recipient());
    String logged = message.recipient() == null ? error : error.replace(message.recipient(), to);
    boolean unusable = e instanceof MailParseException || e instanceof MailPreparationException;
    if (unusable || attempts >= properties.maxAttempts()) {
      outbox.markFailed(message.id(), node, attempts, error);
      LOG.warn("Mail {} to {} FAILED after {} attempt(s), no more retries (retry via POST /api/notifications/{}/retry): {}",
          message.id(), to, attempts, message.id(), logged);
    } else {
      Instant next = now.plus(properties.backoff().delayAfter(attempts));
      outbox.markRetry(message.id(), node, attempts, error, next);
      LOG.info("Mail {} to {}: attempt {} of {} failed, next attempt at {}: {}", message.id(), to,
          attempts, properties.maxAttempts(), next, logged);
    }
  }

  /** {@code zhangwei@example.com} → {@code z***@example.com}. */
  static String masked(String address) {
    if (address == null) {
      return null;
    }
    int at = address.indexOf('@');
    return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
  }

  /** The server cannot be reached or refuses us: every further message of this run would fail the same way. */
  static boolean serverUnavailable(Throwable e) {
    if (e instanceof MailAuthenticationException) {
      return true;
    }
    if (e instanceof MailSendException s && s.getMessage() != null
        && s.getMessage().startsWith("Mail server connection failed")) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.SocketException || t instanceof UnknownHostException
          || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The exception and its causes, one line each, without stack traces. */
  static String describe(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null && s.length() < MailOutbox.MAX_ERROR_LENGTH; t = t.getCause()) {
      if (!s.isEmpty()) {
        s.append("\ncaused by: ");
      }
      s.append(t.getClass().getName());
      if (t.getMessage() != null) {
        s.append(": ").append(t.getMessage().strip());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return s.toString();
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | RuntimeException e) {
      host = "unknown-host";
    }
    String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() <= 100 ? name : name.substring(name.length() - 100);
  }

  String node() {
    return node;
  }
}
