package com.crmflow.platform.notification;

import com.crmflow.platform.notification.MailTemplates.Rendered;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails rendered from the templates of {@code config/mail-templates.yaml} in the outbox, in the
 * caller's transaction: a rolled-back business step sends nothing. The {@link OutboxSender} delivers them after
 * commit, with retries. With {@code crm.mail.enabled=false} (the default) nothing is queued — but an unknown
 * template name still fails, so that typos show in tests run without mail.
 *
 * <p>Templates and their parameters: see {@code config/mail-templates.yaml}. A placeholder without a parameter
 * fails with {@link MailTemplateException}.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationProperties properties;
  private final MailTemplates templates;
  private final MailOutbox outbox;
  private final Recipients recipients;
  private final Clock clock;

  public NotificationService(NotificationProperties properties, MailTemplates templates, MailOutbox outbox,
      Recipients recipients, Clock clock) {
    this.clock = clock;
    this.properties = properties;
    this.templates = templates;
    this.outbox = outbox;
    this.recipients = recipients;
  }

  public boolean enabled() {
    return properties.enabled();
  }

  /** To the e-mail address of the Camunda user; a user without one (or unknown) is skipped and logged. */
  @Transactional
  public void toUser(String userId, String template, Map<String, Object> params) {
    templates.require(template);
    if (!enabled()) {
      return;
    }
    User user = recipients.user(userId).orElse(null);
    if (user == null) {
      LOG.info("Mail '{}' not queued: there is no user '{}'", template, userId);
      return;
    }
    queue(List.of(user), template, params, "user " + userId);
  }

  /** To every member of the Camunda group who has an e-mail address. */
  @Transactional
  public void toGroup(String groupId, String template, Map<String, Object> params) {
    toGroups(List.of(groupId), template, params);
  }

  /** To every member of any of the groups who has an e-mail address, once per person. */
  @Transactional
  public void toGroups(Collection<String> groupIds, String template, Map<String, Object> params) {
    templates.require(template);
    if (!enabled() || groupIds.isEmpty()) {
      return;
    }
    List<User> members = recipients.members(groupIds);
    if (members.isEmpty()) {
      LOG.info("Mail '{}' not queued: groups {} have no members", template, groupIds);
      return;
    }
    queue(members, template, params, "groups " + groupIds);
  }

  /** To an address that is no Camunda user (e.g. a customer's). */
  @Transactional
  public void toAddress(String email, String template, Map<String, Object> params) {
    templates.require(template);
    if (!enabled()) {
      return;
    }
    if (email == null || email.isBlank()) {
      LOG.info("Mail '{}' not queued: no address", template);
      return;
    }
    Rendered mail = templates.render(template, params);
    outbox.add(email.strip(), mail.subject(), mail.body(), template, clock.instant());
  }

  private void queue(List<User> users, String template, Map<String, Object> params, String to) {
    Rendered mail = templates.render(template, params);
    for (User user : users) {
      String email = user.getEmail();
      if (email == null || email.isBlank()) {
        LOG.info("Mail '{}' to {} not queued for user '{}': no e-mail address", template, to, user.getId());
        continue;
      }
      outbox.add(email.strip(), mail.subject(), mail.body(), template, clock.instant());
    }
  }
}
