package com.crmflow.platform.security;

import com.crmflow.platform.process.NotFoundException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators see who is being throttled after failed logins and can release a key at once (break-glass):
 * {@code GET /api/admin/login-throttles}, {@code DELETE /api/admin/login-throttles?key=user:zhangwei} (one key) or
 * without {@code key} (all).
 */
@RestController
@RequestMapping("/api/admin/login-throttles")
public class LoginThrottleController {

  private static final List<String> ADMINS = List.of(Groups.CAMUNDA_ADMIN);
  private static final String ADMIN_ONLY = "只有系统管理员可以查看和解除登录限制";

  private final LoginThrottle throttle;
  private final CurrentUser currentUser;

  public LoginThrottleController(LoginThrottle throttle, CurrentUser currentUser) {
    this.throttle = throttle;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<LoginThrottle.Entry> list() {
    currentUser.requireAnyOf(ADMINS, ADMIN_ONLY);
    return throttle.entries();
  }

  @DeleteMapping
  public ResponseEntity<Map<String, Object>> clear(@RequestParam(required = false) String key) {
    currentUser.requireAnyOf(ADMINS, ADMIN_ONLY);
    if (key == null || key.isBlank()) {
      throttle.clearAll();
      return ResponseEntity.ok(Map.of("cleared", "all"));
    }
    if (!throttle.clear(key.trim())) {
      throw new NotFoundException("没有此登录限制：" + key.trim());
    }
    return ResponseEntity.ok(Map.of("cleared", key.trim()));
  }
}
