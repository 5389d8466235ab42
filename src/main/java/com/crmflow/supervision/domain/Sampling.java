package com.crmflow.supervision.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The random sample of an inspection: {@code size} distinct positions among {@code population} cases (every case
 * equally likely, none twice); all of them, in order, when there are no more than {@code size}.
 */
public final class Sampling {

  private Sampling() {}

  public static List<Integer> positions(int population, int size, RandomGenerator random) {
    if (population < 0 || size < 0) {
      throw new IllegalArgumentException("population and size must not be negative: " + population + ", " + size);
    }
    List<Integer> chosen = new ArrayList<>();
    if (population <= size) {
      for (int i = 0; i < population; i++) {
        chosen.add(i);
      }
      return chosen;
    }
    // Floyd's algorithm: size draws, each adds exactly one new position
    Set<Integer> picked = new LinkedHashSet<>();
    for (int j = population - size; j < population; j++) {
      int t = random.nextInt(j + 1);
      picked.add(picked.contains(t) ? j : t);
    }
    chosen.addAll(picked);
    chosen.sort(null);
    return chosen;
  }
}
