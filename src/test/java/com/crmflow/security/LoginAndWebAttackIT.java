package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.project.domain.ProjectRepository;
import com.crmflow.testsupport.Verifies;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an outsider or an insider might try against the logins and the web layer — each through the real HTTP stack,
 * each followed by a check that nothing changed:
 * <ol>
 *   <li>guess the administrator's password anonymously (slowed, never a permanent lock, the admin gets in);</li>
 *   <li>guess many users' passwords from one address (the address waits; others do not);</li>
 *   <li>guess through the webapps' login form (throttled the same way);</li>
 *   <li>make a browser open its own Basic login dialog outside /engine-rest and /api (no challenge; 404);</li>
 *   <li>use a logged-in browser from another site (foreign Origin/Referer refused);</li>
 *   <li>change one's own e-mail address or name, or delete oneself (refused; the password stays one's own);</li>
 *   <li>list every user's e-mail address as staff (only one's own user is visible).</li>
 * </ol>
 * Login throttling counts per client address, so each test sends from its own loopback address ({@link
 * FromAddress}) and the other integration tests (all from 127.0.0.1) are not slowed by it.
 */
@Verifies("X.2")
@IntegrationTest
class LoginAndWebAttackIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired ProjectRepository projects;

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  private Rest admin() {
    return Rest.as(port, "admin", "admin");
  }

  private static long retryAfter(FromAddress.Response r) {
    assertThat(r.header("Retry-After")).as("Retry-After of %s", r).isNotNull();
    return Long.parseLong(r.header("Retry-After"));
  }

  private static void sleepSeconds(long seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000 + 200);
  }

  @Test
  void anonymousGuessingOfTheAdminPasswordIsSlowedDownButNeverLocksTheAdminOut() throws InterruptedException {
    FromAddress attacker = FromAddress.of("127.0.0.31", port);
    FromAddress realAdmin = FromAddress.of("127.0.0.32", port);
    // three free guesses, the fourth starts a wait
    for (int i = 0; i < 4; i++) {
      FromAddress.Response r = attacker.get("/engine-rest/user", "admin", "guess" + i);
      assertThat(r.status()).as(r.body()).isEqualTo(401);
    }
    FromAddress.Response slowed = attacker.get("/engine-rest/user", "admin", "guess-next");
    assertThat(slowed.status()).as(slowed.body()).isEqualTo(429);
    assertThat(slowed.body()).contains("登录失败次数过多");
    long firstWait = retryAfter(slowed);
    assertThat(firstWait).isBetween(1L, 2L);
    // the admin account waits too, whoever asks — briefly
    assertThat(realAdmin.get("/engine-rest/user", "admin", "admin").status()).isEqualTo(429);

    // the next wrong guess after the wait doubles it
    sleepSeconds(firstWait);
    assertThat(attacker.get("/engine-rest/user", "admin", "guess-after-wait").status()).isEqualTo(401);
    long secondWait = retryAfter(attacker.get("/api/customers", "admin", "another"));
    assertThat(secondWait).isBetween(3L, 4L);
    // not a permanent lock: after the wait the real admin is in, on /engine-rest and /api
    sleepSeconds(secondWait);
    assertThat(realAdmin.get("/engine-rest/user?maxResults=1", "admin", "admin").status()).isEqualTo(200);
    assertThat(admin().get("/api/admin/login-throttles").status()).isEqualTo(200);
    // … and what happened is visible to administrators: the attacker's address with its failures
    assertThat(admin().get("/api/admin/login-throttles").json().findValuesAsText("key"))
        .contains("address:127.0.0.31").doesNotContain("user:admin");
    assertThat(admin().post("/api/admin/login-throttles?key=address:127.0.0.31", "").status())
        .as("DELETE only").isEqualTo(405);
    assertThat(FromAddress.of("127.0.0.33", port).send("DELETE", "/api/admin/login-throttles?key=address:127.0.0.31",
        "admin", "admin", null, null, Map.of()).status()).isEqualTo(200);
  }

  @Test
  void oneAddressGuessingManyUsersWaitsWhileOtherAddressesDoNot() {
    FromAddress guesser = FromAddress.of("127.0.0.41", port);
    for (int i = 0; i < 11; i++) {
      assertThat(guesser.get("/api/customers", "nobody" + i, "x").status()).isEqualTo(401);
    }
    // every login from that address waits now, even a correct one …
    FromAddress.Response r = guesser.get("/api/customers", "xuhui", "demo");
    assertThat(r.status()).as(r.body()).isEqualTo(429);
    assertThat(retryAfter(r)).isPositive();
    // … the same user from elsewhere is not slowed
    assertThat(FromAddress.of("127.0.0.42", port).get("/api/customers", "xuhui", "demo").status()).isEqualTo(200);

    // staff may neither see nor clear throttles; an administrator may (break-glass)
    assertThat(as("wuxia").get("/api/admin/login-throttles").status()).isEqualTo(403);
    FromAddress.Response staffClear = FromAddress.of("127.0.0.43", port).send("DELETE",
        "/api/admin/login-throttles?key=address:127.0.0.41", "wuxia", "demo", null, null, Map.of());
    assertThat(staffClear.status()).isEqualTo(403);
    assertThat(guesser.get("/api/customers", "xuhui", "demo").status()).isEqualTo(429);
    assertThat(admin().get("/api/admin/login-throttles").json().findValuesAsText("key"))
        .contains("address:127.0.0.41");
    FromAddress.Response cleared = FromAddress.of("127.0.0.43", port).send("DELETE",
        "/api/admin/login-throttles?key=address:127.0.0.41", "admin", "admin", null, null, Map.of());
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(guesser.get("/api/customers", "xuhui", "demo").status()).isEqualTo(200);
  }

  @Test
  void theWebappLoginFormIsThrottledLikeBasicLogins() throws InterruptedException {
    FromAddress browser = FromAddress.of("127.0.0.51", port);
    String login = "/camunda/api/admin/auth/user/default/login/tasklist";
    Map<String, String> session = browser.webappSession();
    for (int i = 0; i < 4; i++) {
      FromAddress.Response r = browser.postForm(login, "username=xiexin&password=wrong" + i, session);
      assertThat(r.status()).as(r.body()).isEqualTo(401);
    }
    FromAddress.Response slowed = browser.postForm(login, "username=xiexin&password=demo", session);
    assertThat(slowed.status()).as(slowed.body()).isEqualTo(429);
    assertThat(slowed.body()).contains("登录失败次数过多");
    // the same user on /engine-rest waits as well: one count for every way in
    assertThat(FromAddress.of("127.0.0.52", port).get("/engine-rest/task", "xiexin", "demo").status()).isEqualTo(429);
    sleepSeconds(retryAfter(slowed));
    FromAddress.Response in = browser.postForm(login, "username=xiexin&password=demo", session);
    assertThat(in.status()).as(in.body()).isEqualTo(200);
    assertThat(in.body()).contains("\"userId\":\"xiexin\"");
  }

  @Test
  void noResponseOutsideEngineRestAndApiAsksTheBrowserForBasicCredentials() {
    FromAddress browser = FromAddress.of("127.0.0.61", port);
    for (String path : List.of("/", "/camunda-welcome", "/camunda/app/tasklist/", "/camunda/app/welcome/default/",
        "/camunda/api/engine/engine/default/user", "/camunda/api/admin/auth/user/default", "/favicon.ico", "/error",
        "/actuator/health", "/actuator/env", "/actuator/beans", "/no/such/page", "/engine-restx", "/apix")) {
      // a wrong password counts against the user (LoginThrottle): a user of its own, so no other test is slowed
      for (String user : new String[] {null, "basic-probe"}) {
        FromAddress.Response r = browser.get(path, user, user == null ? null : "wrong-but-ignored");
        assertThat(r.header("WWW-Authenticate")).as("%s %s (%d)", path, user, r.status()).isNull();
        if (!"/error".equals(path)) { // /error called directly has no error to show
          assertThat(r.status()).as(path).isNotEqualTo(500);
        }
      }
    }
    for (String unknown : List.of("/camunda-welcome", "/favicon.ico", "/no/such/page", "/apix")) {
      assertThat(browser.get(unknown, null, null).status()).as(unknown).isEqualTo(404);
    }
    // actuator endpoints other than health are for administrators, exposed or not: 401, still without a challenge
    assertThat(browser.get("/actuator/env", null, null).status()).isEqualTo(401);
    assertThat(browser.get("/actuator/health", null, null).status()).isEqualTo(200);
    // the REST APIs keep their Basic challenge (curl, Camunda Modeler)
    FromAddress.Response engineRest = browser.get("/engine-rest/task", null, null);
    assertThat(engineRest.status()).isEqualTo(401);
    assertThat(engineRest.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(browser.get("/api/customers", null, null).header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void aPageOfAnotherSiteCannotChangeDataThroughALoggedInBrowser() {
    FromAddress browser = FromAddress.of("127.0.0.71", port);
    String project = "{\"customerId\":1,\"title\":\"跨站请求项目\",\"details\":\"不应创建\","
        + "\"complexity\":\"normal\"}";
    long before = projects.count();
    for (Map<String, String> foreign : List.of(Map.of("Origin", "https://evil.example"),
        Map.of("Referer", "https://evil.example/page.html"), Map.of("Origin", "null"),
        Map.of("Origin", "http://localhost:" + (port + 1)))) {
      FromAddress.Response r = browser.send("POST", "/api/projects", "zhangwei", "demo", "application/json", project,
          foreign);
      assertThat(r.status()).as("%s: %s", foreign, r.body()).isEqualTo(403);
      assertThat(r.body()).contains("拒绝跨站请求");
    }
    FromAddress.Response deploy = browser.send("POST", "/engine-rest/process-definition/key/complaint-handling/start",
        "admin", "admin", "application/json", "{}", Map.of("Origin", "https://evil.example"));
    assertThat(deploy.status()).isEqualTo(403);
    FromAddress.Response profile = browser.send("PUT", "/engine-rest/user/admin/profile", "admin", "admin",
        "application/json", "{\"id\":\"admin\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"evil@example.com\"}",
        Map.of("Origin", "https://evil.example"));
    assertThat(profile.status()).isEqualTo(403);
    assertThat(projects.count()).isEqualTo(before);
    assertThat(user("admin").getEmail()).isNotEqualTo("evil@example.com");

    // reading is not refused; the application's own pages and clients without Origin/Referer (curl, Modeler) write
    assertThat(browser.send("GET", "/api/customers", "zhangwei", "demo", null, null,
        Map.of("Origin", "https://evil.example")).status()).isEqualTo(200);
    assertThat(browser.send("POST", "/api/projects", "zhangwei", "demo", "application/json", project,
        Map.of("Origin", "http://localhost:" + port)).status()).isEqualTo(201);
    assertThat(browser.send("POST", "/api/projects", "zhangwei", "demo", "application/json", project,
        Map.of("Referer", "http://localhost:" + port + "/camunda/app/tasklist/")).status()).isEqualTo(201);
    assertThat(as("zhangwei").post("/api/projects", project).status()).isEqualTo(201);
    assertThat(projects.count()).isEqualTo(before + 3);
  }

  @Test
  void usersCannotChangeTheirNameOrEmailOrDeleteThemselvesButKeepTheirPassword() {
    // a user created by an administrator now (CrmAuthorizationProvider) …
    String id = "selfservice" + (System.nanoTime() % 100000);
    assertThat(admin().post("/engine-rest/user/create", Map.of("profile", Map.of("id", id, "firstName", "自助",
        "lastName", "", "email", id + "@example.com"), "credentials", Map.of("password", "start-pw-1"))).status())
        .isEqualTo(204);
    Rest self = Rest.as(port, id, "start-pw-1");
    // … and a demo user created at start (whose earlier ALL authorization the loader restricted)
    for (Rest user : List.of(self, as("zhangwei"))) {
      String userId = user == self ? id : "zhangwei";
      User before = user(userId);
      Rest.Response email = user.put("/engine-rest/user/" + userId + "/profile", Map.of("id", userId,
          "firstName", before.getFirstName(), "lastName", "", "email", "attacker@example.com"));
      assertThat(email.status()).as(email.body()).isEqualTo(403);
      assertThat(email.body()).contains("只有系统管理员可以修改用户的姓名和电子邮箱");
      Rest.Response name = user.put("/engine-rest/user/" + userId + "/profile", Map.of("id", userId,
          "firstName", "改名", "lastName", "", "email", before.getEmail()));
      assertThat(name.status()).isEqualTo(403);
      FromAddress.Response delete = FromAddress.of("127.0.0.81", port).send("DELETE", "/engine-rest/user/" + userId,
          userId, user == self ? "start-pw-1" : "demo", null, null, Map.of());
      assertThat(delete.status()).as(delete.body()).isEqualTo(403);
      User after = user(userId);
      assertThat(after.getEmail()).isEqualTo(before.getEmail());
      assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
    }
    // the password stays the user's own
    Rest.Response password = self.put("/engine-rest/user/" + id + "/credentials",
        Map.of("password", "new-pw-2", "authenticatedUserPassword", "start-pw-1"));
    assertThat(password.status()).as(password.body()).isEqualTo(204);
    assertThat(Rest.as(port, id, "new-pw-2").get("/engine-rest/user/" + id + "/profile").status()).isEqualTo(200);
    // an administrator changes name and e-mail and deletes users
    assertThat(admin().put("/engine-rest/user/" + id + "/profile", Map.of("id", id, "firstName", "已改",
        "lastName", "", "email", "changed@example.com")).status()).isEqualTo(204);
    assertThat(user(id).getEmail()).isEqualTo("changed@example.com");
    assertThat(FromAddress.of("127.0.0.82", port).send("DELETE", "/engine-rest/user/" + id, "admin", "admin", null,
        null, Map.of()).status()).isEqualTo(204);
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();
  }

  @Test
  void staffSeeOnlyTheirOwnUserNotEverybodysEmailAddress() {
    for (String staff : List.of("zhangwei", "wuxia", "maliang", "zhaomin")) {
      Rest.Response list = as(staff).get("/engine-rest/user");
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json().findValuesAsText("id")).as(staff).containsExactly(staff);
      assertThat(as(staff).get("/engine-rest/user/count").json().path("count").asLong()).isEqualTo(1);
      Rest.Response other = as(staff).get("/engine-rest/user/" + ("lina".equals(staff) ? "wuxia" : "lina") + "/profile");
      assertThat(other.status()).as(other.body()).isIn(403, 404);
      assertThat(other.body()).doesNotContain("@example.com");
    }
    assertThat(admin().get("/engine-rest/user/count").json().path("count").asLong()).isGreaterThan(20);
    assertThat(admin().get("/engine-rest/user/lina/profile").json().path("email").asText())
        .isEqualTo("lina@example.com");
  }

  private User user(String id) {
    return identityService.createUserQuery().userId(id).singleResult();
  }
}
