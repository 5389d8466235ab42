package com.crmflow.platform.crypto;

import com.crmflow.platform.web.DeniedMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import com.crmflow.platform.audit.AuditLog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key rotation support for administrators ({@code camunda-admin}): which keys the running application has and how
 * many stored values each one encrypted, and the re-encryption of every value with the primary key.
 */
@RestController
@RequestMapping("/api/admin/data-protection")
public class DataProtectionController {


  private final DataProtection protection;
  private final ProtectedColumns columns;
  private final AuditLog audit;

  public DataProtectionController(DataProtection protection, ProtectedColumns columns,
      AuditLog audit) {
    this.protection = protection;
    this.columns = columns;
    this.audit = audit;
  }

  /** Key ids as in the keyset JSON and KeysetTool (unsigned). */
  public record KeyView(long id, String status, boolean primary, long values) {}

  /** {@code keysInUseNotInKeyset}: values encrypted with a key the keyset lacks (unreadable until it is back). */
  public record Status(long primaryKeyId, List<KeyView> keys, long plaintextValues, List<Long> keysInUseNotInKeyset,
      List<String> columns) {}

  @PreAuthorize("hasAnyAuthority('GROUP_camunda-admin')")
  @DeniedMessage("只有系统管理员可以查看数据密钥状态")
  @GetMapping
  public Status status() {
    EncryptedColumns.Usage usage = columns.usage();
    List<DataProtection.KeyInfo> keys = protection.keys();
    return new Status(Integer.toUnsignedLong(protection.primaryKeyId()),
        keys.stream().map(k -> new KeyView(Integer.toUnsignedLong(k.id()), k.status(), k.primary(),
            usage.valuesByKeyId().getOrDefault(k.id(), 0L))).toList(),
        usage.plaintextValues(),
        usage.valuesByKeyId().keySet().stream().filter(id -> keys.stream().noneMatch(k -> k.id() == id))
            .map(Integer::toUnsignedLong).toList(),
        columns.names());
  }

  /** Re-encrypts every value that is not encrypted with the primary key (after adding a new primary key). */
  @PreAuthorize("hasAnyAuthority('GROUP_camunda-admin')")
  @DeniedMessage("只有系统管理员可以重新加密数据")
  @PostMapping("/re-encrypt")
  public EncryptedColumns.Result reEncrypt() {
    EncryptedColumns.Result r = columns.reEncryptAll();
    audit.record(AuditLog.RE_ENCRYPT, "data-protection", Integer.toUnsignedString(protection.primaryKeyId()), "scanned " + r.scanned()
        + ", re-encrypted " + r.reEncrypted() + ", plaintext encrypted " + r.plaintextEncrypted() + ", unreadable "
        + r.unreadable());
    return r;
  }
}
