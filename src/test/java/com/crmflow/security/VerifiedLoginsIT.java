package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.Verifies;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Remembered logins (issue 9: a verified HTTP Basic login is not checked against the database on every request) —
 * and what an insider would try against that memory: an old password after a change, a group after removal, a
 * deleted account, a guessed password, a throttled account. Every user here is created by the test, so the login
 * throttle of other tests is not touched.
 */
@Verifies("X.2")
@IntegrationTest
class VerifiedLoginsIT {

  @LocalServerPort int port;

  private Rest admin() {
    return Rest.as(port, "admin", "admin");
  }

  private String newUser(String password) {
    String id = "vl" + Long.toString(System.nanoTime(), 36);
    assertThat(admin().post("/engine-rest/user/create", Map.of("profile", Map.of("id", id, "firstName", "缓存",
        "lastName", "测试", "email", id + "@example.com"), "credentials", Map.of("password", password))).status())
        .isEqualTo(204);
    return id;
  }

  private int status(String user, String password, String path) {
    return Rest.as(port, user, password).get(path).status();
  }

  @Test
  void anOldPasswordStopsWorkingOnTheNextRequestAfterTheChange() {
    String id = newUser("first-pw-1");
    assertThat(status(id, "first-pw-1", "/engine-rest/user/" + id + "/profile")).isEqualTo(200);
    assertThat(status(id, "first-pw-1", "/engine-rest/user/" + id + "/profile")).as("remembered").isEqualTo(200);

    Rest.Response change = Rest.as(port, id, "first-pw-1").put("/engine-rest/user/" + id + "/credentials",
        Map.of("password", "second-pw-2", "authenticatedUserPassword", "first-pw-1"));
    assertThat(change.status()).as(change.body()).isEqualTo(204);

    assertThat(status(id, "first-pw-1", "/engine-rest/user/" + id + "/profile")).isEqualTo(401);
    assertThat(status(id, "second-pw-2", "/engine-rest/user/" + id + "/profile")).isEqualTo(200);
  }

  @Test
  void aRemovedMembershipTakesItsRightsAwayOnTheNextRequest() {
    String id = newUser("member-pw-1");
    assertThat(admin().put("/engine-rest/group/camunda-admin/members/" + id, Map.of()).status()).isEqualTo(204);
    // an administrator creates users
    assertThat(createUser(id, id + "a")).isEqualTo(204);
    assertThat(createUser(id, id + "b")).as("remembered with the group").isEqualTo(204);

    assertThat(admin().delete("/engine-rest/group/camunda-admin/members/" + id).status()).isEqualTo(204);

    // no longer an administrator on the very next request
    assertThat(createUser(id, id + "c")).isEqualTo(403);
  }

  private int createUser(String as, String newId) {
    return Rest.as(port, as, "member-pw-1").post("/engine-rest/user/create", Map.of("profile",
        Map.of("id", newId, "firstName", "x", "lastName", "y"), "credentials", Map.of("password", "p-1234567")))
        .status();
  }

  @Test
  void aDeletedAccountIsRefusedAtOnce() {
    String id = newUser("gone-pw-1");
    assertThat(status(id, "gone-pw-1", "/engine-rest/task")).isEqualTo(200);
    assertThat(admin().delete("/engine-rest/user/" + id).status()).isEqualTo(204);
    assertThat(status(id, "gone-pw-1", "/engine-rest/task")).isEqualTo(401);
    assertThat(status(id, "gone-pw-1", "/api/customers")).isEqualTo(401);
  }

  @Test
  void aRememberedLoginOpensNothingToAnotherPasswordAndTheThrottleStillApplies() {
    String id = newUser("right-pw-1");
    assertThat(status(id, "right-pw-1", "/api/customers")).isEqualTo(200);
    // wrong passwords are checked and counted, remembered login or not
    FromAddress elsewhere = FromAddress.of("127.0.0.91", port);
    for (int i = 0; i < 4; i++) {
      assertThat(elsewhere.get("/engine-rest/task", id, "right-pw-" + (i + 2)).status()).isEqualTo(401);
    }
    // the user must now wait: the remembered right password does not get round the throttle
    assertThat(status(id, "right-pw-1", "/api/customers")).isEqualTo(429);
  }
}
