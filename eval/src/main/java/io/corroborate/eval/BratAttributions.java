package io.corroborate.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The attribution spans of a PolNeAR brat {@code .ann} file: text-bound annotations of type {@code
 * Source}, {@code Cue} and {@code Content}. A discontinuous span ({@code 575 842;843 1076}) counts
 * as its extent, from its first start to its last end.
 */
final class BratAttributions {

  /** The span roles an attribution has. */
  enum Role {
    SOURCE,
    CUE,
    CONTENT
  }

  private BratAttributions() {}

  /** The spans of each role, as {start, end} character offsets into the article text. */
  static Map<Role, List<int[]>> read(Path ann) throws IOException {
    Map<Role, List<int[]>> out = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      out.put(r, new ArrayList<>());
    }
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      if (!line.startsWith("T")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      int space = f[1].indexOf(' ');
      if (space < 0) {
        continue;
      }
      Role role =
          switch (f[1].substring(0, space)) {
            case "Source" -> Role.SOURCE;
            case "Cue" -> Role.CUE;
            case "Content" -> Role.CONTENT;
            default -> null;
          };
      if (role == null) {
        continue;
      }
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (String frag : f[1].substring(space + 1).split(";")) {
        String[] se = frag.strip().split("\\s+");
        if (se.length != 2) {
          continue;
        }
        start = Math.min(start, Integer.parseInt(se[0]));
        end = Math.max(end, Integer.parseInt(se[1]));
      }
      if (end > start) {
        out.get(role).add(new int[] {start, end});
      }
    }
    return out;
  }
}
