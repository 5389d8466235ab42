package com.crmflow.platform.notification;

import java.util.Map;
import org.springframework.stereotype.Service;

/** TEMPORARY placeholder until the notification module lands (same signatures). */
@Service
public class NotificationService {

  public void toUser(String userId, String template, Map<String, Object> params) {}

  public void toGroup(String groupId, String template, Map<String, Object> params) {}

  public void toAddress(String email, String template, Map<String, Object> params) {}
}
