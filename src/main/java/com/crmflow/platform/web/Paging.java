package com.crmflow.platform.web;

import com.crmflow.platform.process.InvalidFieldException;

/**
 * The page parameters of {@code /api} lists: {@code page} from 0, {@code size} from 1 to the list's maximum, and
 * no page beyond the first {@value #MAX_OFFSET} entries (so {@code page × size} never overflows and no request
 * makes the database skip millions of rows). 400 naming the parameter otherwise.
 */
public final class Paging {

  /** Entries a client can page through; narrower filters reach the rest. */
  public static final int MAX_OFFSET = 1_000_000;

  private Paging() {}

  public static void check(int page, int size, int maxSize) {
    if (page < 0) {
      throw new InvalidFieldException("page", "不能为负数");
    }
    if (size < 1 || size > maxSize) {
      throw new InvalidFieldException("size", "必须在 1 到 " + maxSize + " 之间");
    }
    if ((long) page * size > MAX_OFFSET) {
      throw new InvalidFieldException("page", "超出范围：每页 " + size + " 条时最多到第 " + MAX_OFFSET / size
          + " 页（请缩小筛选条件）");
    }
  }
}
