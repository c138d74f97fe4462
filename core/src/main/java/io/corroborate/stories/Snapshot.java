package io.corroborate.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Writing and reading the parts of a saved clusterer: strings, arrays and dates, bounded. */
final class Snapshot {

  /** The longest array or string a saved clusterer may hold. */
  static final int MAX_LENGTH = 1 << 26;

  private Snapshot() {}

  static void writeString(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  static String readString(DataInputStream d) throws IOException {
    byte[] b = new byte[length(d)];
    d.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  static void writeInts(DataOutputStream d, int[] v, int n) throws IOException {
    d.writeInt(n);
    for (int i = 0; i < n; i++) {
      d.writeInt(v[i]);
    }
  }

  static int[] readInts(DataInputStream d) throws IOException {
    int[] v = new int[length(d)];
    for (int i = 0; i < v.length; i++) {
      v[i] = d.readInt();
    }
    return v;
  }

  static void writeFloats(DataOutputStream d, float[] v) throws IOException {
    d.writeInt(v.length);
    for (float x : v) {
      d.writeFloat(x);
    }
  }

  static float[] readFloats(DataInputStream d) throws IOException {
    float[] v = new float[length(d)];
    for (int i = 0; i < v.length; i++) {
      v[i] = d.readFloat();
    }
    return v;
  }

  static void writeDoubles(DataOutputStream d, double[] v) throws IOException {
    d.writeInt(v.length);
    for (double x : v) {
      d.writeDouble(x);
    }
  }

  static double[] readDoubles(DataInputStream d) throws IOException {
    double[] v = new double[length(d)];
    for (int i = 0; i < v.length; i++) {
      v[i] = d.readDouble();
    }
    return v;
  }

  static void writeDate(DataOutputStream d, LocalDate date) throws IOException {
    d.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
  }

  static LocalDate readDate(DataInputStream d) throws IOException {
    long day = d.readLong();
    return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  static void writeSparse(DataOutputStream d, SparseVector v) throws IOException {
    writeInts(d, v.ids(), v.ids().length);
    writeFloats(d, v.weights());
  }

  static SparseVector readSparse(DataInputStream d) throws IOException {
    int[] ids = readInts(d);
    float[] w = readFloats(d);
    if (ids.length != w.length) {
      throw new IOException("corrupt clusterer state: a vector of " + ids.length + " ids");
    }
    return ids.length == 0 ? SparseVector.EMPTY : new SparseVector(ids, w);
  }

  /** A length read back, refused when it cannot be one. */
  static int length(DataInputStream d) throws IOException {
    int n = d.readInt();
    if (n < 0 || n > MAX_LENGTH) {
      throw new IOException("corrupt clusterer state: a length of " + n);
    }
    return n;
  }
}
