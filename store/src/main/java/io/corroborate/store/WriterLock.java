package io.corroborate.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer at a time: an OS file lock on {@code write.lock} in the store's directory. The
 * operating system releases it when the holding process ends, however it ends (kill -9 included),
 * so a crashed writer never blocks the next. A second writer does not wait: it gets a clear error
 * naming the store and the holder's process id.
 */
final class WriterLock implements AutoCloseable {

  static final String FILE = "write.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static WriterLock take(Path dir, String storeName) {
    Path file = dir.resolve(FILE);
    FileChannel ch;
    try {
      ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StoreException(
          "store " + storeName + ": cannot open its writer lock " + file + ": " + e.getMessage(),
          e);
    }
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    } catch (IOException e) {
      close(ch);
      throw new StoreException(
          "store " + storeName + ": cannot lock " + file + ": " + e.getMessage(), e);
    }
    if (l == null) {
      String holder = holder(ch);
      close(ch);
      throw new StoreException(
          "store "
              + storeName
              + " is being written by another process"
              + (holder.isEmpty() ? "" : " (pid " + holder + ")")
              + "; one writer at a time: try again when it has finished");
    }
    try {
      byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(pid), 0);
      ch.force(false);
    } catch (IOException e) {
      // the pid is only a courtesy for the error message of a second writer
    }
    return new WriterLock(ch, l);
  }

  private static String holder(FileChannel ch) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      int n = ch.read(b, 0);
      return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static void close(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // nothing held
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    }
    close(channel);
  }
}
