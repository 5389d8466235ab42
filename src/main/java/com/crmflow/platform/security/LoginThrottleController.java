package com.crmflow.platform.security;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.platform.process.NotFoundException;
import java.util.List;
import java.util.Map;
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

  private static final String ADMIN_ONLY = "只有系统管理员可以查看和解除登录限制";

  private final LoginThrottle throttle;

  public LoginThrottleController(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @PreAuthorize("hasAnyAuthority('GROUP_camunda-admin')")
  @DeniedMessage(ADMIN_ONLY)
  @GetMapping
  public List<LoginThrottle.Entry> list() {
    return throttle.entries();
  }

  @PreAuthorize("hasAnyAuthority('GROUP_camunda-admin')")
  @DeniedMessage(ADMIN_ONLY)
  @DeleteMapping
  public ResponseEntity<Map<String, Object>> clear(@RequestParam(required = false) String key) {
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
