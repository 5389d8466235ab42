package com.crmflow.platform.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line for the data keyset (docs/operations.md "The data keyset"), without starting the application:
 * <pre>
 * java -cp crm-process.jar -Dloader.main=com.crmflow.platform.crypto.KeysetTool \
 *      org.springframework.boot.loader.launch.PropertiesLauncher COMMAND ARGS
 *
 *   generate FILE        new keyset with one AES-256-GCM key (refuses to overwrite)
 *   list FILE            key ids, status, primary (never key material)
 *   rotate FILE          add a new key and make it primary; old keys stay for decryption
 *   disable FILE KEY_ID  keep the key but stop using it (try before delete)
 *   delete FILE KEY_ID   remove a key once no stored value uses it (GET /api/admin/data-protection)
 * </pre>
 */
public final class KeysetTool {

  private KeysetTool() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2) {
      err.println("usage: generate FILE | list FILE | rotate FILE | disable FILE KEY_ID | delete FILE KEY_ID");
      return 2;
    }
    Path file = Path.of(args[1]);
    try {
      switch (args[0]) {
        case "generate" -> {
          if (Files.exists(file)) {
            err.println(file + " exists: not overwritten");
            return 1;
          }
          Keysets.write(Keysets.generate(), file);
        }
        case "list" -> { }
        case "rotate" -> Keysets.write(Keysets.rotate(Keysets.read(file)), file);
        case "disable" -> Keysets.write(Keysets.disable(Keysets.read(file), keyId(args)), file);
        case "delete" -> Keysets.write(Keysets.remove(Keysets.read(file), keyId(args)), file);
        default -> {
          err.println("unknown command " + args[0]);
          return 2;
        }
      }
      list(Keysets.read(file), out);
      return 0;
    } catch (RuntimeException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private static int keyId(String[] args) {
    if (args.length < 3) {
      throw new IllegalArgumentException("KEY_ID missing");
    }
    // Tink's key ids are unsigned 32-bit numbers (as in the keyset JSON)
    return (int) Long.parseLong(args[2]);
  }

  private static void list(KeysetHandle keyset, PrintStream out) {
    for (int i = 0; i < keyset.size(); i++) {
      KeysetHandle.Entry e = keyset.getAt(i);
      out.println(Integer.toUnsignedString(e.getId()) + "\t" + DataProtection.status(e.getStatus()) + (e.isPrimary() ? "\tprimary" : ""));
    }
  }
}
