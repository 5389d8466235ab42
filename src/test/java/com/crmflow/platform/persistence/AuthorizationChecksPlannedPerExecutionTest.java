package com.crmflow.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGStatement;

/** Which statements are never server-prepared, and how the driver is told. */
class AuthorizationChecksPlannedPerExecutionTest {

  @Test
  void queriesJoiningTheAuthorizationTable() {
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RE_PROCDEF RES left join (SELECT A.* FROM "
            + "ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2)\n\t   AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, '*'))")).isTrue();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "select RES.* from ACT_RU_EXT_TASK RES left join (select A.* from ACT_RU_AUTHORIZATION A) AUTH1 ON (x)"))
        .isTrue();
    // one resource, inserts, deletes: the plan cache may serve them
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "select * from act_ru_authorization where ID_ = ?")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "SELECT COALESCE((SELECT CASE WHEN EXISTS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE "
            + "A.TYPE_ = 1 AND A.PERMS_ & ? = ?) THEN 1 END), 0)")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? AND RESOURCE_ID_ = ?")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(
        "select * from ACT_RU_TASK where ID_ = ?")).isFalse();
    assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.checksAuthorizations(null)).isFalse();
  }

  @Test
  void theJoinIsFoundWhereTheRegularExpressionFindsIt() {
    String[] texts = {"AUTH ON (", "AUTH1 ON(", "AUTH12\n\t ON \n (", " AUTH  ON  (x", "(AUTH ON (", "AUTHON (",
        "AUTH ONX (", "XAUTH ON (", "_AUTH ON (", "1AUTH ON (", "AUTHX ON (", "AUTH ON", "AUTH ON x (", "AUTH",
        "", "AUTH1ON (", "A.AUTH ON (", "auth on (", "AUTH AUTH ON (", "AUTHAUTH ON (", "AUTH\u00a0ON (",
        "AUTH ON\u2003(", "\u00e9AUTH ON (", "AUTH\u0661 ON (", "AUTH\u000b ON\f(", "AUTH\u001c ON ("};
    for (String text : texts) {
      String t = text.translateEscapes();
      assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.joinsAuth(t)).as(t)
          .isEqualTo(AuthorizationChecksPlannedPerExecution.Unprepared.AUTH_JOIN.matcher(t).find());
    }
    // and on random texts made of the characters that matter
    java.util.Random random = new java.util.Random(9);
    String alphabet = "AUTHON( 1_\n\tX.\u00e9\u2003\u0661\u000b\u001c";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder t = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        t.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = t.toString();
      assertThat(AuthorizationChecksPlannedPerExecution.Unprepared.joinsAuth(text)).as(text)
          .isEqualTo(AuthorizationChecksPlannedPerExecution.Unprepared.AUTH_JOIN.matcher(text).find());
    }
  }

  @Test
  void thePrepareThresholdOfTheDriversStatementIsZero() throws Exception {
    List<Object> thresholds = new ArrayList<>();
    PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class, PGStatement.class}, (proxy, method, args) -> switch (method.getName()) {
          case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(proxy);
          case "unwrap" -> proxy;
          case "setPrepareThreshold" -> {
            thresholds.add(args[0]);
            yield null;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
    AuthorizationChecksPlannedPerExecution.Unprepared.neverServerPrepared(statement);
    assertThat(thresholds).containsExactly(0);
  }
}
