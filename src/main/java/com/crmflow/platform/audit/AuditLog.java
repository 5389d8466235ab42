package com.crmflow.platform.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of customer data (who, when, what, which entity, from where), append-only and hash-chained:
 * entry n stores SHA-256(its content + hash of entry n-1). There is no update or delete here, on PostgreSQL a
 * trigger refuses both, and {@link #verify()} finds any changed, removed or inserted entry.
 *
 * <p>Inside a read-write transaction an entry joins it (a change and its entry commit or roll back together);
 * otherwise (reads, refusals) it is written in a transaction of its own. Details never contain personal data
 * (names of changed fields, not their values).
 */
@Service
public class AuditLog {

  public static final String GENESIS = "0".repeat(64);
  static final int MAX_DETAILS = 4000;

  public static final String READ = "READ";
  public static final String SEARCH = "SEARCH";
  public static final String CREATE = "CREATE";
  public static final String UPDATE = "UPDATE";
  public static final String OWNER_CHANGE = "OWNER_CHANGE";
  public static final String GRADE_CHANGE = "GRADE_CHANGE";
  public static final String IMPORT = "IMPORT";
  public static final String DENIED = "DENIED";
  public static final String RE_ENCRYPT = "RE_ENCRYPT";

  public record Entry(long seq, Instant at, String actor, String clientAddress, String action, String entityType,
      String entityId, String details, String prevHash, String hash) {}

  public record Filter(String entityType, String entityId, String actor, Instant from, Instant to) {}

  public record Verification(boolean valid, long entries, long headSeq, String headHash, Long firstBrokenSeq,
      String problem) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final IdentityService identityService;

  @PersistenceContext
  private EntityManager entityManager;

  public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, IdentityService identityService) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.identityService = identityService;
  }

  /** An entry by the current user (the request's, else "system"). */
  public void record(String action, String entityType, Object entityId, String details) {
    record(currentActor(), action, entityType, entityId, details);
  }

  public void record(String actor, String action, String entityType, Object entityId, String details) {
    String address = clientAddress();
    String id = entityId == null ? null : entityId.toString();
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      // write the business changes first: the head row is always the last lock a transaction takes
      entityManager.flush();
      append(actor, address, action, entityType, id, details);
    } else {
      ownTransaction.executeWithoutResult(s -> append(actor, address, action, entityType, id, details));
    }
  }

  public String currentActor() {
    var auth = identityService.getCurrentAuthentication();
    return auth == null || auth.getUserId() == null ? "system" : auth.getUserId();
  }

  /** The caller's IP address for requests (behind a proxy: server.forward-headers-strategy), else "internal". */
  static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      HttpServletRequest request = a.getRequest();
      return request.getRemoteAddr();
    }
    return "internal";
  }

  private void append(String actor, String address, String action, String entityType, String entityId,
      String details) {
    String d = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Object[] head = jdbc.queryForObject("SELECT last_seq, last_hash FROM crm_audit_head WHERE id = 1 FOR UPDATE",
        (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
    long seq = (Long) head[0] + 1;
    String prev = (String) head[1];
    String hash = hash(seq, at, actor, address, action, entityType, entityId, d, prev);
    jdbc.update("INSERT INTO crm_audit_log (seq, occurred_at, actor, client_address, action, entity_type, entity_id,"
        + " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq,
        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, address, action, entityType, entityId, d, prev, hash);
    jdbc.update("UPDATE crm_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
  }

  static String hash(long seq, Instant at, String actor, String address, String action, String entityType,
      String entityId, String details, String prevHash) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
    StringBuilder s = new StringBuilder().append(seq).append('|').append(micros);
    for (String f : new String[] {actor, address, action, entityType, entityId, details, prevHash}) {
      // length-prefixed: no separator inside a value can make two different entries hash alike
      s.append('|').append(f == null ? "-" : f.length() + ":" + f);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ reading

  public List<Entry> query(Filter f, int page, int size) {
    List<Object> args = new ArrayList<>();
    String where = where(f, args);
    args.add((long) page * size);
    args.add(size);
    return jdbc.query("SELECT * FROM crm_audit_log" + where + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        AuditLog::entry, args.toArray());
  }

  public long count(Filter f) {
    List<Object> args = new ArrayList<>();
    String where = where(f, args);
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM crm_audit_log" + where, Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  private static String where(Filter f, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (f.entityType() != null) {
      conditions.add("entity_type = ?");
      args.add(f.entityType());
    }
    if (f.entityId() != null) {
      conditions.add("entity_id = ?");
      args.add(f.entityId());
    }
    if (f.actor() != null) {
      conditions.add("actor = ?");
      args.add(f.actor());
    }
    if (f.from() != null) {
      conditions.add("occurred_at >= ?");
      args.add(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
    }
    if (f.to() != null) {
      conditions.add("occurred_at < ?");
      args.add(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"), rs.getString("client_address"), rs.getString("action"), rs.getString("entity_type"),
        rs.getString("entity_id"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
  }

  /** Walks the whole chain: every entry's hash, its link to the previous one, gapless seq, and the head. */
  public Verification verify() {
    long expectedSeq = 1;
    String prev = GENESIS;
    long count = 0;
    while (true) {
      List<Entry> chunk = jdbc.query("SELECT * FROM crm_audit_log WHERE seq >= ? ORDER BY seq FETCH FIRST 1000 ROWS ONLY",
          AuditLog::entry, expectedSeq);
      for (Entry e : chunk) {
        if (e.seq() != expectedSeq) {
          return broken(count, expectedSeq, "entry " + expectedSeq + " is missing");
        }
        if (!e.prevHash().equals(prev)) {
          return broken(count, e.seq(), "entry " + e.seq() + " does not link to the entry before it");
        }
        String computed = hash(e.seq(), e.at(), e.actor(), e.clientAddress(), e.action(), e.entityType(),
            e.entityId(), e.details(), e.prevHash());
        if (!computed.equals(e.hash())) {
          return broken(count, e.seq(), "entry " + e.seq() + " was changed after it was written");
        }
        prev = e.hash();
        expectedSeq++;
        count++;
      }
      if (chunk.size() < 1000) {
        break;
      }
    }
    Object[] head = jdbc.queryForObject("SELECT last_seq, last_hash FROM crm_audit_head WHERE id = 1",
        (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
    long headSeq = (Long) head[0];
    if (headSeq != count || !prev.equals(head[1])) {
      return new Verification(false, count, headSeq, (String) head[1], count + 1,
          "the log ends at entry " + count + " but its head records entry " + headSeq + ": entries were removed");
    }
    return new Verification(true, count, headSeq, prev, null, null);
  }

  private Verification broken(long count, long seq, String problem) {
    Object[] head = jdbc.queryForObject("SELECT last_seq, last_hash FROM crm_audit_head WHERE id = 1",
        (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
    return new Verification(false, count, (Long) head[0], (String) head[1], seq, problem);
  }
}
