package com.crmflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The only ways into {@code /api} without HTTP Basic, for our plugins in the Camunda webapps, which run with the
 * webapps' session: such a request is authenticated as the session's user with the groups the webapps cached for it
 * ({@code GROUP_<id>}); the endpoints' own checks (groups, the agreement's drafter or legal) and the engine's
 * authorization checks apply unchanged. Exactly these requests, and none carrying an {@code Authorization} header:
 * <ul>
 *   <li>reading ({@code GET}/{@code HEAD}) {@code /api/kpis/**} — the Cockpit figures plugin;</li>
 *   <li>reading the documents of an agreement ({@code GET /api/agreements/{number}/documents[/{id}]}) and uploading
 *       one ({@code POST /api/agreements/{number}/documents}) — the Tasklist tab 协议文件, through which the signed
 *       copy is uploaded at 登记协议签订 (form-js has no file field). The upload changes data, so it must carry the
 *       webapps' CSRF token ({@code X-XSRF-TOKEN}, the value Camunda's {@code CsrfPreventionFilter} keeps in the
 *       session and gives the page as the {@code XSRF-TOKEN} cookie): without it, or with another value, it is refused
 *       with 403 and nothing is stored. A page of another site can neither read the cookie nor send the header.</li>
 * </ul>
 * Everything else under {@code /api} and {@code /engine-rest} ignores the session (401 without Basic).
 */
public class WebappSessionApiFilter extends OncePerRequestFilter {

  static final String KPIS = "/api/kpis/";
  private static final Pattern DOCUMENTS = Pattern.compile("/api/agreements/[^/]+/documents");
  private static final Pattern DOCUMENT = Pattern.compile("/api/agreements/[^/]+/documents/[^/]+");
  private static final String ENGINE = "default";

  private final Problems problems;

  public WebappSessionApiFilter(Problems problems) {
    this.problems = problems;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean reading(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** A request that changes data with the session: it needs the webapps' CSRF token. */
  static boolean sessionUpload(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && DOCUMENTS.matcher(path(request)).matches();
  }

  /** Whether a request may be answered for the webapps' session (and, unauthenticated, gets no Basic challenge). */
  static boolean sessionPath(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return false;
    }
    String path = path(request);
    return reading(request) && (path.startsWith(KPIS) || DOCUMENTS.matcher(path).matches()
        || DOCUMENT.matcher(path).matches()) || sessionUpload(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (sessionPath(request) && SecurityContextHolder.getContext().getAuthentication() == null) {
      HttpSession session = request.getSession(false);
      Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (all != null && all.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
          && user.getName() != null) {
        if (sessionUpload(request) && !csrfTokenMatches(request, session)) {
          problems.write(response, HttpServletResponse.SC_FORBIDDEN, "请求被拒绝",
              "请求被拒绝：缺少或无效的 CSRF 令牌（X-XSRF-TOKEN）。请在 Tasklist 的“协议文件”页上传文件，或使用用户名和密码（HTTP Basic）");
          return;
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
        List<String> tenants = user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds());
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
            user.getName(), null, groups.stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList());
        token.setDetails(new VerifiedLogins.Login(user.getName(), groups, tenants));
        SecurityContextHolder.getContext().setAuthentication(token);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return sent != null && !sent.isBlank() && expected instanceof String token && !token.isBlank()
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
