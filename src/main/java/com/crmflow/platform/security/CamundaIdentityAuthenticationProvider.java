package com.crmflow.platform.security;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials checked against Camunda's users (the same accounts as the webapps). A user or client
 * address that has to wait after failed logins ({@link LoginThrottle}) is refused before the password is looked at
 * ({@link LoginThrottledException}: 429 with Retry-After). Authorities are the user's Camunda groups as
 * {@code GROUP_<id>}; the login (groups and tenants) is the authentication's details. A login verified a moment
 * ago with the same password is taken from {@link VerifiedLogins} instead of the database.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final VerifiedLogins verified;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
      VerifiedLogins verified) {
    this.identityService = identityService;
    this.throttle = throttle;
    this.verified = verified;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    Duration wait = throttle.waitTime(ClientAddress.current(), user);
    if (!wait.isZero()) {
      throw new LoginThrottledException(wait);
    }
    if (user == null || credentials == null) {
      throw new BadCredentialsException("用户名或密码错误");
    }
    String password = credentials.toString();
    VerifiedLogins.Login login = verified.find(user, password);
    if (login == null) {
      // counts the failure in the throttle (CrmIdentityProvider)
      if (!identityService.checkPassword(user, password)) {
        throw new BadCredentialsException("用户名或密码错误");
      }
      List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
          .toList();
      List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
          .stream().map(Tenant::getId).toList();
      login = new VerifiedLogins.Login(user, groups, tenants);
      verified.remember(password, login);
    } else {
      throttle.succeeded(user); // a successful login clears the user's failures, remembered or not
    }
    List<SimpleGrantedAuthority> authorities = login.groups().stream()
        .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
        authorities);
    token.setDetails(login);
    return token;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
